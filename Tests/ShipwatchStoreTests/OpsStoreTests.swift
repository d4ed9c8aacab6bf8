import CarrierCatalog
import CarrierDHL
import CarrierUPS
import Foundation
import PostgresNIO
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("The ops dashboard's PostgreSQL adapters")
struct OpsStoreTests {
    static let hash = "$2b$04$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeyZK"

    /// Three shipments in store `default` (customs stall act with a proposal, sorting stall watch, customs stall
    /// never scanned) and one in store `other` (customs stall act with a proposal); last scans set by hand.
    static func seed(_ db: Database) async throws -> [Int64] {
        var ids = try await FindingsFixtures.shipments(3, in: db)
        try await StoreFixtures.createStore("other", in: db)
        _ = try await ShipmentRepository(database: db).insert([StoreFixtures.newShipment(9, store: "other", carrier: .dhl)])
        ids.append(try #require(try await ShipmentRepository(database: db).find(store: "other", orderRef: "ORDER-9").first).id)
        let findings = FindingRepository(database: db)
        _ = try await findings.reconcile(evaluated: ids, findings: [
            FindingsFixtures.record(ids[0], .customsStall, .act, remedy: FindingsFixtures.choice),
            FindingsFixtures.record(ids[1], .sortingStall, .watch),
            FindingsFixtures.record(ids[2], .customsStall, .watch),
            FindingsFixtures.record(ids[3], .customsStall, .act, remedy: FindingsFixtures.choice),
        ])
        try await db.withConnection { connection in
            for (id, days) in [(ids[0], 5.0), (ids[1], 9.0), (ids[3], 2.0)] {
                _ = try await connection.query(
                    """
                    UPDATE shipments SET last_event_at = \(FindingsFixtures.now) - \(days) * interval '1 day',
                        status = 'customs_held' WHERE id = \(id)
                    """,
                    logger: db.logger)
            }
        }
        return ids
    }

    @Test("users are created once per e-mail, only for known stores, and disabling one ends their sessions")
    func usersAndSessions() async throws {
        try await withTestDatabase { db in
            try await StoreFixtures.createStore(in: db)
            let users = PostgresOpsUsers(database: db)
            let sessions = PostgresOpsSessions(database: db)
            let ada = try await users.create(NewOpsUser(email: "ada@ops.example", passwordHash: Self.hash, role: .admin, stores: []))
            await #expect(throws: OpsUserError.duplicateEmail("ada@ops.example")) {
                _ = try await users.create(NewOpsUser(email: "ada@ops.example", passwordHash: Self.hash, role: .ops, stores: []))
            }
            await #expect(throws: OpsUserError.unknownStore("nope")) {
                _ = try await users.create(NewOpsUser(email: "bo@ops.example", passwordHash: Self.hash, role: .ops, stores: ["nope"]))
            }
            let limited = try await users.create(NewOpsUser(email: "cy@ops.example", passwordHash: Self.hash, role: .ops, stores: ["default"]))
            #expect(limited.stores == ["default"])
            #expect(try await users.list().map(\.email) == ["ada@ops.example", "cy@ops.example"])
            let now = FindingsFixtures.now
            let token = String(repeating: "a", count: 64)
            try await sessions.create(tokenHash: token, csrfToken: String(repeating: "c", count: 64), userID: ada.id, expiresAt: now.addingTimeInterval(60))
            #expect(try await sessions.session(tokenHash: token, now: now)?.user.email == "ada@ops.example")
            #expect(try await sessions.session(tokenHash: token, now: now.addingTimeInterval(61)) == nil)
            #expect(try await users.disable(email: "ada@ops.example", at: now))
            #expect(try await sessions.session(tokenHash: token, now: now) == nil)
            #expect(try await users.disable(email: "ada@ops.example", at: now) == false)
            try await sessions.create(tokenHash: String(repeating: "b", count: 64), csrfToken: String(repeating: "c", count: 64), userID: limited.id, expiresAt: now)
            #expect(try await sessions.purge(before: now.addingTimeInterval(1)) == 1)
        }
    }

    @Test("the findings list filters, scopes to stores, sorts by silence and pages by keyset without gaps")
    func findingsPages() async throws {
        try await withTestDatabase { db in
            let ids = try await Self.seed(db)
            let reader = PostgresOpsDashboard(database: db, carriers: CarrierCatalog.roster.carriers)
            let now = FindingsFixtures.now
            let all = try await reader.findings(OpsFindingFilter(limit: 10), now: now)
            // Longest silence first, never-scanned last.
            #expect(all.rows.map(\.shipmentID) == [ids[1], ids[0], ids[3], ids[2]])
            #expect(all.next == nil)
            var seen: [Int64] = []
            var filter = OpsFindingFilter(limit: 1)
            while true {
                let page = try await reader.findings(filter, now: now)
                seen += page.rows.map(\.shipmentID)
                guard let next = page.next else { break }
                filter.after = next
            }
            #expect(seen == all.rows.map(\.shipmentID))
            let newest = try await reader.findings(OpsFindingFilter(sort: .shortestSilence, limit: 10), now: now)
            #expect(newest.rows.map(\.shipmentID) == [ids[2], ids[3], ids[0], ids[1]])
            let scoped = try await reader.findings(OpsFindingFilter(scope: OpsStoreScope(stores: ["other"]), limit: 10), now: now)
            #expect(scoped.rows.map(\.store) == ["other"])
            let filtered = try await reader.findings(
                OpsFindingFilter(carrier: .ups, rule: .customsStall, severity: .act, stage: .customsHeld, minDaysSilent: 4, limit: 10), now: now)
            #expect(filtered.rows.map(\.shipmentID) == [ids[0]])
            #expect(filtered.rows.first?.remedyStatus == "proposed")
            #expect(filtered.rows.first?.daysSinceLastEvent(now: now) == 5)
        }
    }

    @Test("a decision goes through the CLI's transition and audit path with the user as actor, and the shipment page shows it")
    func decisionsAreAudited() async throws {
        try await withTestDatabase { db in
            let ids = try await Self.seed(db)
            let desk = PostgresOpsDecisionDesk(database: db)
            let reader = PostgresOpsDashboard(database: db, carriers: CarrierCatalog.roster.carriers)
            let detail = try #require(try await reader.shipment(id: ids[0], scope: .everyStore))
            let remedy = try #require(detail.remedies.first)
            #expect(remedy.status == "proposed" && remedy.message == "Hello")
            await #expect(throws: OpsDecisionError.self) {
                _ = try await desk.decide(remedyID: remedy.id, .execute, actor: "ada@ops.example", note: nil)
            }
            let approved = try await desk.decide(remedyID: remedy.id, .approve, actor: "ada@ops.example", note: "ok")
            #expect(approved.status == "approved" && approved.decidedBy == "ada@ops.example")
            let entries = try await AuditLogRepository(database: db).entries(entity: "remedy", entityID: String(remedy.id))
            #expect(entries.last?.actor == "ada@ops.example" && entries.last?.action == "approved")
            let after = try #require(try await reader.shipment(id: ids[0], scope: .everyStore))
            #expect(after.audit.contains { $0.actor == "ada@ops.example" && $0.action == "approved" })
            #expect(after.audit.contains { $0.entity == "finding" && $0.action == "opened" })
            #expect(try await reader.shipment(id: ids[0], scope: OpsStoreScope(stores: ["other"])) == nil)
            await #expect(throws: OpsDecisionError.notFound(id: 999_999)) {
                _ = try await desk.decide(remedyID: 999_999, .approve, actor: "ada@ops.example", note: nil)
            }
        }
    }

    @Test("the overview counts open findings by severity, rule and carrier within the user's stores")
    func overviewCounts() async throws {
        try await withTestDatabase { db in
            let ids = try await Self.seed(db)
            let reader = PostgresOpsDashboard(database: db, carriers: CarrierCatalog.roster.carriers)
            let now = FindingsFixtures.now
            let all = try await reader.overview(scope: .everyStore, now: now)
            #expect(all.openBySeverity == [OpsCount(label: "act", count: 2), OpsCount(label: "watch", count: 2)])
            #expect(all.openByRule.first == OpsCount(label: "customs_stall", count: 3))
            #expect(all.remediesWaiting == 2)
            #expect(all.stallsByCarrier == [OpsCount(label: "ups", count: 3), OpsCount(label: "dhl", count: 1)])
            #expect(all.oldestStall?.shipmentID == ids[1])
            #expect(all.daysSilent.contains(OpsSilenceCount(days: nil, count: 1)))
            #expect(all.daysSilent.contains(OpsSilenceCount(days: 9, count: 1)))
            let other = try await reader.overview(scope: OpsStoreScope(stores: ["other"]), now: now)
            #expect(other.openBySeverity == [OpsCount(label: "act", count: 1)])
            #expect(other.delayedByCarrier == [OpsCount(label: "dhl", count: 1)])
            let health = try await reader.pollHealth(scope: .everyStore, now: now)
            #expect(health.carriers.count == CarrierCatalog.roster.carriers.count)
        }
    }
}
