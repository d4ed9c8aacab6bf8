import CarrierDHL
import Foundation
import ShipwatchCore
import Testing

@Suite("DHL simulation renders what the adapter reads back")
struct SimulationRoundTripTests {
    private let api = DHLTrackingAPI()
    private let simulation = DHLSimulation()

    /// One scan per milestone, in an order a parcel could take, across zones: Shenzhen (+08:00), Hong Kong,
    /// Leipzig on both sides of the 2025-03-30 DST change, Munich. Customs release is in the destination country.
    static let parcel: SimulatedParcel = {
        let start = utc("2025-03-25T03:00:00Z")
        let shenzhen = EventLocation(city: "SHENZHEN", countryCode: "CN")
        let hongKong = EventLocation(city: "HONG KONG", countryCode: "HK")
        let leipzig = EventLocation(city: "LEIPZIG", countryCode: "DE")
        let munich = EventLocation(city: "MUNICH", region: "BY", postalCode: "80331", countryCode: "DE")
        let plan: [(Milestone, Double, Int, EventLocation)] = [
            (.labelCreated, 0, 28_800, shenzhen),
            (.accepted, 5, 28_800, shenzhen),
            (.customsExport, 9, 28_800, shenzhen),
            (.sortArrived, 14, 28_800, hongKong),
            (.sortProcessed, 15, 28_800, hongKong),
            (.sortDeparted, 17, 28_800, hongKong),
            (.inTransit, 30, 14_400, EventLocation(city: "DUBAI", countryCode: "AE")),
            (.customsInProgress, 50, 3_600, leipzig),
            (.customsHeld, 60, 3_600, leipzig),
            (.info, 70, 3_600, leipzig),
            (.unknown, 80, 3_600, leipzig),
            (.customsReleased, 120, 7_200, leipzig),
            (.delayed, 125, 7_200, leipzig),
            (.outForDelivery, 130, 7_200, munich),
            (.deliveryAttempted, 136, 7_200, munich),
            (.exception, 140, 7_200, munich),
            (.availableForPickup, 150, 7_200, munich),
            (.returnToSender, 160, 7_200, munich),
            (.cancelled, 161, 7_200, EventLocation()),
            (.delivered, 170, 7_200, munich),
        ]
        let scans = plan.map { milestone, hours, offset, location in
            SimulatedScan(milestone: milestone, occurredAt: start.addingTimeInterval(hours * 3_600), utcOffsetSeconds: offset, location: location)
        }
        return SimulatedParcel(
            trackingNumber: "4821009731", scans: scans, service: "EXPRESS WORLDWIDE",
            originCountry: "CN", destinationCountry: "DE",
            estimatedDelivery: LocalDateTime(year: 2025, month: 4, day: 1), signedBy: "K. HUBER"
        )
    }()

    @Test("the round-trip parcel covers every milestone")
    func coversEveryMilestone() {
        #expect(Set(Self.parcel.scans.map(\.milestone)) == Set(Milestone.allCases))
    }

    @Test("render → parse gives back milestones, instants, offsets, locations and shipment facts")
    func roundTrip() throws {
        let request = api.trackingRequest(numbers: [Self.parcel.trackingNumber], credentials: CarrierCredentials(apiKey: "k"), accessToken: nil, requestID: "r")
        let response = simulation.renderTracking(request: request, parcels: [Self.parcel], notFound: [])
        #expect(response.status == 200)
        let outcomes = try api.parseTrackingResponse(response, requested: [Self.parcel.trackingNumber])
        guard case .found(let snapshot)? = outcomes[Self.parcel.trackingNumber] else {
            Issue.record("expected found, got \(String(describing: outcomes[Self.parcel.trackingNumber]))")
            return
        }
        #expect(snapshot.events.map(\.milestone) == Self.parcel.scans.map(\.milestone))
        #expect(snapshot.events.map(\.occurredAt) == Self.parcel.scans.map(\.occurredAt))
        #expect(snapshot.events.map(\.utcOffsetSeconds) == Self.parcel.scans.map(\.utcOffsetSeconds))
        #expect(snapshot.events.allSatisfy { $0.zoneConfidence == .exact })
        #expect(snapshot.events.map(\.location) == Self.parcel.scans.map(\.location))
        #expect(snapshot.service == "EXPRESS WORLDWIDE")
        #expect(snapshot.originCountry == "CN")
        #expect(snapshot.destinationCountry == "DE")
        #expect(snapshot.signedBy == "K. HUBER")
        #expect(snapshot.estimatedDelivery == LocalDateTime(year: 2025, month: 4, day: 1))
        #expect(snapshot.carrierStatus == "Delivered - Signed for by: K. HUBER")
        #expect(snapshot.unmappedCodes.map(\.code) == ["XX"])
    }

