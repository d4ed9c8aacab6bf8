import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing
@testable import CarrierUPS

@Suite("UPS simulation round trip")
struct RoundTripTests {
    let api = UPSTrackingAPI()

    /// A parcel whose scans cover every milestone, hopping across zones (including a DST change and a half-hour zone).
    static func everyMilestoneParcel() -> SimulatedParcel {
        let start = instant("2025-03-08T22:00:00Z")
        let zones = [-5.0, -5.0, -4.0, 5.5, 9.0, 1.0, 2.0, -8.0, 0.0, -3.5]
        let places = [
            EventLocation(city: "Louisville", region: "KY", countryCode: "US"),
            EventLocation(city: "Koeln", countryCode: "DE"),
            EventLocation(city: "Mumbai", region: "MH", postalCode: "400099", countryCode: "IN"),
            EventLocation(),
        ]
        let scans = Milestone.allCases.enumerated().map { index, milestone in
            SimulatedScan(
                milestone: milestone,
                occurredAt: start.addingTimeInterval(Double(index) * 4_500 + 7),
                utcOffsetSeconds: hours(zones[index % zones.count]),
                location: places[index % places.count],
                description: milestone == .info ? "Delivery date moved by the receiver." : nil
            )
        }
        return SimulatedParcel(
            trackingNumber: "1Z9S1M000000000017", scans: scans, service: "UPS Worldwide Express®",
            originCountry: "DE", destinationCountry: "US", estimatedDelivery: wallTime("2025-03-12T00:00:00"), signedBy: "PARK"
        )
    }

    @Test("every milestone survives render → parse, with instants and offsets", arguments: UPSGMTTimeStyle.allCases)
    func everyMilestone(_ style: UPSGMTTimeStyle) throws {
        let parcel = RoundTripTests.everyMilestoneParcel()
        let simulation = UPSSimulation(gmtTimeStyle: style)
        let request = api.trackingRequest(numbers: [parcel.trackingNumber], credentials: CarrierCredentials(), accessToken: "t", requestID: "r")
        let response = simulation.renderTracking(request: request, parcels: [parcel], notFound: [])
        #expect(response.status == 200)
        let outcomes = try api.parseTrackingResponse(response, requested: [parcel.trackingNumber])
        guard case .found(let snapshot)? = outcomes[parcel.trackingNumber] else {
            Issue.record("expected found, got \(String(describing: outcomes[parcel.trackingNumber]))")
            return
        }
        #expect(snapshot.events.map(\.milestone) == parcel.scans.map(\.milestone))
        #expect(snapshot.events.map(\.occurredAt) == parcel.scans.map(\.occurredAt))
        #expect(snapshot.events.map(\.utcOffsetSeconds) == parcel.scans.map { Optional($0.utcOffsetSeconds) })
        #expect(snapshot.events.allSatisfy { $0.zoneConfidence == .exact })
        #expect(snapshot.events.map(\.location) == parcel.scans.map(\.location))
        #expect(snapshot.events.map(\.carrierSequence) == Array(parcel.scans.indices))
        #expect(snapshot.events.first { $0.milestone == .info }?.description == "Delivery date moved by the receiver.")
        #expect(snapshot.service == parcel.service)
        #expect(snapshot.originCountry == "DE")
        #expect(snapshot.destinationCountry == "US")
        #expect(snapshot.estimatedDelivery == parcel.estimatedDelivery)
        #expect(snapshot.signedBy == "PARK")
        #expect(snapshot.unmappedCodes.map(\.code) == ["999"])
        #expect(snapshot.carrierStatus == "Status update")
    }

    @Test("not-found numbers come back typed, found ones alongside")
    func notFound() throws {
        let parcel = RoundTripTests.everyMilestoneParcel()
        let response = UPSSimulation().renderTracking(
            request: api.trackingRequest(numbers: [parcel.trackingNumber], credentials: CarrierCredentials(), accessToken: nil, requestID: "r"),
            parcels: [parcel], notFound: ["1Z0000000000000000"]
        )
        let outcomes = try api.parseTrackingResponse(response, requested: [parcel.trackingNumber, "1Z0000000000000000"])
        #expect(outcomes["1Z0000000000000000"] == .notFound(detail: "TW0001: Tracking Information Not Found"))
        if case .found = outcomes[parcel.trackingNumber] {} else { Issue.record("parcel not found") }
    }

