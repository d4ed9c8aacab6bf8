import Foundation
import ShipwatchCore

/// The JSON form of a normalized timeline, shared by `shipwatch track` and `shipwatch shipments show`.
///
/// Field names are snake_case; `events` are newest first; instants are UTC ISO 8601.
struct TimelineDocument: Encodable {
    struct Location: Encodable {
        var city: String?
        var region: String?
        var postalCode: String?
        var country: String?

        enum CodingKeys: String, CodingKey {
            case city, region, country
            case postalCode = "postal_code"
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(city, forKey: .city)
            try container.encode(region, forKey: .region)
            try container.encode(postalCode, forKey: .postalCode)
            try container.encode(country, forKey: .country)
        }
    }

    struct Event: Encodable {
        var occurredAt: String
        var localTime: String?
        var utcOffset: String?
        var zoneConfidence: String
        var milestone: String
        var carrierCode: String
        var description: String
        var location: Location

        enum CodingKeys: String, CodingKey {
            case occurredAt = "occurred_at"
            case localTime = "local_time"
            case utcOffset = "utc_offset"
            case zoneConfidence = "zone_confidence"
            case milestone
            case carrierCode = "carrier_code"
            case description
            case location
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(occurredAt, forKey: .occurredAt)
            try container.encode(localTime, forKey: .localTime)
            try container.encode(utcOffset, forKey: .utcOffset)
            try container.encode(zoneConfidence, forKey: .zoneConfidence)
            try container.encode(milestone, forKey: .milestone)
            try container.encode(carrierCode, forKey: .carrierCode)
            try container.encode(description, forKey: .description)
            try container.encode(location, forKey: .location)
        }
    }

    static func events(_ timeline: Timeline) -> [Event] {
        timeline.events.reversed().map { event in
            Event(
                occurredAt: Formatting.iso8601(event.occurredAt),
                localTime: event.localTime?.description,
                utcOffset: event.utcOffsetSeconds.map(Formatting.offset),
                zoneConfidence: event.zoneConfidence.rawValue,
                milestone: event.milestone.rawValue,
                carrierCode: event.carrierCode,
                description: event.description,
                location: Location(
                    city: event.location.city,
                    region: event.location.region,
                    postalCode: event.location.postalCode,
                    country: event.location.countryCode
                )
            )
        }
    }
}

/// Formatting helpers for CLI output.
enum Formatting {
    /// `2026-11-20T14:05:00Z`.
    static func iso8601(_ date: Date) -> String {
        LocalDateTime(instant: date, utcOffsetSeconds: 0).description + "Z"
    }

    /// `+01:00`, `-05:00`.
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        return String(format: "%@%02d:%02d", sign, magnitude / 3_600, (magnitude % 3_600) / 60)
    }

    /// `2026-11-20`.
    static func date(_ local: LocalDateTime) -> String {
        String(local.description.prefix(10))
    }

    /// Pretty, stable JSON.
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Masks an e-mail for display and logs: `j***@example.com`.
    static func maskedEmail(_ email: String) -> String {
        guard let at = email.firstIndex(of: "@"), at > email.startIndex else { return "***" }
        return String(email[email.startIndex]) + "***" + email[at...]
    }
}

extension Formatting {
    /// Compact JSON with sorted keys (for jsonb columns).
    static func compactJSON(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
