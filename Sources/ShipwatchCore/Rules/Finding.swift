import Foundation

/// What one rule concluded about one shipment at one evaluation.
///
/// Findings are recomputed from scratch at every evaluation: the store opens one when a rule starts
/// firing, updates it while it keeps firing (`dedupeKey` names it), and resolves it when the rule no
/// longer fires (the parcel moved again, or was delivered).
public struct Finding: Sendable, Hashable, Codable {
    public var rule: RuleID
    public var severity: Severity

    public var store: String
    public var orderRef: String
    public var carrier: Carrier
    public var trackingNumber: String

    /// The shipment's current stage: its latest meaningful milestone; nil before any scan.
    public var stage: Milestone?
    /// When the current stage was reported: the instant of the latest meaningful scan.
    public var stageSince: Date?
    /// When the condition this rule measures began: the first scan of the current stay for the stall
    /// rules, the label scan for `never_scanned`, the order for `late_dispatch`, the end of the promised
    /// window for `delivery_window_exceeded`, the first not-found answer for `tracking_not_found`.
    public var measuredSince: Date
    /// Days from `measuredSince` to the evaluation (fractional).
    public var durationDays: Double
    /// Fully passed business days, for the rules counted in business days.
    public var businessDaysElapsed: Int?

    /// True when the carrier itself declared a delay (a `delayed` scan) during the current stay:
    /// the finding reports the carrier's delay, and is at least `watch` from that scan on.
    public var carrierDeclaredDelay: Bool
    /// True when the parcel is in the international hand-off gap (left the origin country, nothing since),
    /// which `no_movement` tolerates longer.
    public var internationalHandOff: Bool

    /// The newest scan of any kind (informational ones included).
    public var lastEventAt: Date?
    /// The newest location a scan gave.
    public var lastLocation: String?

    /// What the finding rests on, oldest first.
    public var evidence: [FindingEvidence]
    /// One or two sentences for ops.
    public var summary: String
    /// Present when the finding is `act` and the store's policy proposes a remedy for this rule
    /// (at most one finding per shipment carries one).
    public var remedy: RemedyProposal?

    /// The key under which the store keeps at most one open finding: shipment (store, carrier,
    /// tracking number) and rule.
    public var dedupeKey: String {
        Finding.dedupeKey(store: store, carrier: carrier, trackingNumber: trackingNumber, rule: rule)
    }

    /// `store|carrier|tracking_number|rule`.
    public static func dedupeKey(store: String, carrier: Carrier, trackingNumber: String, rule: RuleID) -> String {
        "\(store)|\(carrier.rawValue)|\(trackingNumber)|\(rule.rawValue)"
    }

    public init(
        rule: RuleID,
        severity: Severity,
        store: String,
        orderRef: String,
        carrier: Carrier,
        trackingNumber: String,
        stage: Milestone?,
        stageSince: Date?,
        measuredSince: Date,
        durationDays: Double,
        businessDaysElapsed: Int? = nil,
        carrierDeclaredDelay: Bool = false,
        internationalHandOff: Bool = false,
        lastEventAt: Date?,
        lastLocation: String?,
        evidence: [FindingEvidence],
        summary: String,
        remedy: RemedyProposal? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.store = store
        self.orderRef = orderRef
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.stage = stage
        self.stageSince = stageSince
        self.measuredSince = measuredSince
        self.durationDays = durationDays
        self.businessDaysElapsed = businessDaysElapsed
        self.carrierDeclaredDelay = carrierDeclaredDelay
        self.internationalHandOff = internationalHandOff
        self.lastEventAt = lastEventAt
        self.lastLocation = lastLocation
        self.evidence = evidence
        self.summary = summary
        self.remedy = remedy
    }

    enum CodingKeys: String, CodingKey {
        case rule
        case severity
        case store
        case orderRef = "order_ref"
        case carrier
        case trackingNumber = "tracking_number"
        case stage
        case stageSince = "stage_since"
        case measuredSince = "measured_since"
        case durationDays = "duration_days"
        case businessDaysElapsed = "business_days_elapsed"
        case carrierDeclaredDelay = "carrier_declared_delay"
        case internationalHandOff = "international_hand_off"
        case lastEventAt = "last_event_at"
        case lastLocation = "last_location"
        case evidence
        case summary
        case remedy
    }
}
