import CarrierSupport
import Foundation
import ShipwatchCore

/// Turns a DHL address into an `EventLocation`.
///
/// Express writes the country name into `addressLocality`: "LEIPZIG - GERMANY",
/// "CINCINNATI HUB, OH - USA", "KARACHI - KARACHI - PAKISTAN", "HONG KONG - HONG KONG SAR, CHINA".
/// The last " - " segment becomes the ISO country when it is a country name we know; a short upper-case
/// part after a comma in the first segment becomes the region; a middle segment also becomes the region.
/// When the last segment is not a known country name the locality is kept whole as the city, so nothing
/// is lost. An explicit `countryCode` always wins.
enum DHLLocationParser {
    /// The normalized location of an address (empty when there is none).
    static func location(of address: DHLAddress?) -> EventLocation {
        guard let address else { return EventLocation() }
        let explicitCountry = address.countryCode.flatMap(cleanCountryCode)
        guard let locality = address.addressLocality?.trimmingWhitespaceAndNewlines(), !locality.isEmpty else {
            return EventLocation(postalCode: address.postalCode, countryCode: explicitCountry)
        }
        let split = splitLocality(locality)
        return EventLocation(
            city: split.city,
            region: split.region,
            postalCode: address.postalCode,
            countryCode: explicitCountry ?? split.countryCode
        )
    }

    /// The ISO country of an origin or destination place, when it can be told.
    static func country(of place: DHLPlace?) -> String? {
        location(of: place?.address).countryCode
    }

    /// Splits "CITY[, REGION] [- REGION] - COUNTRY NAME" into its parts.
    static func splitLocality(_ locality: String) -> (city: String?, region: String?, countryCode: String?) {
        let segments = locality.parts(separatedBy: " - ").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        guard let first = segments.first, let last = segments.last else { return (nil, nil, nil) }
        let countryCode = CountryNames.isoCode(forName: last)
        if segments.count == 1, countryCode != nil {
            // A lone country name ("GERMANY" as an origin) is a country, not a city.
            return (nil, nil, countryCode)
        }
        if segments.count > 1, countryCode == nil {
            return (locality, nil, nil)
        }
        var (city, region) = splitRegion(first)
        if region == nil, segments.count > 2 {
            region = segments[1..<(segments.count - 1)].joined(separator: " - ")
        }
        return (city, region, countryCode)
    }

    /// "CINCINNATI HUB, OH" → ("CINCINNATI HUB", "OH"); a tail of one to three capitals is a region code.
    /// Byte by byte: every scan of an Express answer goes through here.
    private static func splitRegion(_ text: String) -> (city: String, region: String?) {
        let utf8 = text.utf8
        guard let comma = utf8.lastIndex(of: UInt8(ascii: ",")) else { return (text, nil) }
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        var tail = utf8[utf8.index(after: comma)...]
        while let first = tail.first, isBlank(first) { tail = tail.dropFirst() }
        while let last = tail.last, isBlank(last) { tail = tail.dropLast() }
        guard (1...3).contains(tail.count), tail.allSatisfy({ (0x41...0x5A).contains($0) }) else { return (text, nil) }
        return (String(text[..<comma]).trimmingSpaces(), String(decoding: tail, as: UTF8.self))
    }

    private static func cleanCountryCode(_ code: String) -> String? {
        let trimmed = code.trimmingSpaces()
        return trimmed.isEmpty ? nil : trimmed.uppercased()
    }
}
