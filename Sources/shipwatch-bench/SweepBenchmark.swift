import ArgumentParser
import Foundation
import Logging
import PostgresNIO
import ShipwatchApp
import ShipwatchCore
import ShipwatchStore

/// The evaluation sweep every `shipwatch poll` run makes, over N active shipments (`BenchmarkDataSet`'s mix):
/// when nothing is due (the cost a quiet run adds) and when 1 % is due (each due shipment loaded, judged and
/// reconciled, its next evaluation written). Prints the figures with their context.
struct SweepBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep", abstract: "The poll run's evaluation sweep over generated active shipments.")

    @Option(help: "Shipments to generate.") var shipments: Int = 1_000_000
    @Option(help: "Sweeps timed per figure (the median is reported).") var repeats: Int = 5
    @Option(name: .customLong("database-url"), help: "A PostgreSQL database the benchmark may wipe.") var databaseURL: String

    func run() async throws {
        var logger = Logger(label: "bench")
        logger.logLevel = .error
        let url = try DatabaseURL(parsing: databaseURL)
        let config = BenchStores.config
        let context = ShipwatchContext(config: config, logger: logger)
        let now = Date()
        try await Database.with(url: url, logger: logger, maximumConnections: 8) { database in
            try await BenchStores.resetDatabase(database, config: config)
            let started = ContinuousClock.now
            let events = try await BenchmarkDataSet.generate(count: shipments, stores: config.stores.keys.sorted(), now: now, database: database)
            // Nothing due: every shipment's next evaluation lies 1 to 100 hours ahead.
            try await Self.schedule(database, "UPDATE shipments SET next_evaluation_at = \(now) + (1 + id % 100) * interval '1 hour'")
            try await BenchmarkDataSet.vacuumAnalyze(database: database)
            print(String(
                format: "sweep: data set: %d shipments, %d scans, generated and vacuumed in %.1f s",
                shipments, events, BenchFormat.seconds(ContinuousClock.now - started)))
            print("sweep: context: \(Self.context())")

            let sweep = EvaluationSweep(evaluator: FindingsEvaluator(context: context, database: database))
            var quiet: [Double] = []
            for _ in 0..<max(1, repeats) {
                let summary = try await sweep.run(now: now, deadline: .now + .seconds(600))
                quiet.append(summary.evaluation.seconds)
            }
            print(String(format: "sweep: nothing due: median %.4f s over %d sweeps (goal < 1 s)", Self.median(quiet), quiet.count))

            var due: [Double] = []
            var evaluated = 0
            var line = ""
            for round in 0..<max(1, repeats) {
                // 1 % due, a different 1 % each round, spread over the whole mix (the data set's kinds go by id % 100);
                // the earlier rounds' findings stay, as a live database's do.
                try await Self.schedule(
                    database,
                    "UPDATE shipments SET next_evaluation_at = \(now) - interval '1 minute' WHERE (id * 7919) % 10000 / 100 = \(round % 100)")
                try await BenchmarkDataSet.vacuumAnalyze(database: database)
                let summary = try await sweep.run(now: now, deadline: .now + .seconds(600))
                due.append(summary.evaluation.seconds)
                evaluated = summary.evaluation.shipmentsEvaluated
                line = summary.line ?? "no changes"
            }
            let median = Self.median(due)
            print(String(
                format: "sweep: 1%% due (%d shipments): median %.2f s over %d sweeps, %.0f shipments/s; last: %@",
                evaluated, median, due.count, median > 0 ? Double(evaluated) / median : 0, line as NSString))
            let after = try await sweep.run(now: now, deadline: .now + .seconds(600))
            print(String(format: "sweep: after them, nothing due again: %.4f s", after.evaluation.seconds))
            print(String(format: "sweep: peak RSS %.1f MiB", BenchFormat.peakResidentMiB()))
        }
    }

    private static func schedule(_ database: Database, _ query: PostgresQuery) async throws {
        try await database.withConnection { connection in
            _ = try await connection.query(query, logger: database.logger)
        }
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    /// Cores and load average, from the system.
    static func context() -> String {
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
            .split(separator: " ").prefix(3).joined(separator: " ") ?? "unknown"
        return "\(ProcessInfo.processInfo.activeProcessorCount) cores, load \(load)"
    }
}
