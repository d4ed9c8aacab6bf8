import Foundation
import MetricsTestKit
import PostgresNIO
import ShipwatchStore
import ShipwatchTestSupport
import Testing

@Suite("Database pool use, measured around every lease")
struct DatabasePoolMetricsTests {
    @Test("every connection and transaction lease is timed, and nothing stays leased or waiting afterwards")
    func everyLeaseIsMeasured() async throws {
        try await withTestDatabase { db in
            let metrics = TestMetrics()
            let metered = Database(
                client: db.client, logger: db.logger, poolMetrics: DatabasePoolMetrics(maximumConnections: 4, factory: metrics))
            for _ in 0..<3 {
                try await metered.withConnection { connection in
                    _ = try await connection.query("SELECT 1", logger: metered.logger).collect()
                }
            }
            try await metered.withTransaction { connection in
                _ = try await connection.query("SELECT 1", logger: metered.logger).collect()
            }
            #expect(try metrics.expectGauge("shipwatch_db_pool_connections_max").lastValue == 4)
            #expect(try metrics.expectTimer("shipwatch_db_pool_acquire_seconds").values.count == 4)
            #expect(try metrics.expectTimer("shipwatch_db_pool_hold_seconds").values.count == 4)
            #expect(try metrics.expectMeter("shipwatch_db_pool_in_use").values.max() == 1)
            #expect(try metrics.expectMeter("shipwatch_db_pool_in_use").lastValue == 0)
            #expect(try metrics.expectMeter("shipwatch_db_pool_waiting").lastValue == 0)
            #expect(metrics.counterTotal(label: "shipwatch_db_pool_lease_failures_total") == 0)
        }
    }

    @Test("callers beyond the pool's connections wait, the wait is timed, and a cancelled wait counts as a failure")
    func waitsAndFailuresAreMeasured() async throws {
        try await withTestDatabase { db in
            let metrics = TestMetrics()
            // The test database's pool has 4 connections.
            let metered = Database(
                client: db.client, logger: db.logger, poolMetrics: DatabasePoolMetrics(maximumConnections: 4, factory: metrics))
            let inUse = try metrics.expectMeter("shipwatch_db_pool_in_use")
            let waiting = try metrics.expectMeter("shipwatch_db_pool_waiting")
            // The four holders keep their connections until the gate opens, however slowly a loaded machine lends
            // them (a fixed sleep could end before the last one is lent, and nobody would ever wait).
            let gate = Gate()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        try await metered.withConnection { connection in
                            _ = try await connection.query("SELECT 1", logger: metered.logger).collect()
                            await gate.wait()
                        }
                    }
                }
                try await waitUntil { inUse.lastValue == 4 }
                let cancelled = Task {
                    try await metered.withConnection { connection in
                        _ = try await connection.query("SELECT 1", logger: metered.logger).collect()
                    }
                }
                try await waitUntil { waiting.lastValue == 1 }
                cancelled.cancel()
                await #expect(throws: (any Error).self) { try await cancelled.value }
                // Now one that waits its turn: the holders let go a little later.
                group.addTask {
                    try await Task.sleep(for: .milliseconds(300))
                    await gate.open()
                }
                let started = ContinuousClock.now
                try await metered.withConnection { connection in
                    _ = try await connection.query("SELECT 1", logger: metered.logger).collect()
                }
                #expect(ContinuousClock.now - started > .milliseconds(100))
                try await group.waitForAll()
            }
            #expect(metrics.counterTotal(label: "shipwatch_db_pool_lease_failures_total") == 1)
            let acquireTimes = try metrics.expectTimer("shipwatch_db_pool_acquire_seconds").values
            #expect(acquireTimes.count == 5)
            #expect((acquireTimes.max() ?? 0) > 100_000_000, "the fifth caller waited for a connection (ns)")
            #expect(inUse.lastValue == 0)
            #expect(waiting.lastValue == 0)
        }
    }

    /// Polls `condition` every 10 ms for up to 10 s; throws when it never held.
    private func waitUntil(_ condition: () throws -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(10)
        while try !condition() {
            guard ContinuousClock.now < deadline else { throw TimedOut() }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    private struct TimedOut: Error {}

    /// Holds its waiters until opened; once open, never holds again.
    private actor Gate {
        private var isOpen = false
        private var waiters: [CheckedContinuation<Void, Never>] = []

        func wait() async {
            guard !isOpen else { return }
            await withCheckedContinuation { waiters.append($0) }
        }

        func open() {
            isOpen = true
            for waiter in waiters { waiter.resume() }
            waiters = []
        }
    }
}
