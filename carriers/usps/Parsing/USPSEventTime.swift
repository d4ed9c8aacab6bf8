import Foundation
import ShipwatchCore

/// When a USPS scan happened, as far as its time fields tell.
struct USPSEventTime: Sendable, Hashable {
    var occurredAt: Date
    var localTime: LocalDateTime?
    var utcOffsetSeconds: Int?
    var confidence: ZoneConfidence

    /// Resolves a scan's time from its three fields, most reliable first:
    ///
    /// 1. `eventTimestamp` (local wall time) + an offset: the offset written in `eventTimestamp` itself
    ///    (v3r2), else `GMTOffset`. A trailing "Z" on `eventTimestamp` is ignored: USPS samples add it to
    ///    local times. Confidence `exact`.
    /// 2. A date-only `eventTimestamp` (v3r2) with a full `GMTTimestamp`: the instant is the GMT time, the
    ///    local time follows from the offset when there is one (`exact`), else stays unknown (`exact` instant).
    /// 3. `eventTimestamp` + `GMTTimestamp`: the offset is their difference, rounded to 15 minutes. USPS has
    ///    sent GMT times that kept the *local* date after midnight; a difference outside −12 h…+14 h is
    ///    corrected by a whole day. Confidence `derived`.
    /// 4. `GMTTimestamp` alone: the instant, no local time. Confidence `exact`.
    /// 5. `eventTimestamp` alone: the instant rests on an assumed offset (UTC here; the snapshot builder
    ///    may borrow a neighbouring scan's offset). Confidence `assumed`.
    ///
    /// Returns `nil` when no field holds a readable time.
    static func resolve(eventTimestamp: String?, gmtTimestamp: String?, gmtOffset: String?) -> USPSEventTime? {
        let stated = eventTimestamp.flatMap(parseLocal)
        let gmt = gmtTimestamp.flatMap(CarrierTimestamp.parse)?.instant(assumingOffset: 0)
        let offset = stated?.writtenOffset ?? gmtOffset.flatMap(CarrierTimestamp.parseOffset)

        if let stated, stated.isDateOnly, let gmt {
            let local = offset.map { LocalDateTime(instant: gmt, utcOffsetSeconds: $0) }
            return USPSEventTime(occurredAt: gmt, localTime: local, utcOffsetSeconds: offset, confidence: .exact)
        }
        if let stated, let offset {
            return USPSEventTime(
                occurredAt: stated.local.instant(utcOffsetSeconds: offset),
                localTime: stated.local, utcOffsetSeconds: offset, confidence: .exact
            )
        }
        if let stated, let gmt {
            let derived = derivedOffset(local: stated.local, gmt: gmt)
            return USPSEventTime(
                occurredAt: stated.local.instant(utcOffsetSeconds: derived),
                localTime: stated.local, utcOffsetSeconds: derived, confidence: .derived
            )
        }
        if let gmt {
            return USPSEventTime(occurredAt: gmt, localTime: nil, utcOffsetSeconds: nil, confidence: .exact)
        }
        if let stated {
            return USPSEventTime(
                occurredAt: stated.local.instant(utcOffsetSeconds: 0),
                localTime: stated.local, utcOffsetSeconds: nil, confidence: .assumed
            )
        }
        return nil
    }

    /// Re-anchors an `assumed` time on a presumed offset (kept out of `utcOffsetSeconds`: it is not known).
    func assuming(offset: Int) -> USPSEventTime {
        guard confidence == .assumed, let localTime else { return self }
        var copy = self
        copy.occurredAt = localTime.instant(utcOffsetSeconds: offset)
        return copy
    }

    /// A parsed `eventTimestamp`: its wall time, an offset only when a real one was written, and whether
    /// it was a bare date.
    private struct StatedTime {
        var local: LocalDateTime
        var writtenOffset: Int?
        var isDateOnly: Bool
    }

    private static func parseLocal(_ text: String) -> StatedTime? {
        let trimmed = text.trimmingSpaces()
        guard let parsed = CarrierTimestamp.parse(trimmed) else { return nil }
        let endsWithZ = trimmed.last == "Z" || trimmed.last == "z"
        return StatedTime(
            local: parsed.local,
            writtenOffset: endsWithZ ? nil : parsed.utcOffsetSeconds,
            isDateOnly: trimmed.count == 10
        )
    }

    /// local − GMT in seconds, rounded to 15 minutes, with the "GMT kept the local date" day error removed.
    static func derivedOffset(local: LocalDateTime, gmt: Date) -> Int {
        let seconds = Int(local.instant(utcOffsetSeconds: 0).timeIntervalSince(gmt).rounded())
        var offset = Int((Double(seconds) / 900).rounded()) * 900
        if offset > 14 * 3_600 { offset -= 86_400 }
        if offset < -12 * 3_600 { offset += 86_400 }
        return offset
    }
}
