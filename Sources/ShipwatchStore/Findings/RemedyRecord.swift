import Foundation
import ShipwatchCore

/// A remedy with its finding and shipment, as ops list and decide them.
public struct RemedyRecord: Sendable, Hashable {
    public var id: Int64
    public var findingID: Int64
    public var shipmentID: Int64
    public var store: String
    public var orderRef: String
    public var carrier: Carrier
    public var trackingNumber: String
    /// The finding's rule, severity and state.
    public var rule: RuleID
    public var severity: Severity
    public var findingState: FindingState
    /// `refund`, `reshipment` or `customer_choice`.
    public var kind: String
    public var compensation: String?
    /// The drafted message to the customer.
    public var message: String?
    public var status: RemedyStatus
    /// Who approved, rejected or withdrew it, when, and their note (an execution keeps these).
    public var decidedBy: String?
    public var decidedAt: Date?
    public var note: String?
    public var createdAt: Date
    public var updatedAt: Date
    /// Who carried it out, when, and their note; nil until it is marked executed.
    public var execution: RemedyExecution?

    public init(
        id: Int64, findingID: Int64, shipmentID: Int64, store: String, orderRef: String, carrier: Carrier,
        trackingNumber: String, rule: RuleID, severity: Severity, findingState: FindingState, kind: String,
        compensation: String?, message: String?, status: RemedyStatus, decidedBy: String?, decidedAt: Date?,
        note: String?, createdAt: Date, updatedAt: Date, execution: RemedyExecution? = nil
    ) {
        self.id = id
        self.findingID = findingID
        self.shipmentID = shipmentID
        self.store = store
        self.orderRef = orderRef
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.rule = rule
        self.severity = severity
        self.findingState = findingState
        self.kind = kind
        self.compensation = compensation
        self.message = message
        self.status = status
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.note = note
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.execution = execution
    }
}
