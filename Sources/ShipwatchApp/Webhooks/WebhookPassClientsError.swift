/// Why ``WebhookPassClients`` gave no client.
enum WebhookPassClientsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The pass already shut its clients down.
    case shutDown

    var description: String {
        switch self {
        case .shutDown: "the delivery pass's clients are shut down"
        }
    }
}
