import Foundation
import ShipwatchCore
import ShipwatchStore

/// One line of the delay report. Its JSON keys, and the CSV header, are the report's public contract: every key
/// is always present, `null` when unknown.
public struct DelayReportEntry: Sendable, Hashable, Encodable {
    public var store: String
    public var orderRef: String
    public var carrier: Carrier
    public var trackingNumber: String
    public var rule: RuleID
    public var severity: Severity
    /// The latest meaningful milestone.
    public var stage: String?
    /// ISO 8601, UTC.
    public var lastEventAt: String?
    /// Whole and tenth days from the last scan to the report.
    public var daysSinceLastEvent: Double?
    public var lastLocation: String?
    /// The finding's most recent remedy.
    public var remedy: Remedy?

    /// A remedy as the report shows it.
    public struct Remedy: Sendable, Hashable, Encodable {
        public var kind: String
        public var compensation: String?
        public var status: String

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(compensation, forKey: .compensation)
            try container.encode(status, forKey: .status)
        }

        enum CodingKeys: String, CodingKey {
            case kind
            case compensation
            case status
        }
    }

    /// The entry of a report row, with the days counted up to `now`.
    public init(row: DelayReportRow, now: Date) {
        store = row.store
        orderRef = row.orderRef
        carrier = row.carrier
        trackingNumber = row.trackingNumber
        rule = row.rule
        severity = row.severity
        stage = row.stage
        lastEventAt = row.lastEventAt.map(InstantText.iso8601)
        daysSinceLastEvent = row.lastEventAt.map { (max(0, now.timeIntervalSince($0)) / 86_400 * 10).rounded(.down) / 10 }
        lastLocation = row.lastLocation
        if let kind = row.remedyKind, let status = row.remedyStatus {
            remedy = Remedy(kind: kind, compensation: row.remedyCompensation, status: status)
        }
    }

    /// The JSON keys, in report order.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case store
        case orderRef = "order_ref"
        case carrier
        case trackingNumber = "tracking_number"
        case rule
        case severity
        case stage
        case lastEventAt = "last_event_at"
        case daysSinceLastEvent = "days_since_last_event"
        case lastLocation = "last_location"
        case remedy
    }

    public func encode(to encoder: any Encoder) throws {
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
    }
}
