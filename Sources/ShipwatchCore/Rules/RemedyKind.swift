/// What a remedy proposal offers the customer.
public enum RemedyKind: String, Sendable, Hashable, Codable, CaseIterable {
    case refund
    case reshipment
    /// Ask the customer to choose between a refund and a reshipment.
    case customerChoice = "customer_choice"

    /// Whether the store's compensation comes with it (reshipments, and the reshipment half of a choice).
    public var includesCompensation: Bool { self != .refund }
}
