import Foundation
import PostgresNIO
import ShipwatchCore
import ShipwatchStore
import ShipwatchTestSupport
import Testing

/// One shipment's bad data is that shipment's rejection; the rest of the batch is stored.
@Suite("ingest isolation")
struct IngestIsolationTests {
    @Test("a scan beyond ±18 h is rejected before the database, NUL is cleaned, and the other shipments are stored")
    func badShipmentIsIsolated() async throws {
        try await withTestDatabase { db in
            let ids = try await EventIngestTests.shipments(3, in: db)
            var beyond = StoreFixtures.scan(.sortArrived, code: "AR", hours: 10)
            beyond.utcOffsetSeconds = 19 * 3_600
            let nul = StoreFixtures.scan(.inTransit, code: "IT", hours: 12, city: "Mem\u{0}phis", description: "Departed\u{0} facility", raw: "{\"d\":\"a\u{0}b\"}")
            let outcome = try await EventIngest(database: db).ingestIsolating([
                ShipmentIngest(shipmentID: ids[0], events: EventIngestTests.journey),
                ShipmentIngest(shipmentID: ids[1], events: [beyond]),
                ShipmentIngest(shipmentID: ids[2], events: [nul], service: "Ground\u{0}"),
            ])
            #expect(outcome.stored.map(\.shipmentID) == [ids[0], ids[2]])
            #expect(outcome.rejected == [IngestRejection(shipmentID: ids[1], reason: ScanEventProblem.offsetOutOfRange(seconds: 68_400).description)])
            let stored = try await ShipmentRepository(database: db).events(shipmentID: ids[2])
            #expect(stored.map(\.description) == ["Departed facility"])
            #expect(stored.map(\.location.city) == ["Memphis"])
            #expect(try await ShipmentRepository(database: db).events(shipmentID: ids[1]).isEmpty)
        }
    }

    @Test("a batch the database refuses is retried shipment by shipment, and only the refused one is rejected")
    func databaseRefusalIsIsolated() async throws {
        try await withTestDatabase { db in
            let ids = try await EventIngestTests.shipments(2, in: db)
            // A constraint only this test adds stands in for anything else PostgreSQL might refuse in one row.
            try await db.withConnection { connection in
                _ = try await connection.query(
                    "ALTER TABLE scan_events ADD CONSTRAINT test_no_forbidden CHECK (carrier_code <> 'FORBIDDEN')", logger: db.logger)
            }
            let outcome = try await EventIngest(database: db).ingestIsolating([
                ShipmentIngest(shipmentID: ids[0], events: [StoreFixtures.scan(.sortArrived, code: "FORBIDDEN", hours: 3)]),
                ShipmentIngest(shipmentID: ids[1], events: EventIngestTests.journey),
            ])
            #expect(outcome.stored.map(\.shipmentID) == [ids[1]])
            #expect(outcome.rejected.map(\.shipmentID) == [ids[0]])
            #expect(outcome.rejected.first?.reason.contains("23514") == true, "\(outcome.rejected)")
            #expect(try await ShipmentRepository(database: db).events(shipmentID: ids[1]).count == 4)
        }
    }
}

/// Transient faults are retried; data errors and timeouts are not.
@Suite("database faults")
struct DatabaseFaultTests {
    @Test("a connection terminated by the server (57P01) is retried on a fresh connection")
    func terminatedConnectionIsRetried() async throws {
        try await withTestDatabase { db in
            var attempts = 0
            let answer = try await db.withConnection { connection in
                attempts += 1
                if attempts == 1 {
                    _ = try await connection.query("SELECT pg_terminate_backend(pg_backend_pid())", logger: db.logger).collect()
                }
                return try await connection.query("SELECT 42", logger: db.logger).collect().first?.decode(Int.self)
            }
            #expect(answer == 42)
            #expect(attempts == 2)
        }
    }

