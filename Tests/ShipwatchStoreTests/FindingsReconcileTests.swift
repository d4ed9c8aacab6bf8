import CarrierUPS
import Foundation
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("Findings reconcile")
struct FindingsReconcileTests {
    @Test func opensOnceAndRepeatsWithoutWrites() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(2, in: db)
            let repository = FindingRepository(database: db)
            let firing = [FindingsFixtures.record(ids[0], .customsStall, .watch)]

            let first = try await repository.reconcile(evaluated: ids, findings: firing)
            #expect(first.opened == 1)
            #expect(first.resolved == 0)
            let auditAfterFirst = try await AuditLogRepository(database: db).count()
            #expect(auditAfterFirst == 1)

            let second = try await repository.reconcile(evaluated: ids, findings: firing)
            #expect(second.isEmpty)
            #expect(try await AuditLogRepository(database: db).count() == auditAfterFirst)
            #expect(try await repository.count() == 1)
            let open = try await repository.openFindings()
            #expect(open.map(\.rule) == [.customsStall])
            #expect(open.first?.shipmentID == ids[0])
        }
    }

    @Test func timePassingAloneRewritesNothing() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(1, in: db)
            let repository = FindingRepository(database: db)
            _ = try await repository.reconcile(evaluated: ids, findings: [FindingsFixtures.record(ids[0], .sortingStall, .watch, days: 2.5)])
            let before = try #require(try await repository.openFindings().first)

            // Only the volatile keys (summary, duration) differ: no write, no audit.
            let later = FindingsFixtures.record(ids[0], .sortingStall, .watch, days: 3.5)
            #expect(try await repository.reconcile(evaluated: ids, findings: [later]).isEmpty)
            #expect(try #require(try await repository.openFindings().first).updatedAt == before.updatedAt)

            // A material change (a new location) is an update.
            let moved = FindingsFixtures.record(ids[0], .sortingStall, .watch, days: 3.5, location: "DALLAS, US")
            let changes = try await repository.reconcile(evaluated: ids, findings: [moved])
            #expect(changes.updated == 1)
            #expect(changes.opened == 0)
            #expect(try await repository.count() == 1)
            #expect(try await AuditLogRepository(database: db).count(action: "updated") == 1)
        }
    }

    @Test func escalationIsRecordedWithThePreviousSeverity() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(1, in: db)
            let repository = FindingRepository(database: db)
            _ = try await repository.reconcile(evaluated: ids, findings: [FindingsFixtures.record(ids[0], .customsStall, .watch)])
            let changes = try await repository.reconcile(evaluated: ids, findings: [FindingsFixtures.record(ids[0], .customsStall, .act)])
            #expect(changes.escalated == 1)
            #expect(changes.updated == 0)
            let finding = try #require(try await repository.openFindings().first)
            #expect(finding.severity == .act)
            let history = try await AuditLogRepository(database: db).entries(entity: "finding", entityID: String(finding.id))
            #expect(history.map(\.action) == ["opened", "escalated"])
            #expect(history.allSatisfy { $0.actor == "rules" })
            #expect(history.last?.detailJSON.contains(#""previous_severity": "watch""#) == true)
        }
    }

    @Test func resolvesWhatNoLongerFiresAndReopensAsANewFinding() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(2, in: db)
            let repository = FindingRepository(database: db)
            let both = [FindingsFixtures.record(ids[0], .sortingStall, .watch), FindingsFixtures.record(ids[1], .noMovement, .watch)]
            _ = try await repository.reconcile(evaluated: ids, findings: both)

            // Only the first shipment is evaluated, and nothing fires for it: the second keeps its finding.
            let changes = try await repository.reconcile(evaluated: [ids[0]], findings: [])
            #expect(changes.resolved == 1)
            let first = try await repository.findings(shipmentID: ids[0])
            #expect(first.map(\.state) == [.resolved])
            #expect(first.first?.resolvedAt != nil)
            #expect(try await repository.findings(shipmentID: ids[1]).map(\.state) == [.open])
            #expect(try await repository.reconcile(evaluated: [ids[0]], findings: []).isEmpty)

            // Stuck again later: a new finding, the resolved one stays as history.
            let again = try await repository.reconcile(evaluated: [ids[0]], findings: [FindingsFixtures.record(ids[0], .sortingStall, .watch)])
            #expect(again.opened == 1)
            #expect(try await repository.findings(shipmentID: ids[0]).map(\.state) == [.resolved, .open])
        }
    }

    @Test func atMostOneOpenFindingPerShipmentAndRule() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(1, in: db)
            let repository = FindingRepository(database: db)
            let duplicates = [
                FindingsFixtures.record(ids[0], .customsStall, .watch),
                FindingsFixtures.record(ids[0], .customsStall, .act),
                FindingsFixtures.record(ids[0], .deliveryWindowExceeded, .watch),
            ]
            let changes = try await repository.reconcile(evaluated: ids, findings: duplicates)
            #expect(changes.opened == 2)
            // Two evaluators reconciling the same result concurrently still leave one open finding per rule.
            async let one = repository.reconcile(evaluated: ids, findings: duplicates)
            async let two = repository.reconcile(evaluated: ids, findings: duplicates)
            _ = try await (one, two)
            let open = try await repository.openFindings()
            #expect(open.map(\.rule).sorted() == [.customsStall, .deliveryWindowExceeded])
            #expect(open.first { $0.rule == .customsStall }?.severity == .act)
        }
    }

    @Test func evidenceAndDetailAreStoredForTheReport() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(1, in: db)
            let repository = FindingRepository(database: db)
            _ = try await repository.reconcile(evaluated: ids, findings: [FindingsFixtures.record(ids[0], .customsStall, .act)])
            let finding = try #require(try await repository.openFindings().first)
            #expect(finding.stage == "customs_held")
            #expect(finding.evidenceJSON.contains("customs_held"))
            for key in ["summary", "last_location", "duration_days", "carrier_declared_delay", "international_hand_off", "measured_since"] {
                #expect(finding.detailJSON.contains("\"\(key)\""), "detail lacks \(key)")
            }
        }
    }
}

