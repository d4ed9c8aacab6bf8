import AsyncHTTPClient
import Foundation
import PostgresNIO
@testable import ShipwatchApp
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

/// DNS rebinding: a delivery connects to exactly the address its host name was checked against.
@Suite("webhook target pinning", .serialized)
struct WebhookPinningTests {
    /// The names a test resolver was asked, in order.
    actor LookUps {
        private(set) var names: [String] = []
        func record(_ name: String) { names.append(name) }
    }

    static func address(_ text: String) -> IPAddressBytes {
        IPAddressBytes(parsing: text)!
    }

    @Test("a pinned client's configuration sends the checked host to the checked address and keeps the rest")
    func pinnedConfiguration() throws {
        let base = WebhookHTTPClient.configuration(settings: WebhookSeeding.settings())
        #expect(base.dnsOverride.isEmpty)
        let v4 = WebhookPassClients.configuration(base, pinning: WebhookPinnedTarget(host: "hooks.example.com", address: Self.address("93.184.215.14")))
        #expect(v4.dnsOverride == ["hooks.example.com": "93.184.215.14"])
        #expect(v4.timeout.connect == base.timeout.connect && v4.timeout.read == base.timeout.read)
        let v6 = WebhookPassClients.configuration(base, pinning: WebhookPinnedTarget(host: "hooks.example.com", address: Self.address("2606:2800:21f:cb07::1")))
        let pinned = try #require(v6.dnsOverride["hooks.example.com"])
        #expect(IPAddressBytes(parsing: pinned) == Self.address("2606:2800:21f:cb07::1"))
        #expect(v6.dnsOverride.count == 1)
    }

    @Test("the resolver pins a public name to its first checked address, once per pass, and pins no loopback or literal target")
    func resolverPins() async {
        let lookUps = LookUps()
        let resolver = WebhookTargetResolver(policy: WebhookTargetPolicy(allowPrivateTargets: false)) { name in
            await lookUps.record(name)
            switch name {
            case "hooks.example.com": return [Self.address("93.184.215.14"), Self.address("2606:2800:21f:cb07::1")]
            case "mixed.example.com": return [Self.address("93.184.215.14"), Self.address("10.0.0.7")]
            default: return []
            }
        }
        let pin = WebhookPinnedTarget(host: "hooks.example.com", address: Self.address("93.184.215.14"))
        #expect(await resolver.check(url: "https://hooks.example.com/a") == .allowed(pin: pin))
        #expect(await resolver.check(url: "https://HOOKS.example.com:8443/b") == .allowed(pin: WebhookPinnedTarget(
            host: URL(string: "https://HOOKS.example.com:8443/b")?.host ?? "?", address: Self.address("93.184.215.14"))))
        guard case .refused(let problem) = await resolver.check(url: "https://mixed.example.com/") else {
            Issue.record("a name with a private address was allowed")
            return
        }
        #expect(problem.contains("10.0.0.7"))
        #expect(await resolver.check(url: "https://nowhere.example.com/") == .refused("nowhere.example.com does not resolve"))
        #expect(await resolver.check(url: "http://127.0.0.1:9/") == .allowed(pin: nil))
        #expect(await resolver.check(url: "http://localhost:9/") == .allowed(pin: nil))
        #expect(await resolver.check(url: "https://93.184.215.14/") == .allowed(pin: nil))
        #expect(await lookUps.names == ["hooks.example.com", "mixed.example.com", "nowhere.example.com"])
    }

    @Test("a delivery to a checked name reaches the checked address, with the name in Host and the TLS check, though the name itself never resolves")
    func deliveryConnectsToTheCheckedAddress() async throws {
        try await withTestDatabase { database in
            let state = WebhookReceiverState()
            try await WebhookReceiver.with(state, tls: try TestTLSIdentity.serverConfiguration()) { baseURL in
                let port = try #require(URL(string: baseURL)?.port)
                let ids = try await WebhookSeeding.shipments(database, count: 1)
                let (endpointID, secret) = try await WebhookSeeding.endpoint(database, url: "https://\(TestTLSIdentity.host):\(port)/ok")
                await state.configure(secret: secret)
                try await WebhookSeeding.events(database, shipments: ids, perShipment: 2)

                // The name is checked once per pass and answers loopback (allowed without allow_private_targets); the
                // client never resolves it itself: `.invalid` has no answer there, so only the pin reaches the receiver.
                let lookUps = LookUps()
                let settings = WebhookSeeding.settings(attempts: 1)
                #expect(!settings.allowPrivateTargets)
                let configuration = try TestTLSIdentity.trusting(WebhookHTTPClient.configuration(settings: settings))
                let summary = try await WebhookHTTPClient.with(settings: settings) { client in
                    try await WebhookDeliveryPass(
                        database: database, client: client, settings: settings, logger: database.logger,
                        clientConfiguration: configuration,
                        lookUp: { name in
                            await lookUps.record(name)
                            return [Self.address("127.0.0.1")]
                        }
                    ).run(limit: 100, deadline: ContinuousClock.now + .seconds(60))
                }
                let errors = try await WebhookDeliveryRepository(database: database).list(endpointID: endpointID).map { $0.lastError ?? "-" }
                #expect(summary.delivered == 2, "\(summary.line): \(errors)")
                #expect(await state.accepted.count == 2)
                #expect(await state.hosts == Array(repeating: "\(TestTLSIdentity.host):\(port)", count: 2))
                #expect(await lookUps.names == [TestTLSIdentity.host])
            }
        }
    }

    @Test("a checked name whose answer is private is refused before any connection")
    func privateAnswerIsRefused() async throws {
        try await withTestDatabase { database in
            let ids = try await WebhookSeeding.shipments(database, count: 1)
            let (endpointID, _) = try await WebhookSeeding.endpoint(database, url: "https://\(TestTLSIdentity.host)/ok")
            try await WebhookSeeding.events(database, shipments: ids, perShipment: 1)
            let settings = WebhookSeeding.settings(attempts: 1)
            let summary = try await WebhookHTTPClient.with(settings: settings) { client in
                try await WebhookDeliveryPass(
                    database: database, client: client, settings: settings, logger: database.logger,
                    clientConfiguration: WebhookHTTPClient.configuration(settings: settings),
                    lookUp: { _ in [Self.address("10.1.2.3")] }
                ).run(limit: 100, deadline: ContinuousClock.now + .seconds(60))
            }
            #expect(summary.failed == 1)
            let delivery = try #require(try await WebhookDeliveryRepository(database: database).list(endpointID: endpointID).first)
            #expect(delivery.lastError?.hasPrefix("target refused: \(TestTLSIdentity.host): 10.1.2.3") == true, "\(delivery.lastError ?? "-")")
        }
    }
}
