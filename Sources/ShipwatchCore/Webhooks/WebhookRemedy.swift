/// The remedy an event is about.
public struct WebhookRemedy: Sendable, Codable, Hashable {
    public var id: Int64
    /// `refund`, `reshipment` or `customer_choice`.
    public var kind: String
    /// `proposed`, `approved`, `rejected`, `executed` or `withdrawn`.
    public var status: String
    public var compensation: String?
    /// The drafted message to the customer.
    public var message: String?

    public init(id: Int64, kind: String, status: String, compensation: String?, message: String?) {
        self.id = id
        self.kind = kind
        self.status = status
        self.compensation = compensation
        self.message = message
    }
}
