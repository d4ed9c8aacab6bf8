import CarrierUPS
import Foundation
import ShipwatchApp
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("Evaluate findings")
struct EvaluateFindingsTests {
    @Test func customsStallActsWithEachStoresRemedy() async throws {
        try await withTestDatabase { db in
            let world = try await EvaluateFixtures.World(db)
            let phone = try await world.add(store: "phonecases", destination: "DE", shippedDaysAgo: 10, EvaluateFixtures.customs(daysAgo: 8))
            let charm = try await world.add(store: "charms", destination: "DE", shippedDaysAgo: 10, EvaluateFixtures.customs(daysAgo: 8))

            let summary = try await world.evaluator.evaluateActive(since: nil, now: EvaluateFixtures.now)
            #expect(summary.shipmentsScanned == 2)
            #expect(summary.changes.opened == 2)
            #expect(summary.changes.proposed == 2)
            #expect(summary.line == "findings: 2 opened, 2 remedies proposed")

            for (id, kind, compensation) in [(phone, "customer_choice", "an extra phone case"), (charm, "reshipment", "a free charm")] {
                let findings = try await FindingRepository(database: db).findings(shipmentID: id)
                #expect(findings.map(\.rule) == [.customsStall])
                #expect(findings.first?.severity == .act)
                let remedy = try #require(try await RemedyRepository(database: db).list().first { $0.shipmentID == id })
                #expect(remedy.status == .proposed)
                #expect(remedy.kind == kind)
                #expect(remedy.compensation == compensation)
                #expect(remedy.message?.contains(EvaluateFixtures.orderRef(of: id, in: world)) == true)
            }
        }
    }

    @Test func sortingStallHealthyParcelAndIdempotence() async throws {
        try await withTestDatabase { db in
            let world = try await EvaluateFixtures.World(db)
            let sorting = try await world.add(store: "phonecases", destination: "US", shippedDaysAgo: 4, [
                EvaluateFixtures.scan(.accepted, daysAgo: 4, "Seattle"), EvaluateFixtures.scan(.sortArrived, daysAgo: 3, "Chicago"),
            ])
            let healthy = try await world.add(store: "phonecases", destination: "US", shippedDaysAgo: 1, [
                EvaluateFixtures.scan(.accepted, daysAgo: 1, "Seattle"), EvaluateFixtures.scan(.sortArrived, daysAgo: 0.5, "Portland"),
            ])
            let first = try await world.evaluator.evaluateActive(since: nil, now: EvaluateFixtures.now)
            #expect(first.changes.opened == 1)
            #expect(first.changes.proposed == 0)
            let findings = try await FindingRepository(database: db).findings(shipmentID: sorting)
            #expect(findings.map(\.rule) == [.sortingStall])
            #expect(findings.first?.severity == .watch)
            #expect(try await FindingRepository(database: db).findings(shipmentID: healthy).isEmpty)
            // The healthy parcel provably cannot fire: the candidate query left it out.
            #expect(first.shipmentsEvaluated == 1)

            let auditCount = try await AuditLogRepository(database: db).count()
            let second = try await world.evaluator.evaluateActive(since: nil, now: EvaluateFixtures.now)
            #expect(second.changes.isEmpty)
            #expect(second.line == nil)
            #expect(try await AuditLogRepository(database: db).count() == auditCount)
            // Evaluating the healthy parcel explicitly agrees.
            let explicit = try await world.evaluator.evaluate(shipmentIDs: [healthy], now: EvaluateFixtures.now)
            #expect(explicit.findingsFiring == 0)
        }
    }

    @Test func aParcelThatMovesAgainResolvesAndWithdrawsItsProposal() async throws {
        try await withTestDatabase { db in
            let world = try await EvaluateFixtures.World(db)
            let id = try await world.add(store: "phonecases", destination: "DE", shippedDaysAgo: 10, EvaluateFixtures.customs(daysAgo: 8))
            _ = try await world.evaluator.evaluate(shipmentIDs: [id], now: EvaluateFixtures.now)
            #expect(try await RemedyRepository(database: db).list(status: .proposed).count == 1)

            _ = try await EventIngest(database: db).ingest([ShipmentIngest(shipmentID: id, events: [
                EvaluateFixtures.scan(.customsReleased, daysAgo: 0.3, "Frankfurt", country: "DE"),
                EvaluateFixtures.scan(.inTransit, daysAgo: 0.2, "Berlin", country: "DE"),
            ])])
            let summary = try await world.evaluator.evaluate(shipmentIDs: [id], now: EvaluateFixtures.now)
            #expect(summary.changes.resolved == 1)
            #expect(summary.changes.withdrawn == 1)
            #expect(summary.line == "findings: 1 resolved, 1 proposal withdrawn")
            #expect(try await FindingRepository(database: db).findings(shipmentID: id).map(\.state) == [.resolved])
            #expect(try await RemedyRepository(database: db).list().map(\.status) == [.withdrawn])
        }
    }

