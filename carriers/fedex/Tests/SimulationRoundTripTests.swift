import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing
@testable import CarrierFedEx

@Suite("Simulation renders what the adapter parses")
struct SimulationRoundTripTests {
    let api = FedExTrackingAPI()
    let simulation = FedExSimulation()

    /// A parcel with one scan per milestone, an hour apart, in zones east and west of UTC (with a half-hour zone),
    /// plus a spring-forward pair in Memphis.
    static let everyMilestone: SimulatedParcel = {
        let start = utc("2026-03-01T02:00:00Z")
        let offsets = [8 * 3_600, 8 * 3_600, 19_800, -6 * 3_600, -5 * 3_600, 0, -8 * 3_600]
        let places = [
            EventLocation(city: "SHENZHEN", postalCode: "518000", countryCode: "CN"),
            EventLocation(city: "GUANGZHOU", postalCode: "510470", countryCode: "CN"),
            EventLocation(city: "MUMBAI", region: "MH", countryCode: "IN"),
            EventLocation(city: "MEMPHIS", region: "TN", postalCode: "38118", countryCode: "US"),
            EventLocation(city: "CHICAGO", region: "IL", postalCode: "60666", countryCode: "US"),
            EventLocation(city: "LONDON", countryCode: "GB"),
            EventLocation(city: "OAKLAND", region: "CA", postalCode: "94621", countryCode: "US"),
        ]
        let scans = Milestone.allCases.enumerated().map { index, milestone in
            SimulatedScan(
                milestone: milestone,
                occurredAt: start.addingTimeInterval(Double(index) * 3_600 + 17),
                utcOffsetSeconds: offsets[index % offsets.count],
                location: places[index % places.count]
            )
        }
        return SimulatedParcel(
            trackingNumber: "771200000019", scans: scans, service: "FedEx International Priority",
            originCountry: "CN", destinationCountry: "US", estimatedDelivery: wall(2026, 3, 4), signedBy: "J.DOE"
        )
    }()

    static let springForward = SimulatedParcel(
        trackingNumber: "612999000011224",
        scans: [
            SimulatedScan(milestone: .sortArrived, occurredAt: utc("2026-03-08T07:40:00Z"), utcOffsetSeconds: -6 * 3_600,
                          location: EventLocation(city: "MEMPHIS", region: "TN", countryCode: "US")),
            SimulatedScan(milestone: .sortDeparted, occurredAt: utc("2026-03-08T08:15:00Z"), utcOffsetSeconds: -5 * 3_600,
                          location: EventLocation(city: "MEMPHIS", region: "TN", countryCode: "US")),
            SimulatedScan(milestone: .customsExport, occurredAt: utc("2026-03-08T09:00:00Z"), utcOffsetSeconds: -5 * 3_600,
                          location: EventLocation(city: "MEMPHIS", region: "TN", countryCode: "US"), description: "Export release"),
            SimulatedScan(milestone: .customsReleased, occurredAt: utc("2026-03-08T20:00:00Z"), utcOffsetSeconds: 0,
                          location: EventLocation(city: "STANSTED", countryCode: "GB"), description: "Released by HMRC"),
        ],
        service: "FedEx Ground"
    )

