import Foundation
import ShipwatchCore

/// A place where simulated scans happen, with its real time zone so offsets (and DST) come out right.
struct SimulatedPlace: Sendable, Hashable {
    var city: String
    var region: String?
    var postalCode: String?
    var country: String
    var timeZoneID: String

    var location: EventLocation {
        EventLocation(city: city, region: region, postalCode: postalCode, countryCode: country)
    }

    func offset(at instant: Date) -> Int {
        TimeZone(identifier: timeZoneID)?.secondsFromGMT(for: instant) ?? 0
    }
}

/// The lanes simulated parcels travel, per carrier.
struct SimulatedLanes: Sendable {
    var originHub: SimulatedPlace
    var origin: SimulatedPlace
    var destinationHub: SimulatedPlace
    var destination: SimulatedPlace
    var foreignOrigin: SimulatedPlace
    var foreignHub: SimulatedPlace
    var importGateway: SimulatedPlace
    var domesticCountry: String
    var service: String
    var internationalService: String

    /// The lanes of a carrier dressed as `style`: real places in its home country (Germany or the US; the US for
    /// any other), the same foreign origin for every carrier.
    static func styled(_ style: SimulatedLaneStyle) -> SimulatedLanes {
        let home = style.homeCountry == SimulatedHome.germany.country ? SimulatedHome.germany : .unitedStates
        return SimulatedLanes(
            originHub: home.originHub,
            origin: home.origin,
            destinationHub: home.destinationHub,
            destination: home.destination,
            foreignOrigin: SimulatedPlace(city: "Shenzhen", region: "GD", postalCode: "518000", country: "CN", timeZoneID: "Asia/Shanghai"),
            foreignHub: SimulatedPlace(city: "Hong Kong", region: nil, postalCode: nil, country: "HK", timeZoneID: "Asia/Hong_Kong"),
            importGateway: home.importGateway,
            domesticCountry: home.country,
            service: style.domesticService,
            internationalService: style.internationalService
        )
    }
}
