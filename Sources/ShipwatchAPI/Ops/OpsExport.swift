import Foundation
import ShipwatchCore

/// The findings export with `shipwatch report delays`' fields: CSV (its header) and JSON (its `findings` objects).
enum OpsExport {
    static let csvHeader = [
        "store", "order_ref", "carrier", "tracking_number", "rule", "severity", "stage", "last_event_at",
        "days_since_last_event", "last_location", "remedy_kind", "remedy_compensation", "remedy_status",
    ]

    static func csv(_ rows: [OpsFindingRow], now: Date) -> String {
        var text = csvHeader.joined(separator: ",") + "\r\n"
        for row in rows {
            let fields = [
                row.store, row.orderRef, row.carrier.rawValue, row.trackingNumber, row.rule.rawValue, row.severity.rawValue, row.stage ?? "",
                row.lastEventAt.map(Timestamps.utc) ?? "", row.daysSinceLastEvent(now: now).map { String($0) } ?? "",
                row.lastLocation ?? "", row.remedyKind ?? "", row.remedyCompensation ?? "", row.remedyStatus ?? "",
            ]
            text += fields.map(field).joined(separator: ",") + "\r\n"
        }
        return text
    }

    /// RFC 4180 quoting; a leading `=`, `+`, `-` or `@` is prefixed with `'` so spreadsheets never run it.
    static func field(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The report's finding object.
    struct Finding: Encodable {
        var store: String
        var orderRef: String
        var carrier: String
        var trackingNumber: String
        var rule: String
        var severity: String
        var stage: String?
        var lastEventAt: String?
        var daysSinceLastEvent: Double?
        var lastLocation: String?
        var remedy: Remedy?
        /// Dashboard extras: where to open the shipment and decide the remedy.
        var shipmentID: Int64
        var findingID: Int64
        var remedyID: Int64?

        struct Remedy: Encodable {
            var kind: String
            var compensation: String?
            var status: String?

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(kind, forKey: .kind)
                try container.encode(compensation, forKey: .compensation)
                try container.encode(status, forKey: .status)
            }

            enum CodingKeys: String, CodingKey { case kind, compensation, status }
        }

        enum CodingKeys: String, CodingKey {
            case store, rule, severity, stage, remedy, carrier
            case orderRef = "order_ref"
            case trackingNumber = "tracking_number"
            case lastEventAt = "last_event_at"
            case daysSinceLastEvent = "days_since_last_event"
            case lastLocation = "last_location"
            case shipmentID = "shipment_id"
            case findingID = "finding_id"
            case remedyID = "remedy_id"
        }

        /// Every key present, `null` when unknown (as the report writes them).
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(store, forKey: .store)
            try container.encode(orderRef, forKey: .orderRef)
            try container.encode(carrier, forKey: .carrier)
            try container.encode(trackingNumber, forKey: .trackingNumber)
            try container.encode(rule, forKey: .rule)
            try container.encode(severity, forKey: .severity)
            try container.encode(stage, forKey: .stage)
            try container.encode(lastEventAt, forKey: .lastEventAt)
            try container.encode(daysSinceLastEvent, forKey: .daysSinceLastEvent)
            try container.encode(lastLocation, forKey: .lastLocation)
            try container.encode(remedy, forKey: .remedy)
            try container.encode(shipmentID, forKey: .shipmentID)
            try container.encode(findingID, forKey: .findingID)
            try container.encode(remedyID, forKey: .remedyID)
        }

        init(_ row: OpsFindingRow, now: Date) {
            store = row.store
            orderRef = row.orderRef
            carrier = row.carrier.rawValue
            trackingNumber = row.trackingNumber
            rule = row.rule.rawValue
            severity = row.severity.rawValue
            stage = row.stage
            lastEventAt = row.lastEventAt.map(Timestamps.utc)
            daysSinceLastEvent = row.daysSinceLastEvent(now: now)
            lastLocation = row.lastLocation
            remedy = row.remedyKind.map { Remedy(kind: $0, compensation: row.remedyCompensation, status: row.remedyStatus) }
            shipmentID = row.shipmentID
            findingID = row.findingID
            remedyID = row.remedyID
        }
    }

    struct Document: Encodable {
        var generatedAt: String
        var findings: [Finding]
        var nextCursor: String?

        enum CodingKeys: String, CodingKey {
            case findings
            case generatedAt = "generated_at"
            case nextCursor = "next_cursor"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(generatedAt, forKey: .generatedAt)
            try container.encode(findings, forKey: .findings)
            try container.encode(nextCursor, forKey: .nextCursor)
        }
    }

    static func json(_ rows: [OpsFindingRow], now: Date, next: OpsFindingCursor? = nil) throws -> Data {
        try JSONCoding.encode(Document(generatedAt: Timestamps.utc(now), findings: rows.map { Finding($0, now: now) }, nextCursor: next?.text))
    }
}
