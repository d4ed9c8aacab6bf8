import Foundation

/// Wording shared by the rules' summaries and customer reasons. Deterministic: no locale, no clock.
enum FindingText {
    /// `2024-11-20 14:05 -05:00`, in the store's zone.
    static func stamp(_ instant: Date, in calendar: BusinessCalendar) -> String {
        let offset = calendar.timeZone.secondsFromGMT(for: instant)
        let local = LocalDateTime(instant: instant, utcOffsetSeconds: offset)
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset)
        let date = NumberText.zeroPadded(local.year, width: 4) + "-" + NumberText.zeroPadded(local.month, width: 2) + "-"
            + NumberText.zeroPadded(local.day, width: 2)
        let time = NumberText.zeroPadded(local.hour, width: 2) + ":" + NumberText.zeroPadded(local.minute, width: 2)
        let zone = sign + NumberText.zeroPadded(magnitude / 3_600, width: 2) + ":" + NumberText.zeroPadded((magnitude % 3_600) / 60, width: 2)
        return date + " " + time + " " + zone
    }

    /// `7.4 days`.
    static func days(_ value: Double) -> String {
        NumberText.fixed(value, fractionDigits: 1) + " days"
    }

    /// `1 day`, `8 days` (rounded down), for customers.
    static func wholeDays(_ value: Double) -> String {
        count(Int(saturating: value.rounded(.down)), "day")
    }

    /// `1 business day`, `3 business days`.
    static func businessDays(_ value: Int) -> String {
        count(value, "business day")
    }

    /// A threshold number without a needless fraction: `3`, `0.5`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
    }

    /// `watch at 3, act at 7 days`.
    static func levels(_ threshold: EscalationThreshold) -> String {
        "watch at \(number(threshold.watchDays)), act at \(number(threshold.actDays)) days"
    }

    static func count(_ value: Int, _ unit: String) -> String {
        "\(value) \(unit)\(value == 1 ? "" : "s")"
    }
}
