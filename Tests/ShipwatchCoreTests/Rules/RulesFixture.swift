import CarrierUPS
import Foundation
@testable import ShipwatchCore

/// Builders shared by the rule-engine tests: instants, scans, shipment facts and policies.
enum RulesFixture {
    /// An instant from ISO text with an offset or `Z`: `2024-11-04T12:00:00Z`.
    static func instant(_ text: String) -> Date {
        guard let stamp = CarrierTimestamp.parse(text), stamp.utcOffsetSeconds != nil else {
            preconditionFailure("fixture time needs an offset: \(text)")
        }
        return stamp.instant()
    }

    /// `days` (fractional) after `start`.
    static func days(_ days: Double, after start: Date) -> Date {
        start.addingTimeInterval(days * 86_400)
    }

    /// Monday 2024-11-04 12:00 UTC: the origin of most tables.
    static let t0 = instant("2024-11-04T12:00:00Z")

    /// A scan `daysAfterT0` days after `t0`.
    static func scan(
        _ milestone: Milestone,
        _ daysAfterT0: Double,
        city: String = "Memphis",
        country: String = "US",
        code: String? = nil,
        description: String? = nil
    ) -> ScanEvent {
        scan(milestone, at: days(daysAfterT0, after: t0), city: city, country: country, code: code, description: description)
    }

    /// A scan at an instant.
    static func scan(
        _ milestone: Milestone,
        at instant: Date,
        city: String = "Memphis",
        country: String = "US",
        code: String? = nil,
        description: String? = nil
    ) -> ScanEvent {
        ScanEvent(
            occurredAt: instant,
            localTime: LocalDateTime(instant: instant, utcOffsetSeconds: 0),
            utcOffsetSeconds: 0,
            zoneConfidence: .exact,
            location: EventLocation(city: city, countryCode: country),
            carrierCode: code ?? milestone.rawValue.uppercased(),
            description: description ?? milestone.rawValue.replacingOccurrences(of: "_", with: " "),
            milestone: milestone,
            raw: "{}")
    }

    static func facts(
        orderedAt: Date? = nil,
        shippedAt: Date? = nil,
        destination: String? = "US",
        origin: String? = nil,
        notFoundSince: Date? = nil,
        estimatedDelivery: LocalDateTime? = nil
    ) -> ShipmentFacts {
        ShipmentFacts(
            store: "phonecases",
            orderRef: "PC-1042",
            carrier: .ups,
            carrierName: "UPS",
            trackingNumber: "1Z999AA10123456784",
            orderedAt: orderedAt,
            shippedAt: shippedAt,
            destinationCountry: destination,
            originCountry: origin,
            notFoundSince: notFoundSince,
            estimatedDelivery: estimatedDelivery,
            createdAt: instant("2024-11-01T00:00:00Z"))
    }

    /// The default policy with its calendar in `zone`.
    static func policy(zone: String = "UTC", holidays: [String] = []) -> StorePolicy {
        var policy = StorePolicy.default
        policy.businessCalendar = BusinessCalendar(
            timeZoneIdentifier: zone,
            weekendDays: [.saturday, .sunday],
            holidays: holidays.map { CalendarDate(isoText: $0)! })
        return policy
    }

    static func evaluate(
        _ events: [ScanEvent],
        facts: ShipmentFacts = facts(),
        policy: StorePolicy = policy(),
        now: Date
    ) -> [Finding] {
        RuleEngine.evaluate(timeline: Timeline(events: events), facts: facts, policy: policy, now: now)
    }
}

/// The part of a finding most tables compare: which rule, how severe.
struct RuleVerdict: Hashable, CustomStringConvertible {
    var rule: RuleID
    var severity: Severity

    init(_ rule: RuleID, _ severity: Severity) {
        self.rule = rule
        self.severity = severity
    }

    var description: String { "\(rule.rawValue)/\(severity.rawValue)" }
}

extension Array where Element == Finding {
    var verdicts: [RuleVerdict] { map { RuleVerdict($0.rule, $0.severity) } }
}
