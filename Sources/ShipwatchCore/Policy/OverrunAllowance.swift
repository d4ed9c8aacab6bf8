/// How long past a promise (the processing window, the delivery window) a finding stays at `watch`
/// before it becomes `act`. The finding is `watch` from the moment the promise is broken.
public struct OverrunAllowance: Sendable, Hashable, Codable, DefaultingDecodable {
    /// Extra days past the promise before acting: business days for `late_dispatch`,
    /// calendar days for `delivery_window_exceeded`.
    public var actAfterExtraDays: Int

    public init(actAfterExtraDays: Int) {
        self.actAfterExtraDays = actAfterExtraDays
    }

    enum CodingKeys: String, CodingKey {
        case actAfterExtraDays = "act_after_extra_days"
    }

    /// Decodes the key; it is required outside a policy.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        actAfterExtraDays = try container.decode(Int.self, forKey: .actAfterExtraDays)
    }

    init(from container: KeyedDecodingContainer<CodingKeys>, defaults: OverrunAllowance) throws {
        actAfterExtraDays = try container.decode(.actAfterExtraDays, over: defaults.actAfterExtraDays)
    }

    func problems(at keyPath: String) -> [PolicyProblem] {
        PolicyChecks.nonNegative(actAfterExtraDays, PolicyKeyPath.join(keyPath, CodingKeys.actAfterExtraDays.rawValue))
    }
}
