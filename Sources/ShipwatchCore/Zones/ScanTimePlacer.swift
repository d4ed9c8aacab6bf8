import Foundation

/// Places one response's scans on the UTC timeline when some of them carry a wall time without an offset.
///
/// In order of preference, each scan's instant comes from: the carrier's own offset (kept as given); the zone
/// of the scan's location (`LocationZone`, `.zoneInferred`); the offset of the nearest scan of the same response
/// at the same place, else in the same country (`.neighbour`); UTC (`.assumed`). Scans resting on a guess
/// (`.neighbour`, `.assumed`) and date-only scans then yield to the carrier's order: their instant is moved, if
/// needed, to lie between the scans the carrier lists before and after them, so the timeline never shows an
/// arrival before its departure. A date-only scan stays within its own day.
public struct ScanTimePlacer {
    /// One scan as the carrier sent it.
    public struct Scan: Sendable, Hashable {
        public var local: LocalDateTime
        /// The carrier's offset, when it gave one.
        public var utcOffsetSeconds: Int?
        /// How sure the carrier's own offset is (`exact` or `derived`); ignored without an offset.
        public var givenConfidence: ZoneConfidence
        public var location: EventLocation
        /// True when the carrier gave only the day.
        public var isDateOnly: Bool

        public init(
            local: LocalDateTime, utcOffsetSeconds: Int?, givenConfidence: ZoneConfidence = .exact,
            location: EventLocation, isDateOnly: Bool = false
        ) {
            self.local = local
            self.utcOffsetSeconds = utcOffsetSeconds
            self.givenConfidence = givenConfidence
            self.location = location
            self.isDateOnly = isDateOnly
        }
    }

    /// Where a scan was placed.
    public struct Placement: Sendable, Hashable {
        public var instant: Date
        /// The offset the instant rests on; nil when assumed UTC.
        public var utcOffsetSeconds: Int?
        public var confidence: ZoneConfidence
    }

    private var zones: [String: TimeZone] = [:]

    public init() {}

    /// The placement of each scan; `scans` must be in the carrier's chronological order (oldest first).
    public mutating func place(_ scans: [Scan]) -> [Placement] {
        var offsets: [Int?] = []
        var confidences: [ZoneConfidence] = []
        offsets.reserveCapacity(scans.count)
        confidences.reserveCapacity(scans.count)
        for scan in scans {
            if let given = scan.utcOffsetSeconds {
                offsets.append(given)
                confidences.append(scan.givenConfidence.isGuess ? .exact : scan.givenConfidence)
            } else if let zone = zone(for: scan.location) {
                offsets.append(LocationZone.offset(of: scan.local, in: zone))
                confidences.append(.zoneInferred)
            } else {
                offsets.append(nil)
                confidences.append(.assumed)
            }
        }
        for index in scans.indices where offsets[index] == nil {
            if let borrowed = Self.neighbourOffset(for: index, scans: scans, offsets: offsets, confidences: confidences) {
                offsets[index] = borrowed
                confidences[index] = .neighbour
            }
        }
        var placements = scans.indices.map { index in
            Placement(
                instant: scans[index].local.instant(utcOffsetSeconds: offsets[index] ?? 0),
                utcOffsetSeconds: offsets[index],
                confidence: confidences[index]
            )
        }
        Self.yieldToCarrierOrder(&placements, scans: scans)
        return placements
    }

    private mutating func zone(for location: EventLocation) -> TimeZone? {
        guard let identifier = LocationZone.identifier(for: location) else { return nil }
        if let cached = zones[identifier] { return cached }
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        zones[identifier] = zone
        return zone
    }

    /// The offset of the nearest scan (in the carrier's order) whose offset is not itself borrowed: at the
    /// same place first, then in the same country.
    private static func neighbourOffset(
        for index: Int, scans: [Scan], offsets: [Int?], confidences: [ZoneConfidence]
    ) -> Int? {
        let place = scans[index].location
        guard !place.isEmpty else { return nil }
        let byDistance = scans.indices
            .filter { offsets[$0] != nil && !confidences[$0].isGuess && $0 != index }
            .sorted { abs($0 - index) < abs($1 - index) }
        if let same = byDistance.first(where: { scans[$0].location.identityKey == place.identityKey }) {
            return offsets[same]
        }
        guard let country = place.countryCode else { return nil }
        return byDistance.first { scans[$0].location.countryCode == country }.flatMap { offsets[$0] }
    }

    /// Moves guessed and date-only instants between the surer scans the carrier lists around them.
    private static func yieldToCarrierOrder(_ placements: inout [Placement], scans: [Scan]) {
        func yields(_ index: Int) -> Bool { placements[index].confidence.isGuess || scans[index].isDateOnly }
        guard scans.indices.contains(where: yields) else { return }
        // The earliest surer instant listed after each position.
        var nextSure: [Date?] = Array(repeating: nil, count: scans.count)
        var earliest: Date?
        for index in scans.indices.reversed() {
            nextSure[index] = earliest
            if !yields(index) { earliest = min(earliest ?? placements[index].instant, placements[index].instant) }
        }
        var latestBefore: Date?
        for index in scans.indices {
            if yields(index) {
                var instant = placements[index].instant
                if let floor = latestBefore, instant < floor { instant = floor }
                if let ceiling = nextSure[index], instant > ceiling, latestBefore.map({ ceiling >= $0 }) ?? true {
                    instant = ceiling
                }
                if scans[index].isDateOnly { instant = withinDay(instant, of: scans[index].local, offset: placements[index].utcOffsetSeconds ?? 0) }
                placements[index].instant = instant
            }
            latestBefore = max(latestBefore ?? placements[index].instant, placements[index].instant)
        }
    }

    /// Keeps a date-only scan's instant within its own local day.
    private static func withinDay(_ instant: Date, of local: LocalDateTime, offset: Int) -> Date {
        let start = local.instant(utcOffsetSeconds: offset)
        let end = start.addingTimeInterval(86_399)
        return min(max(instant, start), end)
    }
}
