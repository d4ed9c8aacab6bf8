import Foundation
import ShipwatchCore
import ShipwatchStore

/// The delay report as a terminal table, CSV or JSON.
enum DelayReportRenderer {
    /// The CSV header: the JSON keys, with `remedy` flattened.
    static let csvHeader = [
        "store", "order_ref", "carrier", "tracking_number", "rule", "severity", "stage", "last_event_at",
        "days_since_last_event", "last_location", "remedy_kind", "remedy_compensation", "remedy_status",
    ]

    static func render(_ report: DelayReport, format: OutputFormat) throws -> String {
        switch format {
        case .json: try DelayReportJSON.render(report)
        case .csv: csv(report)
        case .table: table(report)
        }
    }

    static func csv(_ report: DelayReport) -> String {
        var writer = CSVWriter()
        writer.row(csvHeader)
        for entry in report.findings {
            writer.row([
                entry.store, entry.orderRef, entry.carrier.rawValue, entry.trackingNumber, entry.rule.rawValue, entry.severity.rawValue,
                entry.stage ?? "", entry.lastEventAt ?? "", entry.daysSinceLastEvent.map { String($0) } ?? "",
                entry.lastLocation ?? "", entry.remedy?.kind ?? "", entry.remedy?.compensation ?? "", entry.remedy?.status ?? "",
            ])
        }
        return writer.text
    }

    static func table(_ report: DelayReport) -> String {
        guard !report.findings.isEmpty else {
            return "no open findings (as of \(InstantText.iso8601(report.generatedAt)))"
        }
        var table = ReportTable(headers: [
            "SEVERITY", "RULE", "STORE", "ORDER", "CARRIER", "TRACKING", "STAGE", "LAST EVENT", "DAYS", "LOCATION", "REMEDY",
        ])
        for entry in report.findings {
            table.add([
                entry.severity.rawValue, entry.rule.rawValue, entry.store, entry.orderRef, entry.carrier.rawValue, entry.trackingNumber,
                entry.stage ?? "-", entry.lastEventAt.map { $0.prefix(10) + " " + $0.dropFirst(11).prefix(5) } ?? "-",
                entry.daysSinceLastEvent.map { String($0) } ?? "-",
                shortened(entry.lastLocation ?? "-", to: 32),
                entry.remedy.map { remedy in
                    "\(remedy.kind) (\(remedy.status))" + (remedy.compensation.map { ": \(shortened($0, to: 28))" } ?? "")
                } ?? "-",
            ])
        }
        let summary = report.summary
        var sections = [
            "Delay report, \(InstantText.iso8601(report.generatedAt)): \(summary.total) open finding(s), "
                + "\(summary.act) act, \(summary.watch) watch",
            table.render(),
        ]
        sections.append(groups(summary.byRule, title: "BY RULE"))
        sections.append(groups(summary.byCarrier, title: "BY CARRIER"))
        return sections.joined(separator: "\n\n")
    }

    private static func groups(_ groups: [DelayReportSummary.Group], title: String) -> String {
        var table = ReportTable(headers: [title, "TOTAL", "ACT", "WATCH"])
        for group in groups { table.add([group.key, String(group.total), String(group.act), String(group.watch)]) }
        return table.render()
    }

    private static func shortened(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
