import Foundation
import PostgresNIO
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

/// The transactional outbox: events written by the changes that cause them, in their transactions.
@Suite("webhook outbox")
struct WebhookOutboxTests {
    /// (type, shipment id, sequence) of every event, in id order.
    static func events(_ db: Database) async throws -> [(String, Int64, Int64)] {
        try await db.withConnection { connection in
            let rows = try await connection.query(
                "SELECT type, shipment_id, shipment_sequence FROM webhook_events ORDER BY id", logger: db.logger)
            var events: [(String, Int64, Int64)] = []
            for try await row in rows.decode((String, Int64, Int64).self) { events.append(row) }
            return events
        }
    }

    static func payloads(_ db: Database) async throws -> [WebhookEvent] {
        try await db.withConnection { connection in
            let rows = try await connection.query("SELECT payload::text FROM webhook_events ORDER BY id", logger: db.logger)
            var events: [WebhookEvent] = []
            for try await text in rows.decode(String.self) { events.append(try WebhookEvent.decode(Data(text.utf8))) }
            return events
        }
    }

    static func deliveries(_ db: Database) async throws -> Int {
        try await db.withConnection { connection in
            let rows = try await connection.query("SELECT count(*) FROM webhook_deliveries", logger: db.logger).collect()
            return Int(try rows.first?.decode(Int64.self) ?? 0)
        }
    }

    @Test("a reconciliation writes finding.opened, finding.escalated, remedy.proposed and finding.resolved, in order per shipment")
    func findingLifecycleIsAnnounced() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(1, in: db)
            let findings = FindingRepository(database: db)
            _ = try await findings.reconcile(evaluated: ids, findings: [FindingsFixtures.record(ids[0], .customsStall, .watch)])
            _ = try await findings.reconcile(
                evaluated: ids, findings: [FindingsFixtures.record(ids[0], .customsStall, .act, remedy: FindingsFixtures.choice)])
            // Unchanged: nothing more.
            _ = try await findings.reconcile(
                evaluated: ids, findings: [FindingsFixtures.record(ids[0], .customsStall, .act, remedy: FindingsFixtures.choice)])
            _ = try await findings.reconcile(evaluated: ids, findings: [])
            let events = try await Self.events(db)
            #expect(events.map(\.0) == ["finding.opened", "finding.escalated", "remedy.proposed", "finding.resolved"])
            #expect(events.map(\.2) == [1, 2, 3, 4])

