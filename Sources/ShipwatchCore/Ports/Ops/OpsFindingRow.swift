import Foundation

/// One open finding with its shipment and latest remedy: a row of the findings list, with the delay report's
/// fields.
public struct OpsFindingRow: Sendable, Hashable {
    public var findingID: Int64
    public var shipmentID: Int64
    public var store: String
    public var orderRef: String
    public var carrier: Carrier
    public var trackingNumber: String
    public var rule: RuleID
    public var severity: Severity
    public var stage: String?
    public var lastEventAt: Date?
    public var lastLocation: String?
    public var openedAt: Date
    public var remedyID: Int64?
    public var remedyKind: String?
    public var remedyCompensation: String?
    public var remedyStatus: String?
    /// The position of this row in the list's sort (for the next page's cursor).
    public var cursor: OpsFindingCursor

    public init(
        findingID: Int64, shipmentID: Int64, store: String, orderRef: String, carrier: Carrier, trackingNumber: String,
        rule: RuleID, severity: Severity, stage: String?, lastEventAt: Date?, lastLocation: String?, openedAt: Date,
        remedyID: Int64?, remedyKind: String?, remedyCompensation: String?, remedyStatus: String?, cursor: OpsFindingCursor
    ) {
        self.findingID = findingID
        self.shipmentID = shipmentID
        self.store = store
        self.orderRef = orderRef
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.rule = rule
        self.severity = severity
        self.stage = stage
        self.lastEventAt = lastEventAt
        self.lastLocation = lastLocation
        self.openedAt = openedAt
        self.remedyID = remedyID
        self.remedyKind = remedyKind
        self.remedyCompensation = remedyCompensation
        self.remedyStatus = remedyStatus
        self.cursor = cursor
    }

    /// Days since the last scan at `now`, one decimal, rounded down (the report's `days_since_last_event`).
    public func daysSinceLastEvent(now: Date) -> Double? {
        lastEventAt.map { (max(0, now.timeIntervalSince($0)) / 86_400 * 10).rounded(.down) / 10 }
    }
}

/// One page of findings, and the cursor of the next page when there is one.
public struct OpsFindingPage: Sendable, Hashable {
    public var rows: [OpsFindingRow]
    public var next: OpsFindingCursor?

    public init(rows: [OpsFindingRow], next: OpsFindingCursor?) {
        self.rows = rows
        self.next = next
    }
}
