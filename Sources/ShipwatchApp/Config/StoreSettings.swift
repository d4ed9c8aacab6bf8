import ShipwatchCore

/// One store of the `stores:` section: its display name and its customer-service policy.
public struct StoreSettings: Sendable, Codable {
    public var displayName: String?
    /// Every key is optional: missing keys take the defaults (which come from the seed stores' policies).
    public var policy: StorePolicy

    public init(displayName: String? = nil, policy: StorePolicy = .default) {
        self.displayName = displayName
        self.policy = policy
    }

    enum CodingKeys: String, CodingKey {
        case displayName = "display_name"
        case policy
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        displayName = try container.decodeIfPresent(String.self, forKey: .displayName)
        policy = try container.decodeIfPresent(StorePolicy.self, forKey: .policy) ?? .default
    }

    /// Impossible values, each named by its key path under `path`.
    public func problems(at path: String) -> [ConfigProblem] {
        policy.validate().map { ConfigProblem(path: "\(path).policy.\($0.keyPath)", message: $0.message) }
    }
}
