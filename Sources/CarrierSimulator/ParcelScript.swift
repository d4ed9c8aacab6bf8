import CarrierCatalog
import CarrierSupport
import Foundation
import ShipwatchCore

/// Turns a scenario into the parcel a carrier would report at a given moment.
///
/// Every parcel's story is anchored on the simulator's start: stalls ended N days before it, healthy parcels keep
/// moving after it. Scans whose time has not come yet are hidden, so parcels advance as time passes.
struct ParcelScript: Sendable {
    var lanes: SimulatedLanes
    var anchor: Date

    /// The script of parcels on `lanes`, anchored on `anchor`.
    init(lanes: SimulatedLanes, anchor: Date) {
        self.lanes = lanes
        self.anchor = anchor
    }

    /// The script of `carrier`'s parcels, on the lanes its simulation asks for.
    init(carrier: Carrier, anchor: Date) {
        self.init(lanes: .styled(CarrierCatalog.descriptor(for: carrier).makeSimulation().lanes), anchor: anchor)
    }

    /// The parcel as known at `now`, or nil when the carrier does not know the number at `now`.
    func parcel(trackingNumber: String, scenario: Scenario, now: Date) -> SimulatedParcel? {
        let steps: [Step]
        var international = false
        let hour = 3_600.0
        let day = 86_400.0
        switch scenario {
        case .notFound:
            return nil
        case .lateFound(let hours):
            let visibleFrom = anchor.addingTimeInterval(Double(hours) * hour)
            guard now >= visibleFrom else { return nil }
            steps = domesticSteps(lanes: lanes, start: visibleFrom.addingTimeInterval(-hour), upTo: .delivered)
        case .domesticDelivered:
            steps = domesticSteps(lanes: lanes, start: anchor.addingTimeInterval(-60 * hour), upTo: .delivered)
        case .inTransit:
            steps = domesticSteps(lanes: lanes, start: anchor.addingTimeInterval(-20 * hour), upTo: .delivered)
        case .internationalThroughCustoms:
            international = true
            steps = internationalSteps(lanes: lanes, start: anchor.addingTimeInterval(-170 * hour), stopAt: nil)
        case .customsStall(let days):
            international = true
            let heldAt = anchor.addingTimeInterval(-Double(days) * day)
            steps = internationalSteps(lanes: lanes, start: heldAt.addingTimeInterval(-81 * hour), stopAt: .customsHeld)
        case .sortingStall(let days):
            let stuckAt = anchor.addingTimeInterval(-Double(days) * day)
            steps = domesticSteps(lanes: lanes, start: stuckAt.addingTimeInterval(-11 * hour), upTo: .sortProcessed)
        case .neverScanned(let days):
            steps = [Step(.labelCreated, anchor.addingTimeInterval(-Double(days) * day), lanes.origin)]
        case .deliveryException:
            steps = domesticSteps(lanes: lanes, start: anchor.addingTimeInterval(-50 * hour), upTo: .outForDelivery)
                + [Step(.exception, anchor.addingTimeInterval(-3 * hour), lanes.destination, "Package damaged; delivery not possible")]
        case .returnToSender:
            steps = domesticSteps(lanes: lanes, start: anchor.addingTimeInterval(-70 * hour), upTo: .outForDelivery)
                + [
                    Step(.deliveryAttempted, anchor.addingTimeInterval(-22 * hour), lanes.destination),
                    Step(.returnToSender, anchor.addingTimeInterval(-10 * hour), lanes.destination, "Refused by recipient; returning to sender"),
                ]
        }
        let scans = steps.filter { $0.at <= now }.map { step in
            SimulatedScan(
                milestone: step.milestone,
                occurredAt: step.at,
                utcOffsetSeconds: step.place.offset(at: step.at),
                location: step.place.location,
                description: step.description
            )
        }
        guard !scans.isEmpty else { return nil }
        let delivered = scans.last?.milestone == .delivered
        let eta = steps.last(where: { $0.milestone == .delivered }).map { step in
            LocalDateTime(instant: step.at, utcOffsetSeconds: step.place.offset(at: step.at))
        }
        return SimulatedParcel(
            trackingNumber: trackingNumber,
            scans: scans,
            service: international ? lanes.internationalService : lanes.service,
            originCountry: international ? lanes.foreignOrigin.country : lanes.domesticCountry,
            destinationCountry: lanes.domesticCountry,
            estimatedDelivery: delivered ? nil : eta.flatMap { LocalDateTime(year: $0.year, month: $0.month, day: $0.day) },
            signedBy: delivered ? "J SMITH" : nil
        )
    }

