import Foundation
import PostgresNIO
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("Remedy lifecycle: rejections that hold, approvals and executions kept apart")
struct RemedyLifecycleTests {
    /// An `act` customs finding carrying a proposal that may be made again 7 days after a rejection.
    static func act(_ id: Int64, repeatDays: Double? = 7) -> FindingRecord {
        var record = FindingsFixtures.record(id, .customsStall, .act, remedy: FindingsFixtures.choice)
        record.remedyRepeatDays = repeatDays
        return record
    }

    /// Moves the rejection of `remedyID` `days` into the past.
    static func backdateDecision(_ remedyID: Int64, days: Double, _ db: Database) async throws {
        try await db.withConnection { connection in
            _ = try await connection.query(
                "UPDATE remedies SET decided_at = decided_at - \(days) * interval '1 day' WHERE id = \(remedyID)", logger: db.logger)
        }
    }

    static func rejectTheProposal(_ db: Database) async throws -> RemedyRecord {
        let remedies = RemedyRepository(database: db)
        let proposed = try #require(try await remedies.list(status: .proposed).first)
        return try await remedies.decide(id: proposed.id, .reject, by: "alice", note: "customer wants to wait")
    }

    @Test("a rejected remedy is not proposed again when its finding resolves and opens again")
    func rejectionSurvivesReopening() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(1, in: db)
            let findings = FindingRepository(database: db)
            _ = try await findings.reconcile(evaluated: ids, findings: [Self.act(ids[0])])
            _ = try await Self.rejectTheProposal(db)

            #expect(try await findings.reconcile(evaluated: ids, findings: []).resolved == 1)
            let reopened = try await findings.reconcile(evaluated: ids, findings: [Self.act(ids[0])])
            #expect(reopened.opened == 1)
            #expect(reopened.proposed == 0)
            #expect(try await RemedyRepository(database: db).list().map(\.status) == [.rejected])
        }
    }

    @Test("a rejected remedy is proposed again once the rule's act days have passed since the rejection")
    func proposedAgainWhenWorse() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(1, in: db)
            let findings = FindingRepository(database: db)
            _ = try await findings.reconcile(evaluated: ids, findings: [Self.act(ids[0])])
            let rejected = try await Self.rejectTheProposal(db)

            try await Self.backdateDecision(rejected.id, days: 6.9, db)
            #expect(try await findings.reconcile(evaluated: ids, findings: [Self.act(ids[0])]).proposed == 0)
            try await Self.backdateDecision(rejected.id, days: 0.2, db)
            #expect(try await findings.reconcile(evaluated: ids, findings: [Self.act(ids[0])]).proposed == 1)
            let statuses = try await RemedyRepository(database: db).list().map(\.status)
            #expect(statuses.sorted { $0.rawValue < $1.rawValue } == [.proposed, .rejected])
        }
    }

    @Test("a rejection of one rule does not hold back another rule's remedy")
    func otherRulesUnaffected() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(1, in: db)
            let findings = FindingRepository(database: db)
            _ = try await findings.reconcile(evaluated: ids, findings: [Self.act(ids[0])])
            _ = try await Self.rejectTheProposal(db)
            var window = FindingsFixtures.record(ids[0], .deliveryWindowExceeded, .act, remedy: FindingsFixtures.choice)
            window.remedyRepeatDays = 2
            let changes = try await findings.reconcile(evaluated: ids, findings: [Self.act(ids[0]), window])
            #expect(changes.proposed == 1)
        }
    }

    @Test("rejecting brings the shipment's next evaluation forward to the moment the rejection lapses")
    func rejectionSchedulesTheNextEvaluation() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(1, in: db)
            let findings = FindingRepository(database: db)
            let inputs = try await EvaluationInputLoader(database: db).load(shipmentIDs: ids)
            _ = try await findings.reconcile(
                evaluated: ids, findings: [Self.act(ids[0])],
                schedule: [ScheduledEvaluation(shipmentID: ids[0], loaded: inputs[0].loadedNextEvaluationAt, next: nil)])
            #expect(try await EvaluationScheduleTests.nextEvaluation(ids[0], db) == nil)
            let rejected = try await Self.rejectTheProposal(db)
            let next = try #require(try await EvaluationScheduleTests.nextEvaluation(ids[0], db))
            let decidedAt = try #require(rejected.decidedAt)
            #expect(abs(next.timeIntervalSince(decidedAt.addingTimeInterval(7 * 86_400))) < 1)

            // A later evaluation that finds nothing time-based keeps the lapse instant while the finding stands.
            let again = try await EvaluationInputLoader(database: db).load(shipmentIDs: ids)
            _ = try await findings.reconcile(
                evaluated: ids, findings: [Self.act(ids[0])],
                schedule: [ScheduledEvaluation(shipmentID: ids[0], loaded: again[0].loadedNextEvaluationAt, next: nil)])
            let kept = try #require(try await EvaluationScheduleTests.nextEvaluation(ids[0], db))
            #expect(abs(kept.timeIntervalSince(next)) < 1)
        }
    }

    @Test("marking a remedy executed keeps who approved it, when and why, next to who carried it out")
    func executionKeepsTheApproval() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(1, in: db)
            _ = try await FindingRepository(database: db).reconcile(evaluated: ids, findings: [Self.act(ids[0])])
            let remedies = RemedyRepository(database: db)
            let proposed = try #require(try await remedies.list(status: .proposed).first)
            let approved = try await remedies.decide(id: proposed.id, .approve, by: "bob", note: "refund the charm")
            #expect(approved.execution == nil)
            let executed = try await remedies.decide(id: proposed.id, .markExecuted, by: "carol", note: "refunded in Shopify")
            #expect(executed.status == .executed)
            #expect(executed.decidedBy == "bob")
            #expect(executed.decidedAt == approved.decidedAt)
            #expect(executed.note == "refund the charm")
            let execution = try #require(executed.execution)
            #expect(execution.by == "carol")
            #expect(execution.note == "refunded in Shopify")
            #expect(execution.at >= (approved.decidedAt ?? .distantFuture))
        }
    }
}
