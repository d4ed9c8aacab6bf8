import Foundation

/// Calls granted by the shared allowance: already counted against every quota window; give back what is not
/// sent with `CarrierAllowance.refund(_:unused:now:)`.
public struct AllowanceGrant: Sendable, Hashable {
    public var carrier: Carrier
    /// Calls granted (0 when refused).
    public var calls: Int
    /// The one-minute slot the calls were counted in (refunds go back to the same slot).
    public var slotStart: Date
    /// The first call may not go before this instant (the shared rate); nil when it may go at once.
    public var notBefore: Date?
    /// Seconds of pace each granted call cost in the hour and the day windows (refunds give them back).
    public var hourPaceSeconds: Double
    public var dayPaceSeconds: Double
    /// The shared rate's next free instant right after this grant, and the seconds one call takes at that rate:
    /// a refund moves the rate back by the unsent calls while no later grant has been scheduled after this one.
    public var rateEnd: Date?
    public var rateIntervalSeconds: Double
    /// Why nothing (or less than asked) was granted, when a limit decided it.
    public var refusal: AllowanceRefusal?

    public init(
        carrier: Carrier, calls: Int, slotStart: Date, notBefore: Date? = nil,
        hourPaceSeconds: Double = 0, dayPaceSeconds: Double = 0, rateEnd: Date? = nil, rateIntervalSeconds: Double = 0,
        refusal: AllowanceRefusal? = nil
    ) {
        self.carrier = carrier
        self.calls = max(0, calls)
        self.slotStart = slotStart
        self.notBefore = notBefore
        self.hourPaceSeconds = hourPaceSeconds
        self.dayPaceSeconds = dayPaceSeconds
        self.rateEnd = rateEnd
        self.rateIntervalSeconds = rateIntervalSeconds
        self.refusal = refusal
    }
}