    struct Step: Sendable {
        var milestone: Milestone
        var at: Date
        var place: SimulatedPlace
        var description: String?

        init(_ milestone: Milestone, _ at: Date, _ place: SimulatedPlace, _ description: String? = nil) {
            self.milestone = milestone
            self.at = at
            self.place = place
            self.description = description
        }
    }

    /// Label → acceptance → origin hub → destination hub → delivery, about two days end to end.
    private func domesticSteps(lanes: SimulatedLanes, start: Date, upTo last: Milestone) -> [Step] {
        let hour = 3_600.0
        let all: [Step] = [
            Step(.labelCreated, start, lanes.origin),
            Step(.accepted, start.addingTimeInterval(4 * hour), lanes.origin),
            Step(.sortArrived, start.addingTimeInterval(9 * hour), lanes.originHub),
            Step(.sortProcessed, start.addingTimeInterval(11 * hour), lanes.originHub),
            Step(.sortDeparted, start.addingTimeInterval(14 * hour), lanes.originHub),
            Step(.sortArrived, start.addingTimeInterval(26 * hour), lanes.destinationHub),
            Step(.sortDeparted, start.addingTimeInterval(30 * hour), lanes.destinationHub),
            Step(.outForDelivery, start.addingTimeInterval(42 * hour), lanes.destination),
            Step(.delivered, start.addingTimeInterval(47 * hour), lanes.destination),
        ]
        guard let cut = all.firstIndex(where: { $0.milestone == last }) else { return all }
        if last == .sortProcessed { return Array(all[...cut]) }
        return Array(all[...(all.lastIndex(where: { $0.milestone == last }) ?? cut)])
    }

    /// Foreign origin → export → import customs → release → delivery, about a week end to end.
    private func internationalSteps(lanes: SimulatedLanes, start: Date, stopAt: Milestone?) -> [Step] {
        let hour = 3_600.0
        let all: [Step] = [
            Step(.labelCreated, start, lanes.foreignOrigin),
            Step(.accepted, start.addingTimeInterval(8 * hour), lanes.foreignOrigin),
            Step(.sortArrived, start.addingTimeInterval(20 * hour), lanes.foreignHub),
            Step(.sortDeparted, start.addingTimeInterval(30 * hour), lanes.foreignHub),
            Step(.customsExport, start.addingTimeInterval(34 * hour), lanes.foreignHub),
            Step(.sortArrived, start.addingTimeInterval(60 * hour), lanes.importGateway),
            Step(.customsInProgress, start.addingTimeInterval(70 * hour), lanes.importGateway),
            Step(.customsHeld, start.addingTimeInterval(81 * hour), lanes.importGateway),
            Step(.customsReleased, start.addingTimeInterval(110 * hour), lanes.importGateway),
            Step(.sortArrived, start.addingTimeInterval(130 * hour), lanes.destinationHub),
            Step(.outForDelivery, start.addingTimeInterval(150 * hour), lanes.destination),
            Step(.delivered, start.addingTimeInterval(156 * hour), lanes.destination),
        ]
        guard let stopAt, let cut = all.firstIndex(where: { $0.milestone == stopAt }) else { return all }
        return Array(all[...cut])
    }
}
