import Foundation

/// The `Retry-After` response header (RFC 9110 §10.2.3): delta-seconds or an HTTP-date.
public enum RetryAfter {
    /// Seconds to wait, from either form; a date in the past gives 0. Nil when the value is neither form.
    /// - Parameters:
    ///   - value: the header value (`120`, `Wed, 21 Oct 2015 07:28:00 GMT`).
    ///   - now: the current calendar time, for the HTTP-date form.
    public static func seconds(from value: String, now: Date) -> Double? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if trimmed.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            // Delta-seconds; absurdly long values saturate instead of failing.
            return Double(trimmed) ?? .greatestFiniteMagnitude
        }
        guard let date = HTTPDate.parse(trimmed) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
