import Foundation
import Logging
import PostgresNIO
import ShipwatchStore
import ShipwatchTestSupport
import Testing

/// Every database attempt has a deadline that does not depend on the pool or the server giving up first.
@Suite("Database deadlines")
struct DatabaseDeadlineTests {
    @Test("a pool that never lends a connection gives a timeout at the lease deadline, not a wait forever")
    func leaseDeadline() async throws {
        // Nothing listens on port 1: PostgresNIO's pool keeps backing off and trying to connect, and a lease
        // request waits until its circuit breaker trips a minute later.
        let url = DatabaseURL(endpoint: .tcp(host: "127.0.0.1", port: 1), username: "nobody", password: nil, tlsMode: .disable)
        let client = PostgresClient(configuration: url.clientConfiguration(), backgroundLogger: TestDatabase.logger)
        let running = Task { await client.run() }
        defer { running.cancel() }
        let database = Database(
            client: client, logger: TestDatabase.logger, retryPolicy: .none,
            deadlines: DatabaseDeadlines(connectionLease: .milliseconds(500), operation: nil))
        let started = ContinuousClock.now
        await #expect {
            try await database.withConnection { connection in
                try await connection.query("SELECT 1", logger: database.logger)
            }
        } throws: { error in
            (error as? DatabaseTimeout)?.phase == .connectionLease && DatabaseFault.isTransient(error)
        }
        #expect(ContinuousClock.now - started < .seconds(5))
    }

    @Test("work that outlives the operation deadline is ended by closing its connection, and the pool goes on")
    func operationDeadline() async throws {
        try await withTestDatabase { db in
            var database = db
            database.retryPolicy = .none
            database.deadlines = DatabaseDeadlines(connectionLease: .seconds(5), operation: .milliseconds(500))
            let started = ContinuousClock.now
            // A statement, not a transaction: PostgresNIO 1.33.2 can leave the ROLLBACK written to the closed
            // connection unanswered (the defect behind ConnectionPools); the poll watchdog bounds that case.
            await #expect {
                try await database.withConnection { connection in
                    try await connection.query("SELECT pg_sleep(20)", logger: database.logger)
                }
            } throws: { error in
                (error as? DatabaseTimeout)?.phase == .operation
            }
            #expect(ContinuousClock.now - started < .seconds(10))
            // The closed connection may come back from the pool once more: that lease fails as a transient fault,
            // and the retry gets a live connection, as every caller's default policy allows.
            database.retryPolicy = .brief
            let answer = try await database.withConnection { connection in
                try await connection.query("SELECT 41 + 1", logger: database.logger).collect().first?.decode(Int.self)
            }
            #expect(answer == 42)
        }
    }

    @Test("a bounded run shortens both deadlines to the time it has left")
    func boundedByTheRun() {
        let now = ContinuousClock.now
        #expect(DatabaseDeadlines.bounded(.seconds(15), by: now + .seconds(3), now: now) == .seconds(3))
        #expect(DatabaseDeadlines.bounded(nil, by: now + .seconds(3), now: now) == .seconds(3))
        #expect(DatabaseDeadlines.bounded(.seconds(15), by: now - .seconds(3), now: now) == .seconds(1))
        #expect(DatabaseDeadlines.bounded(.seconds(15), by: nil, now: now) == .seconds(15))
        #expect(DatabaseDeadlines.bounded(nil, by: nil, now: now) == nil)
        #expect(DatabaseDeadlines.forStatementTimeout(.seconds(60)).operation == .seconds(125))
    }
}
