/// The real places of a country's domestic lanes: where simulated parcels start, sort and end, and where an
/// import enters the country.
struct SimulatedHome: Sendable {
    var country: String
    var originHub: SimulatedPlace
    var origin: SimulatedPlace
    var destinationHub: SimulatedPlace
    var destination: SimulatedPlace
    var importGateway: SimulatedPlace

    /// Hamburg → Leipzig → Munich; imports through Leipzig.
    static let germany = SimulatedHome(
        country: "DE",
        originHub: .init(city: "Hamburg", region: "HH", postalCode: "20095", country: "DE", timeZoneID: "Europe/Berlin"),
        origin: .init(city: "Hamburg", region: "HH", postalCode: "20457", country: "DE", timeZoneID: "Europe/Berlin"),
        destinationHub: .init(city: "Leipzig", region: "SN", postalCode: "04435", country: "DE", timeZoneID: "Europe/Berlin"),
        destination: .init(city: "Munich", region: "BY", postalCode: "80331", country: "DE", timeZoneID: "Europe/Berlin"),
        importGateway: .init(city: "Leipzig", region: "SN", postalCode: "04435", country: "DE", timeZoneID: "Europe/Berlin")
    )

    /// Columbus/Dayton → Memphis → Denver (three time zones); imports through Los Angeles.
    static let unitedStates = SimulatedHome(
        country: "US",
        originHub: .init(city: "Columbus", region: "OH", postalCode: "43218", country: "US", timeZoneID: "America/New_York"),
        origin: .init(city: "Dayton", region: "OH", postalCode: "45402", country: "US", timeZoneID: "America/New_York"),
        destinationHub: .init(city: "Memphis", region: "TN", postalCode: "38118", country: "US", timeZoneID: "America/Chicago"),
        destination: .init(city: "Denver", region: "CO", postalCode: "80202", country: "US", timeZoneID: "America/Denver"),
        importGateway: .init(city: "Los Angeles", region: "CA", postalCode: "90009", country: "US", timeZoneID: "America/Los_Angeles")
    )
}
