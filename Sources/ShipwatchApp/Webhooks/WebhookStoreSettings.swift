/// `webhooks.stores.<key>`: one store's payload options.
public struct WebhookStoreSettings: Sendable, Codable {
    /// Put the customer's full e-mail in the payloads (off by default).
    public var includeCustomerEmail: Bool = false

    public init(includeCustomerEmail: Bool = false) {
        self.includeCustomerEmail = includeCustomerEmail
    }

    enum CodingKeys: String, CodingKey {
        case includeCustomerEmail = "include_customer_email"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        includeCustomerEmail = try container.decodeIfPresent(Bool.self, forKey: .includeCustomerEmail) ?? false
    }
}
