import AsyncHTTPClient
import Logging
import ShipwatchCore

/// The HTTP clients of one delivery pass: the shared client for targets that need no pin (loopback names, literal
/// addresses, private targets allowed), and for each checked host name a client of the same configuration whose
/// `dnsOverride` sends its connections to exactly the checked address. The name still goes in the `Host` header,
/// the TLS server name and the certificate check. Pinned clients are made when first needed, on the singleton event
/// loop group, and shut down with ``shutdown()`` at the end of the pass.
actor WebhookPassClients {
    let shared: HTTPClient
    /// What every pinned client is made from: the shared client's configuration.
    let configuration: HTTPClient.Configuration
    let logger: Logger
    private var pinned: [WebhookPinnedTarget: HTTPClient] = [:]
    private var closed = false

    init(shared: HTTPClient, configuration: HTTPClient.Configuration, logger: Logger) {
        self.shared = shared
        self.configuration = configuration
        self.logger = logger
    }

    /// The client to send through: the pinned one of `pin`, or the shared one without a pin.
    func client(for pin: WebhookPinnedTarget?) throws(WebhookPassClientsError) -> HTTPClient {
        guard let pin else { return shared }
        if let client = pinned[pin] { return client }
        guard !closed else { throw .shutDown }
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: Self.configuration(configuration, pinning: pin))
        pinned[pin] = client
        logger.debug(
            "webhook target pinned to its checked address",
            metadata: [LogKey.webhookTargetHost: "\(pin.host)", LogKey.webhookTargetAddress: "\(pin.address)"])
        return client
    }

    /// Shuts every pinned client down (the shared one belongs to the caller).
    func shutdown() async {
        closed = true
        let clients = pinned
        pinned = [:]
        for (pin, client) in clients {
            do {
                try await client.shutdown()
            } catch {
                logger.warning(
                    "pinned webhook client did not shut down cleanly",
                    metadata: [LogKey.webhookTargetHost: "\(pin.host)", LogKey.error: "\(error)"])
            }
        }
    }

    /// `base` with `pin.host` resolved to `pin.address` and nothing else changed.
    static func configuration(_ base: HTTPClient.Configuration, pinning pin: WebhookPinnedTarget) -> HTTPClient.Configuration {
        var configuration = base
        configuration.dnsOverride[pin.host] = pin.address.description
        return configuration
    }
}