    @Test func deliveryResolvesTheFinding() async throws {
        try await withTestDatabase { db in
            let world = try await EvaluateFixtures.World(db)
            let id = try await world.add(store: "charms", destination: "US", shippedDaysAgo: 4, [
                EvaluateFixtures.scan(.accepted, daysAgo: 4, "Seattle"), EvaluateFixtures.scan(.sortArrived, daysAgo: 3, "Chicago"),
            ])
            #expect(try await world.evaluator.evaluateActive(since: nil, now: EvaluateFixtures.now).changes.opened == 1)
            _ = try await EventIngest(database: db).ingest([ShipmentIngest(shipmentID: id, events: [
                EvaluateFixtures.scan(.delivered, daysAgo: 0.1, "Boston"),
            ])])
            // Delivered shipments are evaluated while they have an open finding.
            let summary = try await world.evaluator.evaluateActive(since: nil, now: EvaluateFixtures.now)
            #expect(summary.changes.resolved == 1)
            #expect(try await FindingRepository(database: db).openFindings().isEmpty)
            // …and not at all afterwards.
            #expect(try await world.evaluator.evaluateActive(since: nil, now: EvaluateFixtures.now).shipmentsEvaluated == 0)
        }
    }

    @Test func aStoreMissingFromTheConfigurationGetsTheDefaultPolicy() async throws {
        try await withTestDatabase { db in
            let world = try await EvaluateFixtures.World(db)
            try await StoreFixtures.createStore("legacy", in: db)
            let id = try await world.add(store: "legacy", destination: "DE", shippedDaysAgo: 10, EvaluateFixtures.customs(daysAgo: 8))
            _ = try await world.evaluator.evaluateActive(since: nil, now: EvaluateFixtures.now)
            let remedy = try #require(try await RemedyRepository(database: db).list().first)
            #expect(remedy.shipmentID == id)
            #expect(remedy.kind == "customer_choice")
            #expect(remedy.compensation == "an extra phone case")
        }
    }

    @Test func summaryLine() {
        var summary = EvaluationSummary()
        #expect(summary.line == nil)
        summary.changes.opened = 3
        summary.changes.escalated = 1
        summary.changes.resolved = 2
        summary.changes.proposed = 1
        #expect(summary.line == "findings: 3 opened, 1 escalated, 2 resolved, 1 remedy proposed")
        #expect(summary.report.hasSuffix("findings: 3 opened, 1 escalated, 2 resolved, 1 remedy proposed"))
    }
}

/// A small world for the evaluation and report tests: two configured stores, shipments with their scans.
enum EvaluateFixtures {
    /// Thirty days after the fixtures' reference instant.
    static let now = StoreFixtures.referenceInstant.addingTimeInterval(30 * 86_400)

    /// A scan `daysAgo` before `now`.
    static func scan(_ milestone: Milestone, daysAgo: Double, _ city: String, country: String = "US") -> ScanEvent {
        StoreFixtures.scan(
            milestone, code: milestone.rawValue.uppercased(), hours: 30 * 24 - daysAgo * 24, city: city, region: nil,
            postalCode: nil, country: country)
    }

    /// Left the US, in German customs since `daysAgo`.
    static func customs(daysAgo: Double) -> [ScanEvent] {
        [
            scan(.accepted, daysAgo: daysAgo + 2, "Miami"), scan(.customsExport, daysAgo: daysAgo + 1.5, "Miami"),
            scan(.customsInProgress, daysAgo: daysAgo, "Frankfurt", country: "DE"),
        ]
    }

    static func orderRef(of id: Int64, in world: World) -> String { world.orderRefs[id] ?? "?" }

    /// `phonecases` keeps the default policy (seed 001: a customer choice with an extra phone case); `charms`
    /// reships customs stalls with a free charm.
    static func context() -> ShipwatchContext {
        var config = AppConfig()
        var charms = StorePolicy.default
        charms.remedies[.customsStall] = .reshipment
        charms.compensation = Compensation(item: "a free charm")
        config.stores = [
            "phonecases": StoreSettings(displayName: "Phone cases"),
            "charms": StoreSettings(displayName: "Shoe charms", policy: charms),
        ]
        return ShipwatchContext(config: config, logger: TestDatabase.logger)
    }

    final class World {
        let database: Database
        let context: ShipwatchContext
        let evaluator: FindingsEvaluator
        private(set) var orderRefs: [Int64: String] = [:]
        private var next = 0

        init(_ database: Database) async throws {
            self.database = database
            context = EvaluateFixtures.context()
            evaluator = FindingsEvaluator(context: context, database: database)
            for store in context.config.stores.keys.sorted() { try await StoreFixtures.createStore(store, in: database) }
        }

        /// Registers a shipment of `store` and ingests its scans; returns its id.
        func add(store: String, destination: String, shippedDaysAgo: Double, _ events: [ScanEvent]) async throws -> Int64 {
            next += 1
            let shipment = NewShipment(
                store: store, orderRef: "ORD-\(store)-\(next)", carrier: .ups, trackingNumber: String(format: "1Z999AA1%010d", next),
                orderedAt: EvaluateFixtures.now.addingTimeInterval(-(shippedDaysAgo + 2) * 86_400),
                shippedAt: EvaluateFixtures.now.addingTimeInterval(-shippedDaysAgo * 86_400),
                customerEmail: "customer\(next)@example.com", destinationPostalCode: "10115", destinationCountry: destination)
            let repository = ShipmentRepository(database: database)
            _ = try await repository.insert([shipment])
            let id = try #require(try await repository.find(trackingNumber: shipment.trackingNumber).first).id
            if !events.isEmpty {
                _ = try await EventIngest(database: database).ingest([ShipmentIngest(shipmentID: id, events: events)])
            }
            orderRefs[id] = shipment.orderRef
            return id
        }
    }
}