    @Test("each milestone alone survives the round trip, with the scan's own wording", arguments: Milestone.allCases)
    func singleMilestone(_ milestone: Milestone) throws {
        let scan = SimulatedScan(
            milestone: milestone, occurredAt: utc("2024-11-22T12:58:00Z"), utcOffsetSeconds: -18_000,
            location: EventLocation(city: "MEMPHIS", region: "TN", countryCode: "US")
        )
        let parcel = SimulatedParcel(trackingNumber: "5000000001", scans: [scan], originCountry: "MX", destinationCountry: "US")
        let request = WireRequest(method: .get, path: DHLTrackingAPI.trackingPath, query: [WireField("trackingNumber", "5000000001")])
        let response = simulation.renderTracking(request: request, parcels: [parcel], notFound: [])
        let outcomes = try api.parseTrackingResponse(response, requested: ["5000000001"])
        guard case .found(let snapshot)? = outcomes["5000000001"] else {
            Issue.record("expected found")
            return
        }
        #expect(snapshot.events.map(\.milestone) == [milestone])
        #expect(snapshot.events.first?.localTime == LocalDateTime(year: 2024, month: 11, day: 22, hour: 7, minute: 58))
    }

    @Test("rendered answers look like DHL Express: newest first, offsets, CITY - COUNTRY localities")
    func renderedShape() throws {
        let response = simulation.renderTracking(request: WireRequest(method: .get, path: "/track/shipments"), parcels: [Self.parcel], notFound: [])
        let answer = try JSONDecoder().decode(DHLTrackingResponse.self, from: Data(response.body))
        let shipment = try #require(answer.shipments?.first)
        #expect(shipment.service == "express")
        #expect(shipment.origin?.address?.addressLocality == "CHINA MAINLAND")
        #expect(shipment.status?.status == "101")
        let events = shipment.events ?? []
        #expect(events.first?.status == "OK")
        #expect(events.first?.timestamp == "2025-04-01T07:00:00+02:00")
        #expect(events.last?.statusCode == "pre-transit")
        #expect(events.contains { $0.location?.address?.addressLocality == "HONG KONG - HONG KONG SAR, CHINA" })
        #expect(events.contains { $0.location?.address?.addressLocality == "MUNICH, BY - GERMANY" })
        #expect(response.header("Content-Type") == "application/json")
    }

    @Test("the numbers of a request come back out of it")
    func requestedNumbers() throws {
        let request = api.trackingRequest(numbers: ["JJD0099"], credentials: CarrierCredentials(apiKey: "k"), accessToken: nil, requestID: "r")
        #expect(try simulation.requestedNumbers(in: request) == ["JJD0099"])
        let listed = WireRequest(method: .get, path: DHLTrackingAPI.trackingPath, query: [WireField("trackingNumber", "A1, B2")])
        #expect(try simulation.requestedNumbers(in: listed) == ["A1", "B2"])
        #expect(throws: CarrierError.self) {
            try simulation.requestedNumbers(in: WireRequest(method: .get, path: DHLTrackingAPI.trackingPath))
        }
    }

    @Test("not found renders DHL's 404 problem document, which parses as not-found")
    func notFound() throws {
        let request = WireRequest(method: .get, path: DHLTrackingAPI.trackingPath, query: [WireField("trackingNumber", "4820000000")])
        let response = simulation.renderTracking(request: request, parcels: [], notFound: ["4820000000"])
        #expect(response.status == 404)
        #expect(response.header("Content-Type") == "application/problem+json")
        let problem = try JSONDecoder().decode(DHLProblem.self, from: Data(response.body))
        #expect(problem.title == "No result found")
        #expect(problem.instance == "/track/shipments?trackingNumber=4820000000")
        let outcomes = try api.parseTrackingResponse(response, requested: ["4820000000"])
        #expect(outcomes["4820000000"] == .notFound(detail: "No result found: No shipment with given tracking number found."))
    }

    @Test("there is no token endpoint: the token answer is a 404 that the adapter refuses")
    func token() {
        let response = simulation.renderToken(AccessToken(value: "abc", expiresIn: 3_600))
        #expect(response.status == 404)
        #expect(throws: CarrierError.self) {
            try api.parseTokenResponse(response)
        }
    }

    @Test("rendered errors throw the matching CarrierError", arguments: [
        (401, CarrierError.unauthorized(detail: "HTTP 401: Unauthorized: Invalid API key.")),
        (429, CarrierError.rateLimited(retryAfter: 60)),
        (500, CarrierError.transient(detail: "HTTP 500: Internal Server Error: Invalid API key.")),
        (503, CarrierError.transient(detail: "HTTP 503: Service Unavailable: Invalid API key.")),
    ])
    func errors(_ status: Int, _ expected: CarrierError) {
        let response = simulation.renderError(status: status, message: "Invalid API key.")
        #expect(response.status == status)
        #expect(response.header("Content-Type") == "application/problem+json")
        #expect(throws: expected) {
            try api.parseTrackingResponse(response, requested: ["1"])
        }
    }
}
