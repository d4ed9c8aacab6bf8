import Foundation
import ShipwatchCore
import ShipwatchStore

/// The delay report as JSON, written directly (one finding per line): a report can hold a hundred thousand
/// findings, which a generic encoder takes seconds over. The document is exactly what `DelayReport`'s
/// `Encodable` conformance describes: `generated_at`, `findings` with every key present (`null` when unknown),
/// and `summary`.
enum DelayReportJSON {
    static func render(_ report: DelayReport) throws -> String {
        var json = "{\n  \"generated_at\": \(JSONLiteral.quoted(InstantText.iso8601(report.generatedAt))),\n  \"findings\": ["
        json.reserveCapacity(report.findings.count * 360 + 1_024)
        for (index, entry) in report.findings.enumerated() {
            json += index == 0 ? "\n    " : ",\n    "
            append(entry, to: &json)
        }
        json += report.findings.isEmpty ? "],\n" : "\n  ],\n"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        json += "  \"summary\": " + String(decoding: try encoder.encode(report.summary), as: UTF8.self) + "\n}"
        return json
    }

    /// `{"store":…,…,"remedy":{"kind":…,"compensation":…,"status":…}|null}`, keys in contract order.
    static func append(_ entry: DelayReportEntry, to json: inout String) {
        json += "{\"store\":" + JSONLiteral.quoted(entry.store)
        json += ",\"order_ref\":" + JSONLiteral.quoted(entry.orderRef)
        json += ",\"carrier\":" + JSONLiteral.quoted(entry.carrier.rawValue)
        json += ",\"tracking_number\":" + JSONLiteral.quoted(entry.trackingNumber)
        json += ",\"rule\":" + JSONLiteral.quoted(entry.rule.rawValue)
        json += ",\"severity\":" + JSONLiteral.quoted(entry.severity.rawValue)
        json += ",\"stage\":" + JSONLiteral.quoted(entry.stage)
        json += ",\"last_event_at\":" + JSONLiteral.quoted(entry.lastEventAt)
        json += ",\"days_since_last_event\":" + (entry.daysSinceLastEvent.map { JSONLiteral.number($0) } ?? "null")
        json += ",\"last_location\":" + JSONLiteral.quoted(entry.lastLocation)
        json += ",\"remedy\":"
        if let remedy = entry.remedy {
            json += "{\"kind\":" + JSONLiteral.quoted(remedy.kind) + ",\"compensation\":" + JSONLiteral.quoted(remedy.compensation)
                + ",\"status\":" + JSONLiteral.quoted(remedy.status) + "}"
        } else {
            json += "null"
        }
        json += "}"
    }
}
