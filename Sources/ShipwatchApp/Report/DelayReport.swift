import Foundation
import ShipwatchStore

/// The delay report: every open finding, with counts by rule and by carrier.
public struct DelayReport: Sendable, Hashable, Encodable {
    public var generatedAt: Date
    /// Act first, then the longest silence first.
    public var findings: [DelayReportEntry]
    public var summary: DelayReportSummary

    /// The report of the query's rows (already in report order), as of `generatedAt`.
    public init(rows: [DelayReportRow], generatedAt: Date) {
        self.generatedAt = generatedAt
        findings = rows.map { DelayReportEntry(row: $0, now: generatedAt) }
        summary = DelayReportSummary(entries: findings)
    }

    enum CodingKeys: String, CodingKey {
        case generatedAt = "generated_at"
        case findings
        case summary
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(InstantText.iso8601(generatedAt), forKey: .generatedAt)
        try container.encode(findings, forKey: .findings)
        try container.encode(summary, forKey: .summary)
    }
}
