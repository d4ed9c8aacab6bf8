import Foundation

/// Fixed instants for tests, written the way people read them.
enum Instants {
    /// Parses `2025-01-15T12:00:00Z`; a typo in a test is a programming error.
    static func utc(_ text: String) -> Date {
        guard let date = ISO8601DateFormatter().date(from: text) else {
            preconditionFailure("not an ISO 8601 instant: \(text)")
        }
        return date
    }

    /// Now, truncated to the whole minute, so every scenario step (whole hours away) lands on a whole minute
    /// whatever precision a carrier prints.
    static func currentMinute() -> Date {
        Date(timeIntervalSince1970: (Date().timeIntervalSince1970 / 60).rounded(.down) * 60)
    }

    static let hour: TimeInterval = 3_600
    static let day: TimeInterval = 86_400
}
