import Foundation
import ShipwatchCore

/// What `findings.detail` holds: the parts of a `Finding` the delay report and ops need besides the
/// columns (`severity`, `stage`, `stage_since`) and the evidence.
public struct FindingDetail: Sendable, Hashable, Codable {
    /// One or two sentences for ops (mentions the elapsed time, so it changes as time passes).
    public var summary: String
    /// The newest location a scan gave.
    public var lastLocation: String?
    /// Days the condition had lasted when the finding last changed (fractional, two decimals).
    public var durationDays: Double
    /// Fully passed business days, for the rules counted in business days.
    public var businessDaysElapsed: Int?
    /// The carrier itself declared a delay during the current stay.
    public var carrierDeclaredDelay: Bool
    /// The parcel is in the international hand-off gap.
    public var internationalHandOff: Bool
    /// When the measured condition began.
    public var measuredSince: Date
    /// The newest scan of any kind.
    public var lastEventAt: Date?

    /// The keys that change merely because time passes: a finding whose other fields are unchanged is not
    /// rewritten (nor audited) when only these differ, which keeps repeated evaluation free of writes.
    public static let volatileKeys = [CodingKeys.summary, .durationDays, .businessDaysElapsed].map(\.rawValue)

    public init(
        summary: String,
        lastLocation: String?,
        durationDays: Double,
        businessDaysElapsed: Int?,
        carrierDeclaredDelay: Bool,
        internationalHandOff: Bool,
        measuredSince: Date,
        lastEventAt: Date?
    ) {
        self.summary = summary
        self.lastLocation = lastLocation
        self.durationDays = durationDays
        self.businessDaysElapsed = businessDaysElapsed
        self.carrierDeclaredDelay = carrierDeclaredDelay
        self.internationalHandOff = internationalHandOff
        self.measuredSince = measuredSince
        self.lastEventAt = lastEventAt
    }

    /// The detail of a finding.
    public init(_ finding: Finding) {
        self.init(
            summary: finding.summary,
            lastLocation: finding.lastLocation,
            durationDays: (finding.durationDays * 100).rounded() / 100,
            businessDaysElapsed: finding.businessDaysElapsed,
            carrierDeclaredDelay: finding.carrierDeclaredDelay,
            internationalHandOff: finding.internationalHandOff,
            measuredSince: finding.measuredSince,
            lastEventAt: finding.lastEventAt)
    }

    public enum CodingKeys: String, CodingKey, Sendable {
        case summary
        case lastLocation = "last_location"
        case durationDays = "duration_days"
        case businessDaysElapsed = "business_days_elapsed"
        case carrierDeclaredDelay = "carrier_declared_delay"
        case internationalHandOff = "international_hand_off"
        case measuredSince = "measured_since"
        case lastEventAt = "last_event_at"
    }
}