    @Test("a constraint violation is a data error, not retried")
    func dataErrorIsNotRetried() async throws {
        try await withTestDatabase { db in
            var attempts = 0
            await #expect(throws: (any Error).self) {
                try await db.withConnection { connection in
                    attempts += 1
                    _ = try await connection.query("SELECT 1 / 0", logger: db.logger).collect()
                }
            }
            #expect(attempts == 1)
            do {
                try await db.withConnection { connection in _ = try await connection.query("SELECT 1 / 0", logger: db.logger).collect() }
            } catch {
                #expect(DatabaseFault.isDataError(error))
                #expect(!DatabaseFault.isTransient(error))
            }
        }
    }

    @Test("every statement is bounded by statement_timeout")
    func statementTimeout() async throws {
        let server = try TestDatabase.serverURL()
        try await Database.with(url: server, logger: TestDatabase.logger, maximumConnections: 1, statementTimeout: .milliseconds(300)) { db in
            let started = ContinuousClock.now
            do {
                try await db.withConnection { connection in _ = try await connection.query("SELECT pg_sleep(60)", logger: db.logger).collect() }
                Issue.record("pg_sleep(60) was not cancelled")
            } catch {
                #expect(Database.describe(error).contains("57014"), "\(Database.describe(error))")
                #expect(!DatabaseFault.isTransient(error))
            }
            // Long before pg_sleep(60) would end (the 300 ms timeout cancelled it), with room for a loaded machine.
            #expect(ContinuousClock.now - started < .seconds(30))
        }
    }

    @Test("the retry policy stops at its attempts or before its deadline")
    func retryPolicy() {
        let brief = DatabaseRetryPolicy.brief
        #expect(brief.delay(afterAttempt: 1) == .milliseconds(100))
        #expect(brief.delay(afterAttempt: 5) == .milliseconds(1_600))
        #expect(brief.delay(afterAttempt: 6) == nil)
        let now = ContinuousClock.now
        let bounded = DatabaseRetryPolicy.until(now + .seconds(1))
        #expect(bounded.delay(afterAttempt: 40, now: now) == nil, "a 2 s pause would end past the deadline")
        #expect(bounded.delay(afterAttempt: 1, now: now) == .milliseconds(100))
    }
}

/// Runs killed without recording themselves are closed as abandoned once they cannot be alive.
@Suite("abandoned runs")
struct AbandonedRunTests {
    @Test("a run still open after its expiry becomes abandoned; one before its expiry stays running")
    func markAbandoned() async throws {
        try await withTestDatabase { db in
            let runs = PollRunRepository(database: db)
            let t0 = StoreFixtures.referenceInstant
            let dead = try await runs.start(owner: "a", host: "h", pid: 1, limitsJSON: "{}", expiresAt: t0.addingTimeInterval(60), now: t0)
            let alive = try await runs.start(owner: "b", host: "h", pid: 2, limitsJSON: "{}", expiresAt: t0.addingTimeInterval(600), now: t0)
            #expect(try await runs.markAbandoned(now: t0.addingTimeInterval(59)) == [])
            #expect(try await runs.markAbandoned(now: t0.addingTimeInterval(61)) == [dead])
            let recent = try await runs.recent(limit: 10)
            #expect(recent.first { $0.id == dead }?.status == "abandoned")
            #expect(recent.first { $0.id == dead }?.error?.contains("abandoned") == true)
            #expect(recent.first { $0.id == alive }?.status == "running")
            #expect(try await runs.markAbandoned(now: t0.addingTimeInterval(61)) == [], "marking twice changes nothing")
        }
    }

    @Test("opening a run twice with one owner (a retried INSERT) leaves one row")
    func startIsIdempotent() async throws {
        try await withTestDatabase { db in
            let runs = PollRunRepository(database: db)
            let t0 = StoreFixtures.referenceInstant
            let first = try await runs.start(owner: "same", host: "h", pid: 1, limitsJSON: "{}", expiresAt: t0, now: t0)
            let second = try await runs.start(owner: "same", host: "h", pid: 1, limitsJSON: "{}", expiresAt: t0, now: t0)
            #expect(first == second)
            #expect(try await runs.recent(limit: 10).count == 1)
        }
    }
}
