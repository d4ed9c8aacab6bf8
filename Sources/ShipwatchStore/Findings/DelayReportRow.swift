import Foundation
import ShipwatchCore

/// One open finding with its shipment and its most recent remedy: a line of the delay report.
public struct DelayReportRow: Sendable, Hashable {
    public var findingID: Int64
    public var store: String
    public var orderRef: String
    public var carrier: Carrier
    public var trackingNumber: String
    public var rule: RuleID
    public var severity: Severity
    /// The shipment's latest meaningful milestone now.
    public var stage: String?
    public var lastEventAt: Date?
    public var lastLocation: String?
    /// The finding's most recent remedy, if any.
    public var remedyKind: String?
    public var remedyCompensation: String?
    public var remedyStatus: String?

    public init(
        findingID: Int64, store: String, orderRef: String, carrier: Carrier, trackingNumber: String, rule: RuleID,
        severity: Severity, stage: String?, lastEventAt: Date?, lastLocation: String?, remedyKind: String?,
        remedyCompensation: String?, remedyStatus: String?
    ) {
        self.findingID = findingID
        self.store = store
        self.orderRef = orderRef
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.rule = rule
        self.severity = severity
        self.stage = stage
        self.lastEventAt = lastEventAt
        self.lastLocation = lastLocation
        self.remedyKind = remedyKind
        self.remedyCompensation = remedyCompensation
        self.remedyStatus = remedyStatus
    }
}
