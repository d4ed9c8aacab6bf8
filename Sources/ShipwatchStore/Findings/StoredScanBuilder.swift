import Foundation
import ShipwatchCore

/// Builds `ScanEvent`s from stored columns for evaluation, fast.
///
/// `ScanEvent` and `EventLocation` trim and normalize their text on construction; stored scans went through
/// them at ingest, so their text is already clean, and cleaning it again per scan (Foundation's trimming) is
/// most of the cost of loading a million scans. When every value is already in normal form (no white space at
/// either end, no empty string for an absent value, an ASCII upper-case country code), the values are assigned
/// as they are; otherwise the initializers clean them, exactly as for a fresh scan.
enum StoredScanBuilder {
    private static let template = ScanEvent(
        occurredAt: Date(timeIntervalSince1970: 0), localTime: nil, utcOffsetSeconds: nil, zoneConfidence: .exact,
        location: EventLocation(), carrierCode: "", description: "", milestone: .unknown, raw: "")

    static func scan(
        occurredAt: Date, localTime: LocalDateTime?, utcOffsetSeconds: Int?, zoneConfidence: ZoneConfidence,
        city: String?, region: String?, postalCode: String?, countryCode: String?, carrierCode: String,
        description: String, milestone: Milestone, carrierSequence: Int
    ) -> ScanEvent {
        let clean = isTrimmed(carrierCode) && isTrimmed(description) && isPresentAndTrimmed(city) && isPresentAndTrimmed(region)
            && isPresentAndTrimmed(postalCode) && isPresentAndTrimmed(countryCode) && isUpperASCII(countryCode)
        guard clean else {
            return ScanEvent(
                occurredAt: occurredAt, localTime: localTime, utcOffsetSeconds: utcOffsetSeconds, zoneConfidence: zoneConfidence,
                location: EventLocation(city: city, region: region, postalCode: postalCode, countryCode: countryCode),
                carrierCode: carrierCode, description: description, milestone: milestone, raw: "", carrierSequence: carrierSequence)
        }
        var event = template
        event.occurredAt = occurredAt
        event.localTime = localTime
        event.utcOffsetSeconds = utcOffsetSeconds
        event.zoneConfidence = zoneConfidence
        event.location.city = city
        event.location.region = region
        event.location.postalCode = postalCode
        event.location.countryCode = countryCode
        event.carrierCode = carrierCode
        event.description = description
        event.milestone = milestone
        event.carrierSequence = carrierSequence
        return event
    }

    /// No white space or newline (Unicode White_Space, what Foundation's `.whitespacesAndNewlines` holds) at
    /// either end.
    static func isTrimmed(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        return !first.properties.isWhitespace && !last.properties.isWhitespace
    }

    /// Nil, or a non-empty trimmed string (`EventLocation` turns empty and blank strings into nil).
    static func isPresentAndTrimmed(_ text: String?) -> Bool {
        guard let text else { return true }
        return !text.isEmpty && isTrimmed(text)
    }

    /// Nil, or ASCII without lower-case letters (`EventLocation` upper-cases country codes).
    static func isUpperASCII(_ text: String?) -> Bool {
        guard let text else { return true }
        return text.utf8.allSatisfy { $0 < 0x80 && !(0x61...0x7A).contains($0) }
    }
}