    func roundTrip(_ parcels: [SimulatedParcel], notFound: [String] = []) throws -> [String: TrackingOutcome] {
        let numbers = parcels.map(\.trackingNumber) + notFound
        let request = api.trackingRequest(numbers: numbers, credentials: CarrierCredentials(), accessToken: "t", requestID: "rt-1")
        let response = simulation.renderTracking(request: request, parcels: parcels, notFound: notFound)
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "application/json")
        return try api.parseTrackingResponse(response, requested: numbers)
    }

    func snapshot(of parcel: SimulatedParcel) throws -> TrackingSnapshot {
        guard case .found(let snapshot)? = try roundTrip([parcel])[parcel.trackingNumber] else {
            Issue.record("\(parcel.trackingNumber) did not come back as found")
            throw Fixture.FixtureError.notFound
        }
        return snapshot
    }

    @Test("every milestone comes back (sortProcessed as sortArrived), with instants, offsets and places")
    func everyMilestoneRoundTrips() throws {
        let parcel = Self.everyMilestone
        let snapshot = try snapshot(of: parcel)
        #expect(snapshot.events.map(\.milestone) == parcel.scans.map { FedExSimulation.roundTripMilestone($0.milestone) })
        #expect(snapshot.events.map(\.occurredAt) == parcel.scans.map(\.occurredAt))
        #expect(snapshot.events.map(\.utcOffsetSeconds) == parcel.scans.map(\.utcOffsetSeconds))
        #expect(snapshot.events.map(\.location) == parcel.scans.map(\.location))
        #expect(snapshot.events.allSatisfy { $0.zoneConfidence == .exact })
        #expect(snapshot.events.map(\.carrierSequence) == Array(0..<parcel.scans.count))
        #expect(snapshot.unmappedCodes.map(\.code) == [FedExSimulation.unmappedEventType])
    }

    @Test("snapshot fields come back")
    func snapshotFields() throws {
        let snapshot = try snapshot(of: Self.everyMilestone)
        #expect(snapshot.trackingNumber == "771200000019")
        #expect(snapshot.service == "FedEx International Priority")
        #expect(snapshot.originCountry == "CN")
        #expect(snapshot.destinationCountry == "US")
        #expect(snapshot.signedBy == "J.DOE")
        #expect(snapshot.estimatedDelivery == wall(2026, 3, 4))
        #expect(snapshot.carrierStatus == "Scan not described")
    }

    @Test("only sortProcessed changes in the round trip")
    func roundTripMapping() {
        for milestone in Milestone.allCases {
            let expected: Milestone = milestone == .sortProcessed ? .sortArrived : milestone
            #expect(FedExSimulation.roundTripMilestone(milestone) == expected)
        }
    }

    @Test("DST pair and description overrides keep their milestones")
    func springForwardAndOverrides() throws {
        let snapshot = try snapshot(of: Self.springForward)
        #expect(snapshot.events.map(\.milestone) == [.sortArrived, .sortDeparted, .customsExport, .customsReleased])
        #expect(snapshot.events[0].localTime == wall(2026, 3, 8, 1, 40))
        #expect(snapshot.events[1].localTime == wall(2026, 3, 8, 3, 15))
        #expect(snapshot.events[1].occurredAt.timeIntervalSince(snapshot.events[0].occurredAt) == 35 * 60)
        #expect(snapshot.events[2].description == "Export release")
        #expect(snapshot.events[3].description == "Released by HMRC - Import")
    }

    @Test("a batch of found and not-found numbers comes back typed, FedEx-shaped")
    func batchWithNotFound() throws {
        let numbers = ["771200000019", "612999000011224"]
        let request = api.trackingRequest(numbers: numbers + ["771200000063"], credentials: CarrierCredentials(), accessToken: "t", requestID: "rt-2")
        let response = simulation.renderTracking(request: request, parcels: [Self.everyMilestone, Self.springForward], notFound: ["771200000063"])
        let json = String(decoding: response.body, as: UTF8.self)
        #expect(json.contains(#""alerts":"TRACKING.DATA.NOTFOUND -  Tracking data unavailable""#))
        #expect(json.contains(#""customerTransactionId":"rt-2""#))
        #expect(json.contains(#""trackingNumberUniqueId":"""#))
        let outcomes = try api.parseTrackingResponse(response, requested: numbers + ["771200000063"])
        guard case .found? = outcomes["771200000019"], case .found? = outcomes["612999000011224"] else {
            Issue.record("found parcels must be found: \(outcomes)")
            return
        }
        guard case .notFound(let detail)? = outcomes["771200000063"] else {
            Issue.record("expected not found")
            return
        }
        #expect(detail == "TRACKING.TRACKINGNUMBER.NOTFOUND: \(FedExSimulation.notFoundMessage)")
    }

    @Test("the simulated not-found element matches the recorded not-found fixture's shape")
    func notFoundShape() throws {
        let request = api.trackingRequest(numbers: ["771200000063"], credentials: CarrierCredentials(), accessToken: "t", requestID: "r")
        let rendered = simulation.renderTracking(request: request, parcels: [], notFound: ["771200000063"])
        let renderedDocument = try JSONDecoder().decode(JSONFragment.self, from: Data(rendered.body))
        let recorded = try JSONDecoder().decode(JSONFragment.self, from: Data(try Fixture.bytes("not-found.json")))
        #expect(renderedDocument["output"]?["completeTrackResults"] == recorded["output"]?["completeTrackResults"])
        #expect(renderedDocument["output"]?["alerts"] == recorded["output"]?["alerts"])
    }

    @Test("a parcel with no scans yet is found with an empty timeline")
    func noScans() throws {
        let snapshot = try snapshot(of: SimulatedParcel(trackingNumber: "771200000041", scans: []))
        #expect(snapshot.events.isEmpty)
        #expect(snapshot.carrierStatus == nil)
    }

    @Test("error answers in FedEx's format parse back to the right CarrierError", arguments: [
        (429, CarrierError.rateLimited(retryAfter: nil)),
        (401, CarrierError.unauthorized(detail: "HTTP 401: NOT.AUTHORIZED.ERROR: simulated")),
        (403, CarrierError.unauthorized(detail: "HTTP 403: FORBIDDEN.ERROR: simulated")),
        (500, CarrierError.transient(detail: "HTTP 500: INTERNAL.SERVER.ERROR: simulated")),
        (503, CarrierError.transient(detail: "HTTP 503: SERVICE.UNAVAILABLE.ERROR: simulated")),
    ])
    func errorRoundTrip(status: Int, expected: CarrierError) throws {
        let response = simulation.renderError(status: status, message: "simulated")
        #expect(response.status == status)
        let body = try JSONDecoder().decode(FedExErrorResponse.self, from: Data(response.body))
        #expect(body.transactionId?.isEmpty == false)
        #expect(body.errors?.first?.code == FedExSimulation.errorCode(forStatus: status))
        #expect(throws: expected) {
            _ = try api.parseTrackingResponse(response, requested: ["771200000019"])
        }
    }
}
