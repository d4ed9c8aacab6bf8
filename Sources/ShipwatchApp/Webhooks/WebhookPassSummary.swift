/// What one delivery pass did.
public struct WebhookPassSummary: Sendable, Hashable {
    /// Attempts made (deliveries claimed).
    public var attempted = 0
    public var delivered = 0
    /// Attempts that failed and will be tried again.
    public var retrying = 0
    /// Deliveries that used their last attempt.
    public var failed = 0
    /// Endpoints disabled by this pass (too many failed deliveries in a row).
    public var disabledEndpoints: [Int64] = []

    public init() {}

    /// One line for a summary: `webhooks: 12 delivered, 1 to retry, 0 failed`.
    public var line: String {
        var text = "webhooks: \(delivered) delivered, \(retrying) to retry, \(failed) failed"
        if !disabledEndpoints.isEmpty {
            text += "; endpoints disabled: " + disabledEndpoints.map(String.init).joined(separator: ", ")
        }
        return text
    }
}
