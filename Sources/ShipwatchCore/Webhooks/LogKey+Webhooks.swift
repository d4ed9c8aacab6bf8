extension LogKey {
    // Webhooks
    public static let webhookEndpointID = "webhook.endpoint_id"
    public static let webhookEventID = "webhook.event_id"
    public static let webhookDelivered = "webhook.delivered"
    public static let webhookRetried = "webhook.retried"
    public static let webhookFailed = "webhook.failed"
    public static let webhookClaimed = "webhook.claimed"
    public static let webhookEvents = "webhook.events"
}
