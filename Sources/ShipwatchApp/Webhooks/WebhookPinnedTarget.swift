import ShipwatchCore

/// A host name whose resolved addresses passed the target policy, and the one address its connections must go to:
/// the client connects there without resolving the name again (no DNS rebinding between check and connect).
struct WebhookPinnedTarget: Sendable, Hashable {
    /// The host as the HTTP client reads it from the URL (the key of its `dnsOverride`; also the TLS server name
    /// and the certificate's expected name).
    var host: String
    /// The checked address (the resolver's first answer).
    var address: IPAddressBytes
}
