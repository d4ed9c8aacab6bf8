/// A span of calendar days, e.g. the promised delivery window "6–12 days".
public struct DayRange: Sendable, Hashable, Codable, DefaultingDecodable {
    public var minDays: Int
    public var maxDays: Int

    public init(minDays: Int, maxDays: Int) {
        self.minDays = minDays
        self.maxDays = maxDays
    }

    enum CodingKeys: String, CodingKey {
        case minDays = "min_days"
        case maxDays = "max_days"
    }

    /// Decodes both keys; they are required outside a policy.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        minDays = try container.decode(Int.self, forKey: .minDays)
        maxDays = try container.decode(Int.self, forKey: .maxDays)
    }

    init(from container: KeyedDecodingContainer<CodingKeys>, defaults: DayRange) throws {
        minDays = try container.decode(.minDays, over: defaults.minDays)
        maxDays = try container.decode(.maxDays, over: defaults.maxDays)
    }

    /// "6–12 days".
    public var displayText: String {
        minDays == maxDays ? "\(maxDays) day\(maxDays == 1 ? "" : "s")" : "\(minDays)–\(maxDays) days"
    }

    func problems(at keyPath: String) -> [PolicyProblem] {
        let minKey = PolicyKeyPath.join(keyPath, CodingKeys.minDays.rawValue)
        let maxKey = PolicyKeyPath.join(keyPath, CodingKeys.maxDays.rawValue)
        return PolicyChecks.nonNegative(minDays, minKey)
            + PolicyChecks.nonNegative(maxDays, maxKey)
            + PolicyChecks.notBelow(maxDays, maxKey, minDays, CodingKeys.minDays.rawValue)
    }
}
