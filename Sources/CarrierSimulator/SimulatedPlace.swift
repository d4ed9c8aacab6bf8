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
        let shenzhen = SimulatedPlace(city: "Shenzhen", region: "GD", postalCode: "518000", country: "CN", timeZoneID: "Asia/Shanghai")
        let hongKong = SimulatedPlace(city: "Hong Kong", region: nil, postalCode: nil, country: "HK", timeZoneID: "Asia/Hong_Kong")
        if style.homeCountry == "DE" {
            return SimulatedLanes(
                originHub: .init(city: "Hamburg", region: "HH", postalCode: "20095", country: "DE", timeZoneID: "Europe/Berlin"),
                origin: .init(city: "Hamburg", region: "HH", postalCode: "20457", country: "DE", timeZoneID: "Europe/Berlin"),
                destinationHub: .init(city: "Leipzig", region: "SN", postalCode: "04435", country: "DE", timeZoneID: "Europe/Berlin"),
                destination: .init(city: "Munich", region: "BY", postalCode: "80331", country: "DE", timeZoneID: "Europe/Berlin"),
                foreignOrigin: shenzhen,
                foreignHub: hongKong,
                importGateway: .init(city: "Leipzig", region: "SN", postalCode: "04435", country: "DE", timeZoneID: "Europe/Berlin"),
                domesticCountry: "DE",
                service: style.domesticService,
                internationalService: style.internationalService
            )
        }
        return SimulatedLanes(
            originHub: .init(city: "Columbus", region: "OH", postalCode: "43218", country: "US", timeZoneID: "America/New_York"),
            origin: .init(city: "Dayton", region: "OH", postalCode: "45402", country: "US", timeZoneID: "America/New_York"),
            destinationHub: .init(city: "Memphis", region: "TN", postalCode: "38118", country: "US", timeZoneID: "America/Chicago"),
            destination: .init(city: "Denver", region: "CO", postalCode: "80202", country: "US", timeZoneID: "America/Denver"),
            foreignOrigin: shenzhen,
            foreignHub: hongKong,
            importGateway: .init(city: "Los Angeles", region: "CA", postalCode: "90009", country: "US", timeZoneID: "America/Los_Angeles"),
            domesticCountry: "US",
            service: style.domesticService,
            internationalService: style.internationalService
        )
    }
}
