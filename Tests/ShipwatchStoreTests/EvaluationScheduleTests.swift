import CarrierUPS
import Foundation
import PostgresNIO
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("Evaluation schedule: next_evaluation_at bookkeeping")
struct EvaluationScheduleTests {
    static let far = Date().addingTimeInterval(30 * 86_400)

    /// The shipment's `next_evaluation_at`.
    static func nextEvaluation(_ id: Int64, _ db: Database) async throws -> Date? {
        try await db.withConnection { connection in
            let rows = try await connection.query("SELECT next_evaluation_at FROM shipments WHERE id = \(id)", logger: db.logger).collect()
            return try rows.first?.decode(Date?.self) ?? nil
        }
    }

    /// Loads and reconciles the shipments with the given next evaluations (what an evaluator does).
    static func evaluate(_ ids: [Int64], next: Date?, _ db: Database) async throws {
        let inputs = try await EvaluationInputLoader(database: db).load(shipmentIDs: ids)
        _ = try await FindingRepository(database: db).reconcile(
            evaluated: ids, findings: [],
            schedule: inputs.map { ScheduledEvaluation(shipmentID: $0.shipment.id, loaded: $0.loadedNextEvaluationAt, next: next) })
    }

    @Test("a new shipment is due for evaluation at once")
    func newShipmentsAreDue() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(2, in: db)
            let due = try await EvaluationSchedule(database: db).due(asOf: Date().addingTimeInterval(1), after: nil, limit: 10)
            #expect(due.map(\.shipmentID).sorted() == ids.sorted())
        }
    }

    @Test("an evaluation writes the next instant in the transaction of its results, and the shipment leaves the due set")
    func evaluationWritesTheNextInstant() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(2, in: db)
            try await Self.evaluate([ids[0]], next: Self.far, db)
            try await Self.evaluate([ids[1]], next: nil, db)
            let stored = try #require(try await Self.nextEvaluation(ids[0], db))
            #expect(abs(stored.timeIntervalSince(Self.far)) < 0.001)
            #expect(try await Self.nextEvaluation(ids[1], db) == nil)
            let schedule = EvaluationSchedule(database: db)
            #expect(try await schedule.due(asOf: Date().addingTimeInterval(60), after: nil, limit: 10).isEmpty)
            #expect(try await schedule.due(asOf: Self.far.addingTimeInterval(1), after: nil, limit: 10).map(\.shipmentID) == [ids[0]])
        }
    }

    @Test("new scans mark the shipment due in the ingest transaction; a re-ingest with nothing new leaves it alone")
    func ingestMarksChanges() async throws {
        try await withTestDatabase { db in
            let id = try await FindingsFixtures.shipments(1, in: db)[0]
            let ingest = EventIngest(database: db)
            let scans = [StoreFixtures.scan(.accepted, code: "OR", hours: 0), StoreFixtures.scan(.sortArrived, code: "AR", hours: 5, sequence: 1)]
            _ = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: scans)])
            try await Self.evaluate([id], next: Self.far, db)

            _ = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: scans)])
            let unchanged = try #require(try await Self.nextEvaluation(id, db))
            #expect(abs(unchanged.timeIntervalSince(Self.far)) < 0.001, "a re-ingest of known scans made the shipment due")

            let before = Date()
            _ = try await ingest.ingest([ShipmentIngest(shipmentID: id, events: [StoreFixtures.scan(.sortDeparted, code: "DP", hours: 9, sequence: 2)])])
            let marked = try #require(try await Self.nextEvaluation(id, db))
            #expect(marked < before.addingTimeInterval(5) && marked > before.addingTimeInterval(-5))
        }
    }

    @Test("a change committed after the evaluation loaded the shipment stays due: the evaluation does not overwrite it")
    func compareAndSet() async throws {
        try await withTestDatabase { db in
            let id = try await FindingsFixtures.shipments(1, in: db)[0]
            let inputs = try await EvaluationInputLoader(database: db).load(shipmentIDs: [id])
            // A poll run ingests a scan (and is killed before evaluating it) while this evaluation runs.
            _ = try await EventIngest(database: db).ingest([
                ShipmentIngest(shipmentID: id, events: [StoreFixtures.scan(.customsHeld, code: "CH", hours: 1)]),
            ])
            let markedByIngest = try #require(try await Self.nextEvaluation(id, db))
            _ = try await FindingRepository(database: db).reconcile(
                evaluated: [id], findings: [],
                schedule: [ScheduledEvaluation(shipmentID: id, loaded: inputs[0].loadedNextEvaluationAt, next: Self.far)])
            #expect(try await Self.nextEvaluation(id, db) == markedByIngest)
            let due = try await EvaluationSchedule(database: db).due(asOf: Date().addingTimeInterval(1), after: nil, limit: 10)
            #expect(due.map(\.shipmentID) == [id])
        }
    }

    @Test("a first not-found answer marks the shipment due, a repeated one does not")
    func firstNotFoundMarks() async throws {
        try await withTestDatabase { db in
            let id = try await FindingsFixtures.shipments(1, in: db)[0]
            try await Self.evaluate([id], next: nil, db)
            let polls = PollRepository(database: db)
            let now = Date()
            // As PollDecisions.notFound does: the stored start of the not-found run, else now.
            func answerNotFound() async throws {
                let claimed = try await polls.claim(carrier: .ups, owner: "test", limit: 1, leaseSeconds: 60, now: now.addingTimeInterval(3_600))
                #expect(claimed.map(\.id) == [id])
                let since = claimed.first?.notFoundSince ?? now
                try await polls.complete(
                    [PollCompletion(shipmentID: id, nextPollAt: now, consecutiveFailures: 1, notFoundSince: since, lastError: "not found")],
                    attempts: [], runID: nil, owner: "test", now: now)
            }
            try await answerNotFound()
            let marked = try #require(try await Self.nextEvaluation(id, db))
            #expect(abs(marked.timeIntervalSince(now)) < 0.001)

            try await Self.evaluate([id], next: nil, db)
            try await answerNotFound()
            #expect(try await Self.nextEvaluation(id, db) == nil)
        }
    }

    @Test("a sweep walks the due shipments in pages, oldest due first, and never returns one twice")
    func pages() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(5, in: db)
            // Due at different instants: the last shipment first.
            for (offset, id) in ids.reversed().enumerated() {
                try await Self.evaluate([id], next: Date().addingTimeInterval(-3_600 + Double(offset)), db)
            }
            let schedule = EvaluationSchedule(database: db)
            let now = Date()
            var seen: [Int64] = []
            var position: EvaluationSchedule.Position?
            while true {
                let page = try await schedule.due(asOf: now, after: position, limit: 2)
                guard let last = page.last else { break }
                seen += page.map(\.shipmentID)
                position = last
                // Marked due again while the sweep runs (a later now()): left for the next sweep.
                try await Self.evaluate(page.map(\.shipmentID), next: now.addingTimeInterval(1), db)
            }
            #expect(seen == Array(ids.reversed()))
            #expect(try await schedule.dueCount(asOf: now) == 0)
        }
    }

    @Test("a change of a store's policy makes its shipments due; a re-sync of the same policy does not")
    func policyChange() async throws {
        try await withTestDatabase { db in
            let ids = try await FindingsFixtures.shipments(2, in: db)
            try await Self.evaluate(ids, next: Self.far, db)
            let stores = StoreRepository(database: db)
            try await stores.upsert(key: "default", displayName: "Default", policyJSON: "{}")
            #expect(try await EvaluationSchedule(database: db).dueCount(asOf: Date().addingTimeInterval(1)) == 0)
            try await stores.upsert(key: "default", displayName: "Default", policyJSON: #"{"thresholds":{"customs_stall":{"watch_days":1}}}"#)
            #expect(try await EvaluationSchedule(database: db).dueCount(asOf: Date().addingTimeInterval(1)) == 2)
        }
    }
}
