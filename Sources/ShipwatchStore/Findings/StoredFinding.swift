import Foundation
import ShipwatchCore

/// A row of `findings`, as stored.
public struct StoredFinding: Sendable, Hashable {
    public var id: Int64
    public var shipmentID: Int64
    public var rule: RuleID
    public var severity: Severity
    public var state: FindingState
    public var stage: String?
    public var stageSince: Date?
    public var openedAt: Date
    public var updatedAt: Date
    public var resolvedAt: Date?
    public var evidenceJSON: String
    public var detailJSON: String

    public init(
        id: Int64, shipmentID: Int64, rule: RuleID, severity: Severity, state: FindingState, stage: String?,
        stageSince: Date?, openedAt: Date, updatedAt: Date, resolvedAt: Date?, evidenceJSON: String, detailJSON: String
    ) {
        self.id = id
        self.shipmentID = shipmentID
        self.rule = rule
        self.severity = severity
        self.state = state
        self.stage = stage
        self.stageSince = stageSince
        self.openedAt = openedAt
        self.updatedAt = updatedAt
        self.resolvedAt = resolvedAt
        self.evidenceJSON = evidenceJSON
        self.detailJSON = detailJSON
    }

    /// True while the rule still fires.
    public var isOpen: Bool { state == .open }
}
