/// When a condition measured in business days (in the store's calendar) becomes worth watching,
/// and when to act on it. Business days count only once they have fully passed.
public struct BusinessDayEscalation: Sendable, Hashable, Codable, DefaultingDecodable {
    public var watchBusinessDays: Int
    public var actBusinessDays: Int

    public init(watchBusinessDays: Int, actBusinessDays: Int) {
        self.watchBusinessDays = watchBusinessDays
        self.actBusinessDays = actBusinessDays
    }

    enum CodingKeys: String, CodingKey {
        case watchBusinessDays = "watch_business_days"
        case actBusinessDays = "act_business_days"
    }

    /// Decodes both keys; they are required outside a policy.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        watchBusinessDays = try container.decode(Int.self, forKey: .watchBusinessDays)
        actBusinessDays = try container.decode(Int.self, forKey: .actBusinessDays)
    }

    init(from container: KeyedDecodingContainer<CodingKeys>, defaults: BusinessDayEscalation) throws {
        watchBusinessDays = try container.decode(.watchBusinessDays, over: defaults.watchBusinessDays)
        actBusinessDays = try container.decode(.actBusinessDays, over: defaults.actBusinessDays)
    }

    /// The severity reached after `businessDays` fully passed business days, or nil below the watch level.
    public func severity(afterBusinessDays businessDays: Int) -> Severity? {
        if businessDays >= actBusinessDays { return .act }
        if businessDays >= watchBusinessDays { return .watch }
        return nil
    }

    func problems(at keyPath: String) -> [PolicyProblem] {
        let watchKey = PolicyKeyPath.join(keyPath, CodingKeys.watchBusinessDays.rawValue)
        let actKey = PolicyKeyPath.join(keyPath, CodingKeys.actBusinessDays.rawValue)
        return PolicyChecks.nonNegative(watchBusinessDays, watchKey)
            + PolicyChecks.nonNegative(actBusinessDays, actKey)
            + PolicyChecks.notBelow(actBusinessDays, actKey, watchBusinessDays, CodingKeys.watchBusinessDays.rawValue)
    }
}