    @Test("not-found body has exactly UPS's shape")
    func notFoundShape() throws {
        let response = UPSSimulation().renderTracking(
            request: WireRequest(method: .get, path: "/api/track/v1/details/1Z8E2F550399001827"), parcels: [], notFound: ["1Z8E2F550399001827"]
        )
        let rendered = try JSONDecoder().decode(JSONFragment.self, from: Data(response.body))
        let fixture = try JSONDecoder().decode(JSONFragment.self, from: Data(try Fixtures.bytes("not-found.json")))
        #expect(rendered == fixture)
    }

    @Test("requestedNumbers reads the path back")
    func requestedNumbers() throws {
        let simulation = UPSSimulation()
        let request = api.trackingRequest(numbers: ["1Z7R40W20358812406"], credentials: CarrierCredentials(), accessToken: "t", requestID: "r")
        #expect(try simulation.requestedNumbers(in: request) == ["1Z7R40W20358812406"])
        let encoded = WireRequest(method: .get, path: "/api/track/v1/details/AB%2F12")
        #expect(throws: CarrierError.self) { try simulation.requestedNumbers(in: encoded) }
        #expect(throws: CarrierError.self) { try simulation.requestedNumbers(in: WireRequest(method: .get, path: "/track/v1/trackingnumbers")) }
        #expect(throws: CarrierError.self) { try simulation.requestedNumbers(in: WireRequest(method: .get, path: "/api/track/v1/details/")) }
    }

    @Test("renderToken → parseTokenResponse")
    func token() throws {
        let simulation = UPSSimulation(clock: { instant("2025-05-12T12:20:00Z") })
        let response = simulation.renderToken(AccessToken(value: "tok-abc", expiresIn: 14_399))
        let token = try api.parseTokenResponse(response)
        #expect(token == AccessToken(value: "tok-abc", expiresIn: 14_399))
        let wire = try JSONDecoder().decode(UPSTokenResponse.self, from: Data(response.body))
        #expect(wire.issuedAt == "1747052400000")
        #expect(wire.status == "approved")
        let text = String(decoding: response.body, as: UTF8.self)
        #expect(text.contains("\"expires_in\":\"14399\""))
    }

    @Test("renderError → parse throws the matching CarrierError", arguments: [
        (401, CarrierError.unauthorized(detail: "HTTP 401: 250002: bad credentials")),
        (403, CarrierError.unauthorized(detail: "HTTP 403: 250009: bad credentials")),
        (429, CarrierError.rateLimited(retryAfter: nil)),
        (500, CarrierError.transient(detail: "HTTP 500: 500: bad credentials")),
        (503, CarrierError.transient(detail: "HTTP 503: 503: bad credentials")),
    ])
    func errors(_ status: Int, _ expected: CarrierError) {
        let response = UPSSimulation().renderError(status: status, message: "bad credentials")
        #expect(response.status == status)
        #expect(throws: expected) { try api.parseTrackingResponse(response, requested: ["1Z1"]) }
    }

    @Test("renderError 400 / 404 → per-number invalid / not found")
    func perNumberErrors() throws {
        let invalid = try api.parseTrackingResponse(UPSSimulation().renderError(status: 400, message: "Invalid inquiry number"), requested: ["ABC"])
        #expect(invalid == ["ABC": .invalidNumber(detail: "TV1002: Invalid inquiry number")])
        let missing = try api.parseTrackingResponse(UPSSimulation().renderError(status: 404, message: "Tracking Information Not Found"), requested: ["1Z2"])
        #expect(missing == ["1Z2": .notFound(detail: "TW0001: Tracking Information Not Found")])
    }

    @Test("a parcel without scans is still found, empty")
    func noScans() throws {
        let parcel = SimulatedParcel(trackingNumber: "1Z5", scans: [])
        let response = UPSSimulation().renderTracking(request: WireRequest(method: .get, path: "/api/track/v1/details/1Z5"), parcels: [parcel], notFound: [])
        let outcomes = try api.parseTrackingResponse(response, requested: ["1Z5"])
        guard case .found(let snapshot)? = outcomes["1Z5"] else {
            Issue.record("expected found")
            return
        }
        #expect(snapshot.events.isEmpty)
    }
}
