import ArgumentParser
import Foundation
import Logging
import ShipwatchApp
import ShipwatchCore
import ShipwatchStore

/// Rule evaluation and the delay report over a generated data set of N shipments (`BenchmarkDataSet` describes
/// the mix): `shipwatch evaluate` twice (the first run opens every finding, the second is the steady state) and
/// `shipwatch report delays` in each format. Prints the figures with their context.
struct EvaluateBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate", abstract: "Rule evaluation and delay report over generated shipments.")

    @Option(help: "Shipments to generate.") var shipments: Int = 1_000_000
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

            var started = ContinuousClock.now
            let events = try await BenchmarkDataSet.generate(count: shipments, stores: config.stores.keys.sorted(), now: now, database: database)
            // A live database has been vacuumed by autovacuum: hint bits set, statistics current.
            try await BenchmarkDataSet.vacuumAnalyze(database: database)
            print(String(
                format: "evaluate: data set: %d shipments, %d scans, generated and vacuumed in %.1f s",
                shipments, events, BenchFormat.seconds(ContinuousClock.now - started)))

            let evaluator = FindingsEvaluator(context: context, database: database)
            let first = try await evaluator.evaluateActive(since: nil, now: now)
            print("evaluate: first run (opens every finding): \(Self.describe(first))")
            try await BenchmarkDataSet.vacuumAnalyze(database: database)
            let second = try await evaluator.evaluateActive(since: nil, now: now)
            print("evaluate: second run (steady state): \(Self.describe(second))")

            let action = DelayReportAction(context: context)
            started = ContinuousClock.now
            let report = try await action.report(store: nil, database: database, now: now)
            print(String(
                format: "evaluate: report: %d open findings, query and model %.2f s",
                report.findings.count, BenchFormat.seconds(ContinuousClock.now - started)))
            for format in [OutputFormat.table, .csv, .json] {
                started = ContinuousClock.now
                let text = try await action.render(store: nil, format: format, output: nil, database: database, now: now)
                print(String(
                    format: "evaluate: report --format %@: %.2f s (query, model and rendering, %.1f MB)",
                    format.rawValue as NSString, BenchFormat.seconds(ContinuousClock.now - started), Double(text.utf8.count) / 1e6))
            }
            print(String(format: "evaluate: peak RSS %.1f MiB", BenchFormat.peakResidentMiB()))
        }
    }

    private static func describe(_ summary: EvaluationSummary) -> String {
        let share = summary.shipmentsScanned == 0 ? 0 : Double(summary.shipmentsEvaluated) / Double(summary.shipmentsScanned) * 100
        return String(format: "%.2f s; ", summary.seconds)
            + "\(summary.shipmentsEvaluated) of \(summary.shipmentsScanned) shipments were candidates (\(String(format: "%.1f", share)) %); "
            + "\(summary.findingsFiring) findings firing; \(summary.line ?? "no changes")"
    }
}
