import Foundation

/// Everything the shipment page shows: the shipment, its timeline, its findings, remedies and audit history.
public struct OpsShipmentDetail: Sendable, Hashable {
    public var shipment: Shipment
    /// Newest first.
    public var events: [ScanEvent]
    /// Oldest first, resolved ones included.
    public var findings: [OpsFindingDetail]
    /// Newest first.
    public var remedies: [OpsRemedy]
    /// Oldest first: every change to these findings and remedies.
    public var audit: [OpsAuditEntry]

    public init(shipment: Shipment, events: [ScanEvent], findings: [OpsFindingDetail], remedies: [OpsRemedy], audit: [OpsAuditEntry]) {
        self.shipment = shipment
        self.events = events
        self.findings = findings
        self.remedies = remedies
        self.audit = audit
    }
}

/// A finding with its evidence.
public struct OpsFindingDetail: Sendable, Hashable {
    public var id: Int64
    public var rule: RuleID
    public var severity: Severity
    /// `open` or `resolved`.
    public var state: String
    public var stage: String?
    public var stageSince: Date?
    public var openedAt: Date
    public var resolvedAt: Date?
    /// The rule's evidence as a JSON object text.
    public var evidenceJSON: String

    public init(
        id: Int64, rule: RuleID, severity: Severity, state: String, stage: String?, stageSince: Date?, openedAt: Date,
        resolvedAt: Date?, evidenceJSON: String
    ) {
        self.id = id
        self.rule = rule
        self.severity = severity
        self.state = state
        self.stage = stage
        self.stageSince = stageSince
        self.openedAt = openedAt
        self.resolvedAt = resolvedAt
        self.evidenceJSON = evidenceJSON
    }
}

/// A remedy as ops see and decide it.
public struct OpsRemedy: Sendable, Hashable {
    public var id: Int64
    public var findingID: Int64
    public var shipmentID: Int64
    public var store: String
    /// `refund`, `reshipment` or `customer_choice`.
    public var kind: String
    public var compensation: String?
    /// The drafted message to the customer.
    public var message: String?
    /// `proposed`, `approved`, `rejected`, `executed` or `withdrawn`.
    public var status: String
    public var decidedBy: String?
    public var decidedAt: Date?
    public var note: String?
    public var executedBy: String?
    public var executedAt: Date?
    public var executionNote: String?
    public var createdAt: Date

    public init(
        id: Int64, findingID: Int64, shipmentID: Int64, store: String, kind: String, compensation: String?, message: String?,
        status: String, decidedBy: String?, decidedAt: Date?, note: String?, executedBy: String?, executedAt: Date?,
        executionNote: String?, createdAt: Date
    ) {
        self.id = id
        self.findingID = findingID
        self.shipmentID = shipmentID
        self.store = store
        self.kind = kind
        self.compensation = compensation
        self.message = message
        self.status = status
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.note = note
        self.executedBy = executedBy
        self.executedAt = executedAt
        self.executionNote = executionNote
        self.createdAt = createdAt
    }
}

/// One audit log entry.
public struct OpsAuditEntry: Sendable, Hashable {
    public var at: Date
    public var actor: String
    /// `finding` or `remedy`.
    public var entity: String
    public var entityID: String
    public var action: String
    public var detailJSON: String

    public init(at: Date, actor: String, entity: String, entityID: String, action: String, detailJSON: String) {
        self.at = at
        self.actor = actor
        self.entity = entity
        self.entityID = entityID
        self.action = action
        self.detailJSON = detailJSON
    }
}
