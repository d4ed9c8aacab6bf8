/// What ``WebhookTargetResolver`` decided about a webhook URL.
enum WebhookTargetCheck: Sendable, Hashable {
    /// Not sent; the reason.
    case refused(String)
    /// Sent: to the pinned address when the host name was resolved and checked; without a pin for loopback names,
    /// literal addresses, and when private targets are allowed (nothing to guard).
    case allowed(pin: WebhookPinnedTarget?)
}
