import Foundation
import PostgresNIO
import ShipwatchApp
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

/// Delivery passes against a loopback receiver that verifies every signature.
@Suite("webhook deliveries", .serialized)
struct WebhookDeliveryTests {
    @Test("a receiver failing the first attempts gets every event once it succeeds, with the same id and body on every attempt")
    func retriesUntilDelivered() async throws {
        try await withTestDatabase { database in
            let state = WebhookReceiverState()
            await state.configure(failFirst: 2)
            try await WebhookReceiver.with(state) { baseURL in
                let ids = try await WebhookSeeding.shipments(database, count: 10)
                let (_, secret) = try await WebhookSeeding.endpoint(database, url: "\(baseURL)/flaky")
                await state.configure(secret: secret)
                try await WebhookSeeding.events(database, shipments: ids, perShipment: 3)

                let summary = try await WebhookSeeding.pass(database, settings: WebhookSeeding.settings(attempts: 5))
                #expect(summary.delivered == 30)
                #expect(summary.attempted == 90)
                #expect(try await WebhookSeeding.statuses(database) == ["delivered": 30])
                #expect(await state.badSignatures == 0)
                #expect(await state.changedBodies == 0)
                let attempts = await state.attempts
                let accepted = await state.accepted
                #expect(attempts.count == 30)
                #expect(attempts.values.allSatisfy { $0 == 3 }, "\(attempts)")
                #expect(accepted.values.allSatisfy { $0 == 1 } && accepted.count == 30)
            }
        }
    }

    @Test("events of one shipment arrive in the order they were written, even across retries")
    func perShipmentOrder() async throws {
        try await withTestDatabase { database in
            let state = WebhookReceiverState()
            await state.configure(failFirst: 1)
            try await WebhookReceiver.with(state) { baseURL in
                let ids = try await WebhookSeeding.shipments(database, count: 3)
                let (_, secret) = try await WebhookSeeding.endpoint(database, url: "\(baseURL)/flaky")
                await state.configure(secret: secret)
                for _ in 0..<4 { try await WebhookSeeding.events(database, shipments: ids, perShipment: 1) }
                _ = try await WebhookSeeding.pass(database, settings: WebhookSeeding.settings(attempts: 3))
                let written = try await database.withConnection { connection in
                    let rows = try await connection.query(
                        "SELECT event_id, shipment_id FROM webhook_events ORDER BY shipment_id, shipment_sequence", logger: database.logger)
                    var order: [Int64: [String]] = [:]
                    for try await (event, shipment) in rows.decode((String, Int64).self) { order[shipment, default: []].append(event) }
                    return order
                }
                let arrived = await state.acceptedOrder
                for (_, events) in written {
                    #expect(arrived.filter(events.contains) == events)
                }
                #expect(arrived.count == 12)
            }
        }
    }

    @Test("a receiver that hangs past the timeout or answers with a huge body does not stall the pass")
    func hangingAndHugeReceivers() async throws {
        try await withTestDatabase { database in
            let state = WebhookReceiverState()
            await state.configure(hangSeconds: 60)
            try await WebhookReceiver.with(state) { baseURL in
                let ids = try await WebhookSeeding.shipments(database, count: 4)
                let secret = WebhookSecret.generate()
                await state.configure(secret: secret)
                let endpoints = WebhookEndpointRepository(database: database)
                let hang = try await endpoints.add(store: "default", url: "\(baseURL)/hang", eventTypes: nil, secret: secret.text)
                _ = try await endpoints.add(store: "default", url: "\(baseURL)/huge", eventTypes: nil, secret: secret.text)
                _ = try await endpoints.add(store: "default", url: "\(baseURL)/ok", eventTypes: nil, secret: secret.text)
                try await WebhookSeeding.events(database, shipments: ids, perShipment: 1)

                let started = ContinuousClock.now
                let summary = try await WebhookSeeding.pass(database, settings: WebhookSeeding.settings(attempts: 1, timeoutSeconds: 1))
                let elapsed = ContinuousClock.now - started
                // The receiver hangs for 60 s against a 1 s timeout; the bound leaves room for a machine loaded by the suite.
                #expect(elapsed < .seconds(30), "the pass took \(elapsed)")
                #expect(summary.delivered == 8)
                #expect(summary.failed == 4)
                let failed = try await WebhookDeliveryRepository(database: database).list(endpointID: hang.id, status: "failed")
                #expect(failed.count == 4)
                #expect(failed.allSatisfy { $0.lastError?.contains("timed out") == true }, "\(failed.map(\.lastError))")
            }
        }
    }

