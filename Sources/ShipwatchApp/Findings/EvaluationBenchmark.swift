import Logging
import Foundation
import ShipwatchStore

/// The evaluation and delay-report benchmark: generates a data set in SQL, then times `evaluateActive` (twice:
/// the first run opens the findings, the second shows the steady state) and the report in each format.
public enum EvaluationBenchmark {
    /// What one benchmark run measured.
    public struct Result: Sendable {
        public var shipments = 0
        public var events = 0
        public var generateSeconds = 0.0
        public var first = EvaluationSummary()
        public var second = EvaluationSummary()
        public var reportRows = 0
        /// Query and rows to report model.
        public var reportQuerySeconds = 0.0
        /// Query plus rendering, per format.
        public var reportSeconds: [String: Double] = [:]

        /// A few lines for people and for the lead's notes.
        public var text: String {
            func fmt(_ value: Double) -> String { String(format: "%.2f s", value) }
            let share = first.shipmentsScanned == 0 ? 0 : Double(first.shipmentsEvaluated) / Double(first.shipmentsScanned) * 100
            var lines = [
                "data set: \(shipments) shipments, \(events) scans, generated in \(fmt(generateSeconds))",
                "evaluate (first run): \(fmt(first.seconds)); \(first.shipmentsEvaluated) candidates of \(first.shipmentsScanned) "
                    + "(\(String(format: "%.1f", share)) %); \(first.findingsFiring) firing; \(first.line ?? "no changes")",
                "evaluate (second run): \(fmt(second.seconds)); \(second.shipmentsEvaluated) candidates; \(second.line ?? "no changes")",
                "report: \(reportRows) open findings; query \(fmt(reportQuerySeconds))",
            ]
            for format in reportSeconds.keys.sorted() {
                lines.append("report --format \(format): \(fmt(reportSeconds[format] ?? 0)) (query + render)")
            }
            return lines.joined(separator: "\n")
        }
    }

    /// Runs the benchmark on an empty, migrated database (the configured stores are written into it first).
    public static func run(context: ShipwatchContext, database: Database, count: Int, now: Date = Date()) async throws -> Result {
        try await StoreSynchronizer(config: context.config).synchronize(database: database)
        var result = Result()
        result.shipments = count
        let clock = ContinuousClock()
        let stores = context.config.stores.keys.sorted()
        var started = clock.now
        result.events = try await BenchmarkDataSet.generate(count: count, stores: stores, now: now, database: database)
        try await BenchmarkDataSet.analyze(database: database)
        result.generateSeconds = seconds(clock.now - started)

        let evaluator = FindingsEvaluator(context: context, database: database)
        result.first = try await evaluator.evaluateActive(since: nil, now: now)
        try await BenchmarkDataSet.analyze(database: database)
        result.second = try await evaluator.evaluateActive(since: nil, now: now)

        let action = DelayReportAction(context: context)
        started = clock.now
        let report = try await action.report(store: nil, database: database, now: now)
        result.reportQuerySeconds = seconds(clock.now - started)
        result.reportRows = report.findings.count
        for format in [OutputFormat.table, .csv, .json] {
            started = clock.now
            _ = try await action.render(store: nil, format: format, output: nil, database: database, now: now)
            result.reportSeconds[format.rawValue] = seconds(clock.now - started)
        }
        context.logger.notice("evaluation benchmark finished", metadata: ["benchmark.shipments": "\(count)"])
        return result
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
