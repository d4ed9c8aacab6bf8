/// What a store's policy wants proposed when a rule reaches `act`.
public enum RemedyPreference: String, Sendable, Hashable, Codable, CaseIterable {
    case refund
    case reshipment
    /// Ask the customer to choose between a refund and a reshipment.
    case customerChoice = "customer_choice"
    /// Raise the finding but propose nothing.
    case none

    /// The remedy to propose, or nil for `none`.
    public var remedyKind: RemedyKind? {
        switch self {
        case .refund: .refund
        case .reshipment: .reshipment
        case .customerChoice: .customerChoice
        case .none: nil
        }
    }
}
