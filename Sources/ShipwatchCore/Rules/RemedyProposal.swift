/// What the store's policy says to do about a finding that reached `act`: awaits an ops decision.
public struct RemedyProposal: Sendable, Hashable, Codable {
    public var kind: RemedyKind
    /// The compensation offered, as it reads in a sentence ("an extra phone case"); nil for a refund
    /// or when the store offers none.
    public var compensation: String?
    /// The message to the customer, drafted from the store's template.
    public var customerMessage: String

    public init(kind: RemedyKind, compensation: String?, customerMessage: String) {
        self.kind = kind
        self.compensation = compensation
        self.customerMessage = customerMessage
    }

    enum CodingKeys: String, CodingKey {
        case kind
        case compensation
        case customerMessage = "customer_message"
    }
}
