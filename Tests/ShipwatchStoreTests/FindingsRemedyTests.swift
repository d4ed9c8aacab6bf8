import Foundation
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("Findings remedies")
struct FindingsRemedyTests {
    @Test func proposedOnceAndWithdrawnWhenTheFindingResolves() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(1, in: db)
            let findings = FindingRepository(database: db)
            let remedies = RemedyRepository(database: db)
            let act = [FindingsFixtures.record(ids[0], .customsStall, .act, remedy: FindingsFixtures.choice)]

            let first = try await findings.reconcile(evaluated: ids, findings: act)
            #expect(first.opened == 1)
            #expect(first.proposed == 1)
            #expect(try await findings.reconcile(evaluated: ids, findings: act).isEmpty)
            let listed = try await remedies.list()
            #expect(listed.count == 1)
            let remedy = try #require(listed.first)
            #expect(remedy.status == .proposed)
            #expect(remedy.kind == "customer_choice")
            #expect(remedy.compensation == "an extra phone case")
            #expect(remedy.rule == .customsStall)

            let resolved = try await findings.reconcile(evaluated: ids, findings: [])
            #expect(resolved.resolved == 1)
            #expect(resolved.withdrawn == 1)
            let withdrawn = try #require(try await remedies.find(id: remedy.id))
            #expect(withdrawn.status == .withdrawn)
            #expect(withdrawn.decidedBy == "rules")
            #expect(withdrawn.decidedAt != nil)
            #expect(withdrawn.findingState == .resolved)
            let history = try await AuditLogRepository(database: db).entries(entity: "remedy", entityID: String(remedy.id))
            #expect(history.map(\.action) == ["proposed", "withdrawn"])
        }
    }

    @Test func watchFindingsProposeNothing() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(1, in: db)
            let changes = try await FindingRepository(database: db).reconcile(
                evaluated: ids, findings: [FindingsFixtures.record(ids[0], .customsStall, .watch, remedy: FindingsFixtures.choice)])
            #expect(changes.proposed == 0)
            #expect(try await RemedyRepository(database: db).list().isEmpty)
        }
    }

    @Test func neverProposedAgainAfterRejection() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(1, in: db)
            let findings = FindingRepository(database: db)
            let remedies = RemedyRepository(database: db)
            let act = [FindingsFixtures.record(ids[0], .customsStall, .act, remedy: FindingsFixtures.choice)]
            _ = try await findings.reconcile(evaluated: ids, findings: act)
            let remedy = try #require(try await remedies.list().first)
            let rejected = try await remedies.decide(id: remedy.id, .reject, by: "alice", note: "customer already contacted")
            #expect(rejected.status == .rejected)
            #expect(rejected.decidedBy == "alice")
            #expect(rejected.note == "customer already contacted")

            let again = try await findings.reconcile(evaluated: ids, findings: act)
            #expect(again.proposed == 0)
            #expect(try await remedies.list().map(\.status) == [.rejected])
        }
    }

    @Test func oneRemedyPerParcelAtATime() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(1, in: db)
            let findings = FindingRepository(database: db)
            let remedies = RemedyRepository(database: db)
            _ = try await findings.reconcile(
                evaluated: ids,
                findings: [FindingsFixtures.record(ids[0], .deliveryWindowExceeded, .act, remedy: FindingsFixtures.choice)])
            let first = try #require(try await remedies.list().first)
            try await remedies.decide(id: first.id, .approve, by: "alice", note: nil)

            // The remedy moves to a higher-priority finding: the parcel already has an approved remedy.
            let changes = try await findings.reconcile(
                evaluated: ids,
                findings: [
                    FindingsFixtures.record(ids[0], .customsStall, .act, remedy: FindingsFixtures.choice),
                    FindingsFixtures.record(ids[0], .deliveryWindowExceeded, .act),
                ])
            #expect(changes.opened == 1)
            #expect(changes.proposed == 0)
            #expect(try await remedies.list().count == 1)
        }
    }

    @Test func transitionsAndTheirErrors() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(2, in: db)
            let remedies = RemedyRepository(database: db)
            _ = try await FindingRepository(database: db).reconcile(
                evaluated: ids,
                findings: ids.map { FindingsFixtures.record($0, .customsStall, .act, remedy: FindingsFixtures.choice) })
            let listed = try await remedies.list(status: .proposed)
            #expect(listed.count == 2)
            let (approvedID, rejectedID) = (listed[0].id, listed[1].id)

            await #expect(throws: RemedyError.invalidTransition(id: approvedID, current: .proposed, decision: .markExecuted)) {
                try await remedies.decide(id: approvedID, .markExecuted, by: "bob", note: nil)
            }
            let approved = try await remedies.decide(id: approvedID, .approve, by: "bob", note: "refund the charm")
            #expect(approved.status == .approved)
            #expect(approved.decidedBy == "bob")
            #expect(approved.decidedAt != nil)
            await #expect(throws: RemedyError.invalidTransition(id: approvedID, current: .approved, decision: .approve)) {
                try await remedies.decide(id: approvedID, .approve, by: "bob", note: nil)
            }
            await #expect(throws: RemedyError.invalidTransition(id: approvedID, current: .approved, decision: .reject)) {
                try await remedies.decide(id: approvedID, .reject, by: "bob", note: nil)
            }
            let executed = try await remedies.decide(id: approvedID, .markExecuted, by: "carol", note: nil)
            #expect(executed.status == .executed)
            #expect(executed.decidedBy == "bob")
            #expect(executed.execution?.by == "carol")
            #expect(executed.note == "refund the charm")

            try await remedies.decide(id: rejectedID, .reject, by: "bob", note: nil)
            await #expect(throws: RemedyError.invalidTransition(id: rejectedID, current: .rejected, decision: .markExecuted)) {
                try await remedies.decide(id: rejectedID, .markExecuted, by: "bob", note: nil)
            }
            await #expect(throws: RemedyError.notFound(id: 999_999)) {
                try await remedies.decide(id: 999_999, .approve, by: "bob", note: nil)
            }
            #expect(
                RemedyError.invalidTransition(id: 7, current: .rejected, decision: .approve).description
                    == "remedy 7 is rejected: only a proposed remedy can be approved")

            let history = try await AuditLogRepository(database: db).entries(entity: "remedy", entityID: String(approvedID))
            #expect(history.map(\.action) == ["proposed", "approved", "executed"])
            #expect(history.map(\.actor) == ["rules", "bob", "carol"])
            #expect(try await remedies.list(status: .executed).map(\.id) == [approvedID])
            #expect(try await remedies.list(status: .rejected, store: "other").isEmpty)
        }
    }
}
