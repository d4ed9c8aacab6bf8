/// One impossible value in a store policy, named by the key path of its configuration key.
public struct PolicyProblem: Sendable, Hashable, CustomStringConvertible {
    /// The key path in the policy's YAML form, e.g. `thresholds.customs_stall.act_days`
    /// or `business_calendar.weekend_days[2]`.
    public var keyPath: String
    /// What is wrong, for people.
    public var message: String

    public init(keyPath: String, message: String) {
        self.keyPath = keyPath
        self.message = message
    }

    /// The same problem under an outer key, e.g. `stores.jewelry.policy`.
    public func under(_ outerKeyPath: String) -> PolicyProblem {
        guard !outerKeyPath.isEmpty else { return self }
        let joined = keyPath.isEmpty ? outerKeyPath : "\(outerKeyPath).\(keyPath)"
        return PolicyProblem(keyPath: joined, message: message)
    }

    /// `key.path: message`.
    public var description: String { "\(keyPath): \(message)" }
}

/// Joins key path components the way `PolicyProblem.keyPath` spells them.
enum PolicyKeyPath {
    static func join(_ prefix: String, _ key: String) -> String {
        prefix.isEmpty ? key : "\(prefix).\(key)"
    }

    static func element(_ prefix: String, _ index: Int) -> String {
        "\(prefix)[\(index)]"
    }
}
