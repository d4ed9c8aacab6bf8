import Foundation

/// The `Retry-After` response header (RFC 9110 §10.2.3): delta-seconds or an HTTP-date.
public enum RetryAfter {
    /// Seconds to wait, from either form, never more than `cap`; a date in the past gives 0. Nil when the value
    /// is neither form.
    ///
    /// No value traps: an all-digit value of any length (`999999999999`, or milliseconds sent by mistake) is cut
    /// to `cap`, as is an HTTP-date years ahead.
    /// - Parameters:
    ///   - value: the header value (`120`, `Wed, 21 Oct 2015 07:28:00 GMT`).
    ///   - now: the current calendar time, for the HTTP-date form.
    ///   - cap: the longest pause believed, in seconds (default one hour).
    public static func seconds(from value: String, now: Date, cap: Double = 3_600) -> Double? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        let limit = cap.isFinite ? max(0, cap) : 3_600
        if trimmed.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            // Delta-seconds; Double parsing of any digit string is finite or infinite, never a trap.
            return min(Double(trimmed) ?? .greatestFiniteMagnitude, limit)
        }
        guard let date = HTTPDate.parse(trimmed) else { return nil }
        let delta = date.timeIntervalSince(now)
        return delta.isFinite ? min(max(0, delta), limit) : limit
    }
}
