import Foundation

/// A shipment's scans, de-duplicated by identity and ordered by UTC instant, then carrier order.
public struct Timeline: Sendable, Hashable {
    /// Oldest first.
    public private(set) var events: [ScanEvent]

    /// Builds a timeline from scans in any order, folding duplicates (see `ScanEvent.identityKey`).
    public init(events: [ScanEvent] = []) {
        self.events = []
        merge(events)
    }

    /// Merges newly fetched scans into the known ones and returns those that were not known.
    ///
    /// A scan already known by identity is not added again; when the new copy is surer of its zone
    /// (an exact offset where the known one was assumed), it replaces the known copy in place.
    @discardableResult
    public mutating func merge(_ incoming: [ScanEvent]) -> [ScanEvent] {
        var indexByKey: [String: Int] = [:]
        indexByKey.reserveCapacity(events.count + incoming.count)
        for (index, event) in events.enumerated() { indexByKey[event.identityKey] = index }
        var added: [ScanEvent] = []
        for event in incoming {
            let key = event.identityKey
            if let index = indexByKey[key] {
                if event.zoneConfidence.rank > events[index].zoneConfidence.rank {
                    events[index] = event
                }
                continue
            }
            indexByKey[key] = events.count
            events.append(event)
            added.append(event)
        }
        events.sort(by: Timeline.chronological)
        return added
    }

    /// The newest scan of any kind.
    public var latestEvent: ScanEvent? { events.last }

    /// The newest scan whose milestone is meaningful (`info` and `unknown` never override); a date-only scan
    /// (the carrier said the day, not the time) never decides the stage.
    public var latestMeaningfulEvent: ScanEvent? {
        events.last { $0.milestone.isMeaningful && !$0.isDateOnly }
    }

    /// The shipment's status: the latest meaningful milestone, or nil before any scan.
    public var derivedStatus: Milestone? {
        latestMeaningfulEvent?.milestone ?? (events.isEmpty ? nil : .unknown)
    }

    /// The instant of the delivery scan, when the parcel is delivered.
    public var deliveredAt: Date? {
        guard derivedStatus == .delivered else { return nil }
        return latestMeaningfulEvent?.occurredAt
    }

    /// Chronological order: UTC instant, then the carrier's own order, then physical progress.
    public static func chronological(_ lhs: ScanEvent, _ rhs: ScanEvent) -> Bool {
        if lhs.occurredAt != rhs.occurredAt { return lhs.occurredAt < rhs.occurredAt }
        if lhs.carrierSequence != rhs.carrierSequence { return lhs.carrierSequence < rhs.carrierSequence }
        return lhs.milestone.progressRank < rhs.milestone.progressRank
    }
}