/// Builders for the findings store tests.
enum FindingsFixtures {
    static let now = StoreFixtures.referenceInstant.addingTimeInterval(20 * 86_400)

    /// Creates the default store and `count` shipments; returns their ids.
    static func shipments(_ count: Int, in db: Database, offset: Int = 0) async throws -> [Int64] {
        try await StoreFixtures.createStore(in: db)
        let repository = ShipmentRepository(database: db)
        let rows = (offset..<(offset + count)).map { StoreFixtures.newShipment($0) }
        _ = try await repository.insert(rows)
        var ids: [Int64] = []
        for row in rows {
            ids.append(try #require(try await repository.find(trackingNumber: row.trackingNumber).first).id)
        }
        return ids
    }

    /// A finding record as the rule engine would produce it.
    static func record(
        _ shipmentID: Int64, _ rule: RuleID, _ severity: Severity, days: Double = 8, location: String = "FRANKFURT, DE",
        remedy: RemedyProposal? = nil
    ) -> FindingRecord {
        // The condition began at a fixed instant; only the elapsed days (and the summary quoting them) vary.
        let since = StoreFixtures.referenceInstant
        let event = StoreFixtures.scan(.customsHeld, code: "CH", hours: 0, city: "Frankfurt", region: nil, postalCode: nil, country: "DE")
        let finding = Finding(
            rule: rule, severity: severity, store: "default", orderRef: "ORDER", carrier: .ups, trackingNumber: "1Z",
            stage: .customsHeld, stageSince: StoreFixtures.referenceInstant, measuredSince: since, durationDays: days,
            lastEventAt: StoreFixtures.referenceInstant, lastLocation: location,
            evidence: [FindingEvidence(event: event)], summary: "In customs for \(days) days.", remedy: remedy)
        return FindingRecord(shipmentID: shipmentID, finding: finding)
    }

    static let choice = RemedyProposal(kind: .customerChoice, compensation: "an extra phone case", customerMessage: "Hello")
}
