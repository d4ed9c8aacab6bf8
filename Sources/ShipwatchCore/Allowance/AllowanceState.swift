import Foundation

/// The shared state of one carrier's allowance, as a reservation reads and writes it.
public struct AllowanceState: Sendable, Hashable {
    /// Calls counted in the rolling hour (slots from `AllowancePolicy.hourHorizon(now)` on).
    public var hourUsed: Int
    /// Calls counted in the current UTC day.
    public var dayUsed: Int
    /// The shared rate's theoretical arrival time of the next call (GCRA).
    public var rateTAT: Date?
    /// How far each spread window's pace has been spent (may run ahead of now after urgent borrowing).
    public var hourPaceMark: Date?
    public var dayPaceMark: Date?
    /// A carrier-wide ban every process honors.
    public var bannedUntil: Date?
    public var banReason: String?

    public init(
        hourUsed: Int = 0, dayUsed: Int = 0, rateTAT: Date? = nil, hourPaceMark: Date? = nil, dayPaceMark: Date? = nil,
        bannedUntil: Date? = nil, banReason: String? = nil
    ) {
        self.hourUsed = hourUsed
        self.dayUsed = dayUsed
        self.rateTAT = rateTAT
        self.hourPaceMark = hourPaceMark
        self.dayPaceMark = dayPaceMark
        self.bannedUntil = bannedUntil
        self.banReason = banReason
    }
}
