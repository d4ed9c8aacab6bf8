import Foundation
import ShipwatchCore

/// One rule firing for one shipment, as `FindingRepository.reconcile` stores it: the finding's columns, its
/// evidence and detail as JSON, and the remedy proposal it carries (if any).
public struct FindingRecord: Sendable, Hashable {
    public var shipmentID: Int64
    public var rule: RuleID
    public var severity: Severity
    /// The shipment's latest meaningful milestone when evaluated.
    public var stage: Milestone?
    public var stageSince: Date?
    /// `[FindingEvidence]` as JSON.
    public var evidenceJSON: String
    /// `FindingDetail` as JSON.
    public var detailJSON: String
    /// The proposal to make when the finding has none yet (only `act` findings carry one).
    public var remedy: RemedyProposal?
    /// Days after a rejection of this shipment's remedy for this rule before one may be proposed again
    /// (`StorePolicy.remedyRepeatDays`); nil: never.
    public var remedyRepeatDays: Double?

    public init(
        shipmentID: Int64,
        rule: RuleID,
        severity: Severity,
        stage: Milestone?,
        stageSince: Date?,
        evidenceJSON: String,
        detailJSON: String,
        remedy: RemedyProposal?
    ) {
        self.shipmentID = shipmentID
        self.rule = rule
        self.severity = severity
        self.stage = stage
        self.stageSince = stageSince
        self.evidenceJSON = evidenceJSON
        self.detailJSON = detailJSON
        self.remedy = remedy
    }

    /// The record of a rule engine finding. Evidence and detail are encoded with sorted keys and instants to the
    /// second, so the same finding always gives the same documents (what keeps re-evaluation free of writes).
    public init(shipmentID: Int64, finding: Finding) {
        self.init(
            shipmentID: shipmentID,
            rule: finding.rule,
            severity: finding.severity,
            stage: finding.stage,
            stageSince: finding.stageSince,
            evidenceJSON: FindingJSON.evidence(finding.evidence),
            detailJSON: FindingJSON.detail(FindingDetail(finding)),
            remedy: finding.severity == .act ? finding.remedy : nil)
    }
}
