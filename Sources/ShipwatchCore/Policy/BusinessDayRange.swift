/// A span of business days, e.g. the processing window "2–5 business days" or refunds in "3–5 business days".
public struct BusinessDayRange: Sendable, Hashable, Codable, DefaultingDecodable {
    public var minBusinessDays: Int
    public var maxBusinessDays: Int

    public init(minBusinessDays: Int, maxBusinessDays: Int) {
        self.minBusinessDays = minBusinessDays
        self.maxBusinessDays = maxBusinessDays
    }

    enum CodingKeys: String, CodingKey {
        case minBusinessDays = "min_business_days"
        case maxBusinessDays = "max_business_days"
    }

    /// Decodes both keys; they are required outside a policy.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        minBusinessDays = try container.decode(Int.self, forKey: .minBusinessDays)
        maxBusinessDays = try container.decode(Int.self, forKey: .maxBusinessDays)
    }

    init(from container: KeyedDecodingContainer<CodingKeys>, defaults: BusinessDayRange) throws {
        minBusinessDays = try container.decode(.minBusinessDays, over: defaults.minBusinessDays)
        maxBusinessDays = try container.decode(.maxBusinessDays, over: defaults.maxBusinessDays)
    }

    /// "3–5 business days" (or "3 business days" when both ends agree).
    public var displayText: String {
        minBusinessDays == maxBusinessDays
            ? "\(maxBusinessDays) business day\(maxBusinessDays == 1 ? "" : "s")"
            : "\(minBusinessDays)–\(maxBusinessDays) business days"
    }

    func problems(at keyPath: String) -> [PolicyProblem] {
        let minKey = PolicyKeyPath.join(keyPath, CodingKeys.minBusinessDays.rawValue)
        let maxKey = PolicyKeyPath.join(keyPath, CodingKeys.maxBusinessDays.rawValue)
        return PolicyChecks.nonNegative(minBusinessDays, minKey)
            + PolicyChecks.nonNegative(maxBusinessDays, maxKey)
            + PolicyChecks.notBelow(maxBusinessDays, maxKey, minBusinessDays, CodingKeys.minBusinessDays.rawValue)
    }
}
