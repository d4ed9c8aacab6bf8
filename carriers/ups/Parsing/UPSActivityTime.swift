import Foundation
import ShipwatchCore

/// The time of one UPS activity, resolved from its local fields (`date`, `time`), UTC fields
/// (`gmtDate`, `gmtTime`) and offset (`gmtOffset`), each of which may be missing.
///
/// - `.exact`: UPS gave the offset and it agrees with the UTC fields (or there are no UTC fields).
/// - `.derived`: the offset is computed from local minus UTC (no `gmtOffset`, or one that contradicts both).
/// - `.assumed`: only a local time; the instant takes it as UTC.
///
/// The local wall time is kept as UPS printed it, so a scan at 23:15 local on the 10th stays on the 10th
/// even though its UTC date is the 11th.
public struct UPSActivityTime: Sendable, Hashable {
    /// The UTC instant.
    public var occurredAt: Date
    /// The wall time at the scan location.
    public var localTime: LocalDateTime?
    /// Seconds east of UTC.
    public var utcOffsetSeconds: Int?
    /// How the offset was obtained.
    public var zoneConfidence: ZoneConfidence

    /// Creates a resolved time.
    public init(occurredAt: Date, localTime: LocalDateTime?, utcOffsetSeconds: Int?, zoneConfidence: ZoneConfidence) {
        self.occurredAt = occurredAt
        self.localTime = localTime
        self.utcOffsetSeconds = utcOffsetSeconds
        self.zoneConfidence = zoneConfidence
    }

    /// Resolves an activity's time; nil when it has neither a readable local date nor readable UTC date and time.
    public init?(activity: UPSActivity) {
        let local = UPSTimeText.dateTime(date: activity.date, time: activity.time)
        let utc = activity.gmtTime == nil ? nil : UPSTimeText.dateTime(date: activity.gmtDate, time: activity.gmtTime)
        let offset = activity.gmtOffset.flatMap { CarrierTimestamp.parseOffset($0) }
        guard let resolved = UPSActivityTime.resolve(local: local, utc: utc, offset: offset) else { return nil }
        self = resolved
    }

    /// Largest gap, in seconds, tolerated between `date`/`time` + `gmtOffset` and `gmtDate`/`gmtTime`.
    static let agreementTolerance = 59

    static func resolve(local: LocalDateTime?, utc: LocalDateTime?, offset: Int?) -> UPSActivityTime? {
        switch (local, utc) {
        case let (local?, utc?):
            let utcInstant = utc.instant(utcOffsetSeconds: 0)
            if let offset, agree(local.instant(utcOffsetSeconds: offset), utcInstant) {
                return UPSActivityTime(occurredAt: utcInstant, localTime: local, utcOffsetSeconds: offset, zoneConfidence: .exact)
            }
            let difference = Int(local.instant(utcOffsetSeconds: 0).timeIntervalSince(utcInstant))
            if let derived = plausibleOffset(difference) {
                return UPSActivityTime(occurredAt: utcInstant, localTime: local, utcOffsetSeconds: derived, zoneConfidence: .derived)
            }
            if let offset {
                // The UTC fields are off (a wrong day, say); the local time and its stated offset still agree with each other.
                return UPSActivityTime(occurredAt: local.instant(utcOffsetSeconds: offset), localTime: local, utcOffsetSeconds: offset, zoneConfidence: .exact)
            }
            return UPSActivityTime(occurredAt: utcInstant, localTime: local, utcOffsetSeconds: nil, zoneConfidence: .assumed)
        case let (local?, nil):
            if let offset {
                return UPSActivityTime(occurredAt: local.instant(utcOffsetSeconds: offset), localTime: local, utcOffsetSeconds: offset, zoneConfidence: .exact)
            }
            return UPSActivityTime(occurredAt: local.instant(utcOffsetSeconds: 0), localTime: local, utcOffsetSeconds: nil, zoneConfidence: .assumed)
        case let (nil, utc?):
            let utcInstant = utc.instant(utcOffsetSeconds: 0)
            if let offset {
                return UPSActivityTime(
                    occurredAt: utcInstant, localTime: LocalDateTime(instant: utcInstant, utcOffsetSeconds: offset),
                    utcOffsetSeconds: offset, zoneConfidence: .exact
                )
            }
            return UPSActivityTime(occurredAt: utcInstant, localTime: nil, utcOffsetSeconds: nil, zoneConfidence: .assumed)
        case (nil, nil):
            return nil
        }
    }

    private static func agree(_ first: Date, _ second: Date) -> Bool {
        abs(first.timeIntervalSince(second)) <= Double(agreementTolerance)
    }

    /// A local-minus-UTC difference as a real-world offset: a whole quarter hour (within a minute)
    /// between UTC−12 and UTC+14; nil otherwise (a day slip, garbage).
    static func plausibleOffset(_ difference: Int) -> Int? {
        let quarterHours = (Double(difference) / 900).rounded()
        let rounded = Int(quarterHours) * 900
        guard abs(difference - rounded) <= 60, (-12 * 3_600)...(14 * 3_600) ~= rounded else { return nil }
        return rounded
    }
}