    @Test("two concurrent passes over 5,000 pending events make each attempt once")
    func concurrentPassesNeverRepeatAnAttempt() async throws {
        try await withTestDatabase { database in
            let state = WebhookReceiverState()
            try await WebhookReceiver.with(state) { baseURL in
                let ids = try await WebhookSeeding.shipments(database, count: 1_000)
                let (_, secret) = try await WebhookSeeding.endpoint(database, url: "\(baseURL)/ok")
                await state.configure(secret: secret)
                try await WebhookSeeding.events(database, shipments: ids, perShipment: 5)
                var settings = WebhookSeeding.settings(attempts: 3)
                settings.batchSize = 200
                settings.concurrency = 32
                async let first = WebhookSeeding.pass(database, settings: settings, seconds: 300)
                async let second = WebhookSeeding.pass(database, settings: settings, seconds: 300)
                let (a, b) = try await (first, second)
                #expect(a.attempted + b.attempted == 5_000, "\(a.line) / \(b.line)")
                #expect(a.attempted > 0 && b.attempted > 0, "one pass did everything: \(a.line) / \(b.line)")
                let attempts = await state.attempts
                #expect(attempts.count == 5_000)
                #expect(attempts.values.allSatisfy { $0 == 1 })
                #expect(await state.badSignatures == 0)
                #expect(try await WebhookSeeding.statuses(database) == ["delivered": 5_000])
            }
        }
    }

    @Test("an endpoint whose deliveries keep failing is disabled with the reason, and its deliveries are kept as failed")
    func failingEndpointIsDisabled() async throws {
        try await withTestDatabase { database in
            let state = WebhookReceiverState()
            await state.configure(failFirst: 100)
            try await WebhookReceiver.with(state) { baseURL in
                let ids = try await WebhookSeeding.shipments(database, count: 3)
                let (id, secret) = try await WebhookSeeding.endpoint(database, url: "\(baseURL)/flaky")
                await state.configure(secret: secret)
                try await WebhookSeeding.events(database, shipments: ids, perShipment: 1)
                let summary = try await WebhookSeeding.pass(database, settings: WebhookSeeding.settings(attempts: 2, disableAfter: 3))
                #expect(summary.failed == 3)
                #expect(summary.disabledEndpoints == [id])
                let endpoint = try #require(try await WebhookEndpointRepository(database: database).find(id: id))
                #expect(!endpoint.enabled)
                #expect(endpoint.disabledReason?.contains("3 consecutive deliveries failed; last: HTTP 500") == true, "\(endpoint.disabledReason ?? "-")")
                #expect(try await WebhookSeeding.statuses(database) == ["failed": 3])
            }
        }
    }

    @Test("during a rotation both secrets sign, and a receiver knowing either one verifies")
    func rotationSignsWithBothSecrets() async throws {
        try await withTestDatabase { database in
            let state = WebhookReceiverState()
            try await WebhookReceiver.with(state) { baseURL in
                let ids = try await WebhookSeeding.shipments(database, count: 1)
                let (id, old) = try await WebhookSeeding.endpoint(database, url: "\(baseURL)/ok")
                let new = WebhookSecret.generate()
                _ = try await WebhookEndpointRepository(database: database).rotateSecret(id: id, newSecret: new.text, overlapSeconds: 3_600)
                await state.configure(secret: old)
                try await WebhookSeeding.events(database, shipments: ids, perShipment: 1)
                _ = try await WebhookSeeding.pass(database, settings: WebhookSeeding.settings())
                #expect(await state.accepted.count == 1)
                await state.configure(secret: new)
                try await WebhookSeeding.events(database, shipments: ids, perShipment: 1)
                _ = try await WebhookSeeding.pass(database, settings: WebhookSeeding.settings())
                #expect(await state.accepted.count == 2)
                #expect(await state.badSignatures == 0)
            }
        }
    }

    @Test("a replayed event is sent again with the same id")
    func replayKeepsTheID() async throws {
        try await withTestDatabase { database in
            let state = WebhookReceiverState()
            try await WebhookReceiver.with(state) { baseURL in
                let ids = try await WebhookSeeding.shipments(database, count: 1)
                let (_, secret) = try await WebhookSeeding.endpoint(database, url: "\(baseURL)/ok")
                await state.configure(secret: secret)
                try await WebhookSeeding.events(database, shipments: ids, perShipment: 1)
                _ = try await WebhookSeeding.pass(database, settings: WebhookSeeding.settings())
                let eventID = try #require(await state.acceptedOrder.first)
                #expect(try await WebhookDeliveryRepository(database: database).replay(eventID: eventID) == 1)
                #expect(try await WebhookDeliveryRepository(database: database).replay(eventID: "evt_" + String(repeating: "0", count: 32)) == nil)
                _ = try await WebhookSeeding.pass(database, settings: WebhookSeeding.settings())
                #expect(await state.accepted[eventID] == 2)
            }
        }
    }
}
