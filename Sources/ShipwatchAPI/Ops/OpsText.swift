import Foundation
import ShipwatchCore

/// How the dashboard writes instants, ages and carrier data.
enum OpsText {
    /// `2026-11-21 14:05 UTC`.
    static func utc(_ date: Date) -> String {
        let time = LocalDateTime(instant: date, utcOffsetSeconds: 0)
        return wall(time) + " UTC"
    }

    /// `2026-11-21T14:05:00Z` for `<time datetime>`.
    static func iso(_ date: Date) -> String {
        Timestamps.utc(date)
    }

    /// The scan's wall time at its place with the offset: `2026-11-21 09:05 (UTC-05:00)`; `unknown` without one.
    static func local(_ event: ScanEvent) -> String {
        guard let local = event.localTime else { return "local time unknown" }
        let offset = event.utcOffsetSeconds.map { " (UTC" + Timestamps.offset($0) + ")" } ?? ""
        return wall(local) + offset
    }

    /// `3.4 days` since `date` at `now`, or `never scanned`.
    static func silence(_ date: Date?, now: Date) -> String {
        guard let date else { return "never scanned" }
        let days = (max(0, now.timeIntervalSince(date)) / 86_400 * 10).rounded(.down) / 10
        return String(format: "%.1f", days) + " days"
    }

    /// A rule id as words: `customs_stall` → `customs stall`.
    static func words(_ id: String) -> String {
        id.replacingOccurrences(of: "_", with: " ")
    }

    /// `2026-11-21 09:05`.
    static func wall(_ time: LocalDateTime) -> String {
        String(format: "%04d-%02d-%02d %02d:%02d", time.year, time.month, time.day, time.hour, time.minute)
    }
}
