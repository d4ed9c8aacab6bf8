import Logging
import Foundation
import ShipwatchStore
import ShipwatchCore

/// `shipwatch report delays`: every open finding, with what its store's policy proposes, as a table, CSV or JSON.
public struct DelayReportAction: Sendable {
    public var context: ShipwatchContext

    public init(context: ShipwatchContext) {
        self.context = context
    }

    /// The report, rendered; with `output`, written to that file and a one-line confirmation returned instead.
    public func run(store: String?, format: OutputFormat, output: String?, now: Date = Date()) async throws -> String {
        try await context.withDatabase { database in
            try await render(store: store, format: format, output: output, database: database, now: now)
        }
    }

    /// Renders the report from an open database (also used by tests, the demo and the benchmark).
    public func render(store: String?, format: OutputFormat, output: String?, database: Database, now: Date = Date()) async throws -> String {
        if let store, context.config.stores[store] == nil, try await !StoreRepository(database: database).exists(key: store) {
            throw ShipwatchFailure.unknownStore(store)
        }
        let report = try await report(store: store, database: database, now: now)
        let text = try DelayReportRenderer.render(report, format: format)
        guard let output else { return text }
        do {
            try Data((text.hasSuffix("\n") ? text : text + "\n").utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw ShipwatchFailure.fileAccess(path: output, reason: "cannot write it: \(error.localizedDescription)")
        }
        return "wrote \(report.findings.count) open finding(s) to \(output)"
    }

    /// The report's data.
    public func report(store: String?, database: Database, now: Date = Date()) async throws -> DelayReport {
        let rows = try await DelayReportQuery(database: database).rows(store: store)
        context.logger.info("delay report", metadata: [LogKey.reportStore: "\(store ?? "*")", LogKey.reportFindings: "\(rows.count)"])
        return DelayReport(rows: rows, generatedAt: now)
    }
}
