/// The shipment's current stay: the run of latest meaningful scans that report the same place in the
/// journey. The stall clocks run from the stay's first scan.
///
/// What counts as movement (a new stay):
/// - `info` and `unknown` scans are not movement: they never start, end or extend a stay.
/// - A carrier-declared delay (`delayed`) is not movement either: it is recorded as one of the stay's
///   delays, and the stay keeps the stage the parcel was in.
/// - A repeat of the same stage is not movement: more customs scans (in progress / held, anywhere) stay
///   in customs; more sort scans (arrived / processed) at the same facility stay in that facility; more
///   label scans stay at the label; any other milestone repeated at the same location stays put.
///   (Same location: same city, ignoring case, and same country.)
/// - Anything else — another milestone, or the same one at another location — is movement.
struct StageStay: Sendable {
    /// The timeline's scans, oldest first; the stay is described by indices into them.
    private let events: [ScanEvent]
    private let firstIndex: Int
    private let latestStageIndex: Int
    private let latestMeaningfulIndex: Int
    /// Indices of the carrier-declared delays since the stay began, oldest first.
    private let delayIndices: [Int]
    /// `info` / `unknown` (and date-only) scans newer than the latest meaningful scan.
    let laterNonMeaningfulCount: Int

    /// The current stay of a timeline's scans (oldest first); nil when no scan is meaningful.
    init?(events: [ScanEvent]) {
        var latestMeaningful: Int?
        var laterNonMeaningful = 0
        var delaysNewestFirst: [Int] = []
        var stayKey: StayKey?
        var first: Int?
        var latestStage: Int?

        for index in events.indices.reversed() {
            let milestone = events[index].milestone
            guard milestone.isMeaningful, !events[index].isDateOnly else {
                if latestMeaningful == nil { laterNonMeaningful += 1 }
                continue
            }
            if latestMeaningful == nil { latestMeaningful = index }
            if milestone == .delayed {
                delaysNewestFirst.append(index)
                continue
            }
            let key = StayKey(events[index])
            if let stayKey {
                guard key == stayKey else { break }
                first = index
            } else {
                stayKey = key
                first = index
                latestStage = index
            }
        }

        guard let latestMeaningful else { return nil }
        let start = first ?? delaysNewestFirst.last ?? latestMeaningful
        self.events = events
        firstIndex = start
        latestStageIndex = latestStage ?? latestMeaningful
        latestMeaningfulIndex = latestMeaningful
        delayIndices = delaysNewestFirst.filter { $0 >= start }.reversed()
        laterNonMeaningfulCount = laterNonMeaningful
    }

    /// The stage of the stay (its latest scan's milestone); `delayed` only when the carrier has sent
    /// nothing but delays.
    var stage: Milestone { events[latestStageIndex].milestone }
    /// The stay's first scan: the clock starts here.
    var firstEvent: ScanEvent { events[firstIndex] }
    /// The stay's latest scan of its stage (not a delay).
    var latestStageEvent: ScanEvent { events[latestStageIndex] }
    /// The latest meaningful scan: `latestStageEvent`, or a delay declared after it.
    var latestMeaningfulEvent: ScanEvent { events[latestMeaningfulIndex] }
    /// The latest carrier-declared delay of the stay.
    var latestDelay: ScanEvent? { delayIndices.last.map { events[$0] } }
    /// True when the carrier declared a delay during this stay.
    var isCarrierDeclaredDelay: Bool { !delayIndices.isEmpty }

    /// The stay's first scan, its latest stage scan and its latest delay, oldest first, each once:
    /// what a stay-based finding rests on.
    var keyEvents: [ScanEvent] {
        var indices = [firstIndex]
        if latestStageIndex != firstIndex { indices.append(latestStageIndex) }
        if let delay = delayIndices.last, !indices.contains(delay) { indices.append(delay) }
        return indices.sorted().map { events[$0] }
    }
}

/// Which scans belong to one stay (see `StageStay`).
private enum StayKey: Equatable {
    case customs
    case label
    case sortFacility(StayPlace)
    case stage(Milestone, StayPlace)

    init(_ event: ScanEvent) {
        switch event.milestone {
        case .customsInProgress, .customsHeld: self = .customs
        case .labelCreated: self = .label
        case .sortArrived, .sortProcessed: self = .sortFacility(StayPlace(event.location))
        default: self = .stage(event.milestone, StayPlace(event.location))
        }
    }
}

/// A scan's place for telling stays apart: city (ignoring case) and country.
private struct StayPlace: Equatable {
    let city: String?
    let countryCode: String?

    init(_ location: EventLocation) {
        city = location.city?.uppercased()
        countryCode = location.countryCode
    }
}
