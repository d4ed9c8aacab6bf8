import Foundation

/// What the ops dashboard reads (port): the delay report's findings, the overview figures, one shipment's
/// history and the poller's health.
public protocol OpsDashboardReader: Sendable {
    /// One page of open findings matching `filter`; `now` measures silence.
    func findings(_ filter: OpsFindingFilter, now: Date) async throws -> OpsFindingPage
    /// The overview figures of the stores in `scope`.
    func overview(scope: OpsStoreScope, now: Date) async throws -> OpsOverview
    /// The shipment with this id when its store is in `scope`; nil otherwise (the same for both).
    func shipment(id: Int64, scope: OpsStoreScope) async throws -> OpsShipmentDetail?
    /// Runs, carrier activity and quota use, unmapped codes, and the webhook endpoints of the stores in `scope`
    /// with their deliveries of the 24 hours before `now`.
    func pollHealth(scope: OpsStoreScope, now: Date) async throws -> OpsPollHealth
}

/// What ops decide (port): remedy transitions (the CLI's, audited with the actor) and carrier code overrides.
public protocol OpsDecisionDesk: Sendable {
    /// The remedy with this id, or nil.
    func remedy(id: Int64) async throws -> OpsRemedy?
    /// Applies `decision`; throws ``OpsDecisionError`` and changes nothing when the remedy is not where the
    /// decision starts. The audit entry names `actor`.
    func decide(remedyID: Int64, _ decision: OpsRemedyDecision, actor: String, note: String?) async throws -> OpsRemedy
    /// Maps `code` of `carrier` onto `milestone` for scans polled from now on.
    func overrideCode(carrier: Carrier, code: String, milestone: Milestone, note: String?) async throws
}

/// The three decisions ops take on a remedy.
public enum OpsRemedyDecision: String, Sendable, Hashable, CaseIterable {
    /// proposed → approved
    case approve
    /// proposed → rejected
    case reject
    /// approved → executed
    case execute
}

/// A refused decision.
public enum OpsDecisionError: Error, Sendable, Hashable, CustomStringConvertible {
    case notFound(id: Int64)
    /// The remedy's status does not allow the decision; `reason` names the current status.
    case invalidTransition(id: Int64, reason: String)

    public var description: String {
        switch self {
        case .notFound(let id): "no remedy with id \(id)"
        case .invalidTransition(_, let reason): reason
        }
    }
}
