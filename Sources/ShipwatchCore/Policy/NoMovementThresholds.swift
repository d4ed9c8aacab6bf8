/// The silences `no_movement` tolerates, by the kind of stage the parcel was last seen in.
public struct NoMovementThresholds: Sendable, Hashable, Codable, DefaultingDecodable {
    /// Any silence that is neither of the two below: accepted, in transit inside a country,
    /// out for delivery, after a failed delivery attempt…
    public var standard: EscalationThreshold
    /// The parcel left the origin country (export scan, or departed / in transit in a country other
    /// than the destination) and nothing has come since: carriers often show nothing until the
    /// destination country scans it, so this gap is tolerated longer.
    public var internationalHandOff: EscalationThreshold
    /// The parcel waits at a pickup point for the customer.
    public var awaitingPickup: EscalationThreshold

    public init(standard: EscalationThreshold, internationalHandOff: EscalationThreshold, awaitingPickup: EscalationThreshold) {
        self.standard = standard
        self.internationalHandOff = internationalHandOff
        self.awaitingPickup = awaitingPickup
    }

    enum CodingKeys: String, CodingKey {
        case standard
        case internationalHandOff = "international_hand_off"
        case awaitingPickup = "awaiting_pickup"
    }

    /// Decodes all three thresholds; they are required outside a policy.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        standard = try container.decode(EscalationThreshold.self, forKey: .standard)
        internationalHandOff = try container.decode(EscalationThreshold.self, forKey: .internationalHandOff)
        awaitingPickup = try container.decode(EscalationThreshold.self, forKey: .awaitingPickup)
    }

    init(from container: KeyedDecodingContainer<CodingKeys>, defaults: NoMovementThresholds) throws {
        standard = try container.decode(.standard, over: defaults.standard)
        internationalHandOff = try container.decode(.internationalHandOff, over: defaults.internationalHandOff)
        awaitingPickup = try container.decode(.awaitingPickup, over: defaults.awaitingPickup)
    }

    func problems(at keyPath: String) -> [PolicyProblem] {
        standard.problems(at: PolicyKeyPath.join(keyPath, CodingKeys.standard.rawValue))
            + internationalHandOff.problems(at: PolicyKeyPath.join(keyPath, CodingKeys.internationalHandOff.rawValue))
            + awaitingPickup.problems(at: PolicyKeyPath.join(keyPath, CodingKeys.awaitingPickup.rawValue))
    }
}
