/// An event type name that does not exist.
public struct WebhookEventTypeError: Error, Sendable, Hashable, CustomStringConvertible {
    public var name: String

    public init(name: String) {
        self.name = name
    }

    public var description: String {
        "unknown webhook event type '\(name)'; expected one of "
            + WebhookEventType.allCases.map(\.rawValue).joined(separator: ", ")
    }
}
