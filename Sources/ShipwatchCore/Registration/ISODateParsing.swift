import Foundation

/// Dates in imports and on the command line: an ISO 8601 date (`2026-11-20`, taken as midnight UTC)
/// or a date-time with an offset (`2026-11-20T14:05:00+01:00`, `…Z`). A date-time without an offset is
/// refused: its instant would be a guess.
public enum ISODateParsing {
    public static func parse(_ text: String) -> Result<Date, ValidationMessage> {
        guard let stamp = CarrierTimestamp.parse(text) else {
            return .failure(.init("'\(text)' is not an ISO 8601 date or date-time"))
        }
        let isDateOnly = !text.contains("T") && !text.contains(" ")
        if stamp.utcOffsetSeconds == nil && !isDateOnly {
            return .failure(.init("'\(text)' has a time but no UTC offset (add Z or ±HH:MM)"))
        }
        return .success(stamp.instant(assumingOffset: 0))
    }
}
