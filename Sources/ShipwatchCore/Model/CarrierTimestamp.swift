import Foundation

/// A parsed carrier time: the wall time as printed, the offset when one was given, and the UTC instant.
public struct CarrierTimestamp: Sendable, Hashable {
    public var local: LocalDateTime
    /// Seconds east of UTC; nil when the text carried no zone.
    public var utcOffsetSeconds: Int?

    public init(local: LocalDateTime, utcOffsetSeconds: Int?) {
        self.local = local
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// The instant, taking a missing offset as the given fallback (UTC by default).
    public func instant(assumingOffset fallback: Int = 0) -> Date {
        local.instant(utcOffsetSeconds: utcOffsetSeconds ?? fallback)
    }

    /// The largest offset east or west of UTC accepted: ±18 h, as PostgreSQL and ISO 8601 zone offsets allow.
    public static let largestOffsetSeconds = 18 * 3_600

    /// Parses the time forms carriers send:
    /// `2024-11-22T13:58:00`, `2024-11-22T13:58:00Z`, `2024-11-22T13:58:00-05:00`, `2024-11-22T13:58:00-0500`,
    /// `2024-11-22 13:58:00 -0500`, fractional seconds, minutes-only (`2024-11-22T13:58`) and date-only (`2024-11-22`).
    /// Returns nil when the text is none of these or names an impossible time (see ``parseChecked(_:)``).
    public static func parse(_ text: String) -> CarrierTimestamp? {
        try? parseChecked(text)
    }

    /// Like ``parse(_:)``, with the reason when the text is refused: not a time form, a date or clock time that
    /// does not exist (or a year outside 1…9999), or an offset beyond ±18 h. What this accepts is storable.
    public static func parseChecked(_ text: String) throws(CarrierTimeError) -> CarrierTimestamp {
        var scanner = TimeTextScanner(TimeTextScanner.trimmed(text))
        guard let year = scanner.number(digits: 4), scanner.skip("-"),
              let month = scanner.number(digits: 2), scanner.skip("-"),
              let day = scanner.number(digits: 2)
        else { throw .unreadable(text: text) }
        var hour = 0, minute = 0, second = 0
        if scanner.skip("T") || scanner.skip(" ") {
            guard let h = scanner.number(digits: 2), scanner.skip(":"), let m = scanner.number(digits: 2) else {
                throw .unreadable(text: text)
            }
            hour = h
            minute = m
            if scanner.skip(":") {
                guard let s = scanner.number(digits: 2) else { throw .unreadable(text: text) }
                second = s
                if scanner.skip(".") || scanner.skip(",") { scanner.skipDigits() }
            }
        }
        guard let local = LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second) else {
            throw .impossibleDateTime(text: text)
        }
        _ = scanner.skip(" ")
        if scanner.isAtEnd { return CarrierTimestamp(local: local, utcOffsetSeconds: nil) }
        guard let offset = scanner.offset(), scanner.isAtEnd else { throw .unreadable(text: text) }
        guard abs(offset) <= largestOffsetSeconds else { throw .offsetOutOfRange(text: text, seconds: offset) }
        return CarrierTimestamp(local: local, utcOffsetSeconds: offset)
    }

    /// Parses a bare UTC offset: `Z`, `+01:00`, `-05:00`, `-0500`, `+01`; nil beyond ±18 h.
    public static func parseOffset(_ text: String) -> Int? {
        try? parseOffsetChecked(text)
    }

    /// Like ``parseOffset(_:)``, with the reason when the text is refused.
    public static func parseOffsetChecked(_ text: String) throws(CarrierTimeError) -> Int {
        var scanner = TimeTextScanner(TimeTextScanner.trimmed(text))
        guard let offset = scanner.offset(), scanner.isAtEnd else { throw .unreadable(text: text) }
        guard abs(offset) <= largestOffsetSeconds else { throw .offsetOutOfRange(text: text, seconds: offset) }
        return offset
    }
}

/// A tiny cursor over ASCII time text, reading its UTF-8 bytes (no `Character` segmentation per call: carriers
/// send one time per scan, so this is on the normalization hot path).
struct TimeTextScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    /// The text without surrounding whitespace; the common case (an ASCII character that is not a space at both
    /// ends) is returned as is without going through Foundation.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        if let first = utf8.first, let last = utf8.last, isPlainASCII(first), isPlainASCII(last) { return text }
        return text.trimmingSpaces()
    }

    private static func isPlainASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    var isAtEnd: Bool { index >= bytes.count }

    mutating func skip(_ literal: Unicode.Scalar) -> Bool {
        guard index < bytes.count, literal.isASCII, bytes[index] == UInt8(literal.value) else { return false }
        index += 1
        return true
    }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            let byte = bytes[index + offset]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        index += digits
        return value
    }

    mutating func skipDigits() {
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
    }

    /// `Z`, `±HH`, `±HH:MM`, `±HHMM`; seconds east of UTC.
    mutating func offset() -> Int? {
        if skip("Z") || skip("z") { return 0 }
        let sign: Int
        if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
        guard let hours = number(digits: 2) else { return nil }
        var minutes = 0
        if skip(":") {
            guard let m = number(digits: 2) else { return nil }
            minutes = m
        } else if let m = number(digits: 2) {
            minutes = m
        }
        guard minutes < 60 else { return nil }
        return sign * (hours * 3_600 + minutes * 60)
    }
}
