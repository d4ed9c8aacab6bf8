/// Why a carrier's time text was refused. Each case names the text, so a log line shows what the carrier sent.
public enum CarrierTimeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text is none of the accepted forms.
    case unreadable(text: String)
    /// The calendar date or the clock time does not exist (`2024-02-30`, `25:00`), or the year is outside 1…9999.
    case impossibleDateTime(text: String)
    /// The UTC offset is beyond ±18 h, which no zone has and PostgreSQL's `utc_offset_seconds` check refuses.
    case offsetOutOfRange(text: String, seconds: Int)

    public var description: String {
        switch self {
        case .unreadable(let text): "unreadable carrier time '\(text)'"
        case .impossibleDateTime(let text): "impossible date or time in '\(text)'"
        case .offsetOutOfRange(let text, let seconds):
            "UTC offset in '\(text)' is \(seconds) s, beyond ±\(CarrierTimestamp.largestOffsetSeconds) s (±18 h)"
        }
    }
}
