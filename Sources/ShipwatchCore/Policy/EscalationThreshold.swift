/// When a condition measured in calendar days becomes worth watching, and when to act on it.
///
/// Days may be fractional (`0.5` is twelve hours). A threshold of `0` fires as soon as the condition holds.
public struct EscalationThreshold: Sendable, Hashable, Codable, DefaultingDecodable {
    /// From this many days on, the finding is `watch`.
    public var watchDays: Double
    /// From this many days on, the finding is `act` (and may carry a remedy proposal).
    public var actDays: Double

    public init(watchDays: Double, actDays: Double) {
        self.watchDays = watchDays
        self.actDays = actDays
    }

    enum CodingKeys: String, CodingKey {
        case watchDays = "watch_days"
        case actDays = "act_days"
    }

    /// Decodes both keys; they are required outside a policy.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        watchDays = try container.decode(Double.self, forKey: .watchDays)
        actDays = try container.decode(Double.self, forKey: .actDays)
    }

    init(from container: KeyedDecodingContainer<CodingKeys>, defaults: EscalationThreshold) throws {
        watchDays = try container.decode(.watchDays, over: defaults.watchDays)
        actDays = try container.decode(.actDays, over: defaults.actDays)
    }

    /// The severity reached after `days`, or nil below the watch level.
    public func severity(afterDays days: Double) -> Severity? {
        if days >= actDays { return .act }
        if days >= watchDays { return .watch }
        return nil
    }

    func problems(at keyPath: String) -> [PolicyProblem] {
        let watchKey = PolicyKeyPath.join(keyPath, CodingKeys.watchDays.rawValue)
        let actKey = PolicyKeyPath.join(keyPath, CodingKeys.actDays.rawValue)
        return PolicyChecks.nonNegative(watchDays, watchKey)
            + PolicyChecks.nonNegative(actDays, actKey)
            + PolicyChecks.notBelow(actDays, actKey, watchDays, CodingKeys.watchDays.rawValue)
    }
}
