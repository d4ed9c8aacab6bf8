import Foundation
import ShipwatchCore

/// Parses the three HTTP-date forms of RFC 9110 §5.6.7 (always GMT), without locale-dependent formatters:
/// IMF-fixdate `Sun, 06 Nov 1994 08:49:37 GMT`, obsolete RFC 850 `Sunday, 06-Nov-94 08:49:37 GMT`,
/// and asctime `Sun Nov  6 08:49:37 1994`.
enum HTTPDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func parse(_ text: String) -> Date? {
        let tokens = text
            .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
            .map(String.init)
        if tokens.count == 6, tokens[5].uppercased() == "GMT" {
            return parseIMF(Array(tokens.dropFirst()))
        }
        if tokens.count == 4, tokens[3].uppercased() == "GMT" {
            return parseRFC850(tokens)
        }
        if tokens.count == 5 {
            return parseAsctime(tokens)
        }
        return nil
    }

    /// ["06", "Nov", "1994", "08:49:37", "GMT"] (the weekday dropped: it adds nothing).
    private static func parseIMF(_ tokens: [String]) -> Date? {
        guard let day = Int(tokens[0]), let month = month(tokens[1]), let year = Int(tokens[2]), tokens[2].count == 4 else {
            return nil
        }
        return make(year: year, month: month, day: day, time: tokens[3])
    }

    /// ["Sunday", "06-Nov-94", "08:49:37", "GMT"]; a two-digit year is taken as 19xx/20xx, whichever is nearer 1970…2069.
    private static func parseRFC850(_ tokens: [String]) -> Date? {
        let parts = tokens[1].split(separator: "-").map(String.init)
        guard parts.count == 3, let day = Int(parts[0]), let month = month(parts[1]), let shortYear = Int(parts[2]) else {
            return nil
        }
        let year = parts[2].count == 2 ? (shortYear < 70 ? 2000 + shortYear : 1900 + shortYear) : shortYear
        return make(year: year, month: month, day: day, time: tokens[2])
    }

    /// ["Sun", "Nov", "6", "08:49:37", "1994"]
    private static func parseAsctime(_ tokens: [String]) -> Date? {
        guard let month = month(tokens[1]), let day = Int(tokens[2]), let year = Int(tokens[4]) else { return nil }
        return make(year: year, month: month, day: day, time: tokens[3])
    }

    private static func month(_ name: String) -> Int? {
        months.firstIndex(of: name.lowercased()).map { $0 + 1 }
    }

    private static func make(year: Int, month: Int, day: Int, time: String) -> Date? {
        let parts = time.split(separator: ":").map { Int($0) }
        guard parts.count == 3, let hour = parts[0], let minute = parts[1], let second = parts[2],
            let local = LocalDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        else { return nil }
        return local.instant(utcOffsetSeconds: 0)
    }
}
