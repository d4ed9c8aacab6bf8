import CarrierUPS
import Foundation
import PostgresNIO
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

/// When a quota cannot cover everything due, parcels whose next scan can decide a finding are claimed first.
@Suite("Poll priority of parcels whose next scan can decide a finding")
struct PollPriorityTests {
    static func priorities(_ ids: [Int64], _ db: Database) async throws -> [Int64: Int] {
        try await db.withConnection { connection in
            let rows = try await connection.query("SELECT id, poll_priority FROM shipments WHERE id = ANY(\(ids))", logger: db.logger)
            var result: [Int64: Int] = [:]
            for try await (id, priority) in rows.decode((Int64, Int32).self) { result[id] = Int(priority) }
            return result
        }
    }

    @Test("an open finding or a rule ripening before the next poll raises a parcel to the deciding priority; others keep theirs")
    func decidingParcelsGoFirst() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(4, in: db)
            let (withFinding, ripening, ordinary, outForDelivery) = (ids[0], ids[1], ids[2], ids[3])
            let now = Date()
            let nextPoll = now.addingTimeInterval(2 * 3_600)
            try await EvaluationScheduleTests.evaluate([withFinding, ordinary, outForDelivery], next: now.addingTimeInterval(30 * 86_400), db)
            try await EvaluationScheduleTests.evaluate([ripening], next: now.addingTimeInterval(3_600), db)
            try await db.withConnection { connection in
                try await connection.query(
                    "INSERT INTO findings (shipment_id, rule, severity) VALUES (\(withFinding), 'customs_stall', 'watch')", logger: db.logger)
            }

            let polls = PollRepository(database: db)
            let claimed = try await polls.claim(carrier: .ups, owner: "test", limit: 10, leaseSeconds: 60, now: now.addingTimeInterval(3_600))
            #expect(Set(claimed.map(\.id)) == Set(ids))
            try await polls.complete(
                ids.map { PollCompletion(shipmentID: $0, nextPollAt: nextPoll, consecutiveFailures: 0, priority: $0 == outForDelivery ? 0 : 2) },
                attempts: [], runID: nil, owner: "test", now: now)

            let stored = try await Self.priorities(ids, db)
            #expect(stored[withFinding] == PollSchedule.decidingPriority)
            #expect(stored[ripening] == PollSchedule.decidingPriority)
            #expect(stored[ordinary] == 2)
            #expect(stored[outForDelivery] == 0)
        }
    }
}