            let payloads = try await Self.payloads(db)
            let proposed = try #require(payloads.first { $0.type == .remedyProposed })
            #expect(proposed.data.remedy?.kind == "customer_choice")
            #expect(proposed.data.remedy?.compensation == "an extra phone case")
            #expect(proposed.data.remedy?.message == "Hello")
            #expect(proposed.data.finding?.rule == "customs_stall")
            #expect(proposed.data.finding?.severity == "act")
            #expect(proposed.data.orderRef == "ORDER-0")
            #expect(proposed.data.carrier == "ups")
            #expect(proposed.data.customerEmail == nil, "the store did not opt in")
            #expect(Set(payloads.map(\.id)).count == 4)
        }
    }

    @Test("remedy decisions are announced as remedy.approved and remedy.executed; a refused decision writes nothing")
    func decisionsAreAnnounced() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(1, in: db)
            _ = try await FindingRepository(database: db).reconcile(
                evaluated: ids, findings: [FindingsFixtures.record(ids[0], .customsStall, .act, remedy: FindingsFixtures.choice)])
            let remedies = RemedyRepository(database: db)
            let remedy = try #require(try await remedies.list().first)
            try await remedies.decide(id: remedy.id, .approve, by: "ops", note: nil)
            await #expect(throws: RemedyError.self) { try await remedies.decide(id: remedy.id, .reject, by: "ops", note: nil) }
            try await remedies.decide(id: remedy.id, .markExecuted, by: "ops", note: "sent")
            let payloads = try await Self.payloads(db)
            #expect(payloads.map(\.type) == [.findingOpened, .remedyProposed, .remedyApproved, .remedyExecuted])
            #expect(payloads.last?.data.remedy?.status == "executed")
        }
    }

    @Test("ingest announces a shipment reaching out for delivery and delivered, once each; other statuses are not announced")
    func statusChangesAtIngest() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(1, in: db)
            let ingest = EventIngest(database: db)
            _ = try await ingest.ingest([ShipmentIngest(shipmentID: ids[0], events: [StoreFixtures.scan(.inTransit, code: "IT", hours: 1)])])
            _ = try await ingest.ingest([ShipmentIngest(shipmentID: ids[0], events: [StoreFixtures.scan(.outForDelivery, code: "OD", hours: 2)])])
            _ = try await ingest.ingest([ShipmentIngest(shipmentID: ids[0], events: [StoreFixtures.scan(.outForDelivery, code: "OD", hours: 2)])])
            _ = try await ingest.ingest([ShipmentIngest(shipmentID: ids[0], events: [StoreFixtures.scan(.delivered, code: "D", hours: 3)])])
            let payloads = try await Self.payloads(db)
            #expect(payloads.map(\.type) == [.shipmentStatusChanged, .shipmentStatusChanged])
            #expect(payloads.map(\.data.shipmentStatus) == ["out_for_delivery", "delivered"])
            #expect(payloads.map(\.data.previousShipmentStatus) == ["in_transit", "out_for_delivery"])
        }
    }

    @Test("deliveries are queued for the store's enabled endpoints whose filter takes the type, in the event's transaction")
    func fanOutFollowsFiltersAndTransactions() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(1, in: db)
            let endpoints = WebhookEndpointRepository(database: db)
            let secret = "whsec_" + Data(repeating: 7, count: 32).base64EncodedString()
            _ = try await endpoints.add(store: "default", url: "https://a.example/h", eventTypes: nil, secret: secret)
            _ = try await endpoints.add(store: "default", url: "https://b.example/h", eventTypes: [.remedyProposed], secret: secret)
            let disabled = try await endpoints.add(store: "default", url: "https://c.example/h", eventTypes: nil, secret: secret)
            _ = try await endpoints.setEnabled(id: disabled.id, false, reason: "test")

            // A transaction that fails after writing its events leaves nothing behind.
            await #expect(throws: (any Error).self) {
                try await db.withTransaction { connection in
                    try await WebhookOutbox.record([.statusChanged(shipmentID: ids[0], from: nil)], on: connection, logger: db.logger)
                    _ = try await connection.query("SELECT 1/0", logger: db.logger).collect()
                }
            }
            #expect(try await Self.events(db).isEmpty)
            #expect(try await Self.deliveries(db) == 0)

            _ = try await FindingRepository(database: db).reconcile(
                evaluated: ids, findings: [FindingsFixtures.record(ids[0], .customsStall, .act, remedy: FindingsFixtures.choice)])
            // finding.opened → endpoint a; remedy.proposed → endpoints a and b.
            #expect(try await Self.deliveries(db) == 3)
        }
    }

    @Test("the customer's e-mail is in the payload only for a store that opted in")
    func customerEmailOptIn() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(1, in: db)
            let endpoints = WebhookEndpointRepository(database: db)
            try await db.withTransaction { connection in
                try await WebhookOutbox.record([.statusChanged(shipmentID: ids[0], from: nil)], on: connection, logger: db.logger)
            }
            try await endpoints.setCustomerEmailOptIn(stores: ["default"], optedIn: ["default"])
            try await db.withTransaction { connection in
                try await WebhookOutbox.record([.statusChanged(shipmentID: ids[0], from: nil)], on: connection, logger: db.logger)
            }
            #expect(try await Self.payloads(db).map(\.data.customerEmail) == [nil, "customer0@example.com"])
        }
    }
}
