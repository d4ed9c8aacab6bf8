extension LogKey {
    // Webhooks
    public static let webhookEndpointID = "webhook.endpoint_id"
    public static let webhookEventID = "webhook.event_id"
    public static let webhookDelivered = "webhook.delivered"
    public static let webhookRetried = "webhook.retried"
    public static let webhookFailed = "webhook.failed"
    public static let webhookClaimed = "webhook.claimed"
    public static let webhookEvents = "webhook.events"
    /// The host name of a webhook target pinned to its checked address.
    public static let webhookTargetHost = "webhook.target_host"
    /// The checked address a webhook target's connections go to.
    public static let webhookTargetAddress = "webhook.target_address"
}
