import Foundation

/// One evaluation's inputs and what every rule derives from them.
struct RuleContext: Sendable {
    let timeline: Timeline
    let facts: ShipmentFacts
    let policy: StorePolicy
    let now: Date
    /// The current stay; nil when no scan is meaningful.
    let stay: StageStay?
    /// The origin country: the facts', else the first scan that names a country.
    let originCountry: String?

    init(timeline: Timeline, facts: ShipmentFacts, policy: StorePolicy, now: Date) {
        self.timeline = timeline
        self.facts = facts
        self.policy = policy
        self.now = now
        stay = StageStay(events: timeline.events)
        originCountry = facts.originCountry ?? timeline.events.lazy.compactMap(\.location.countryCode).first
    }

    var calendar: BusinessCalendar { policy.businessCalendar }
    var thresholds: RuleThresholds { policy.thresholds }

    /// True when origin and destination countries are both known and differ.
    var isInternational: Bool {
        guard let originCountry, let destination = facts.destinationCountry else { return false }
        return originCountry != destination
    }

    /// Fractional days from `instant` to now; 0 when `instant` is in the future.
    func days(since instant: Date) -> Double {
        max(0, now.timeIntervalSince(instant)) / 86_400
    }

    /// The store's local time of an instant, for summaries: `2024-11-20 14:05 -05:00`.
    func stamp(_ instant: Date) -> String {
        FindingText.stamp(instant, in: calendar)
    }
}
