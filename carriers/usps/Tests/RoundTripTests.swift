import CarrierUSPS
import Foundation
import ShipwatchCore
import Testing

@Suite("USPS simulation renders what the adapter reads back")
struct RoundTripTests {
    static let base = utc("2025-03-07T15:00:00Z")

    static func scan(_ milestone: Milestone, hours: Double, offset: Int, _ location: EventLocation) -> SimulatedScan {
        SimulatedScan(milestone: milestone, occurredAt: base.addingTimeInterval(hours * 3_600), utcOffsetSeconds: offset, location: location)
    }

    static let reno = EventLocation(city: "RENO", region: "NV", postalCode: "89502", countryCode: "US")
    static let renoPlant = EventLocation(city: "RENO NV PROCESSING CENTER", countryCode: "US")
    static let phoenix = EventLocation(city: "PHOENIX AZ DISTRIBUTION CENTER", countryCode: "US")
    static let tucson = EventLocation(city: "TUCSON", region: "AZ", postalCode: "85719", countryCode: "US")
    static let chicagoISC = EventLocation(city: "ISC CHICAGO IL(USPS)", countryCode: "US")
    static let frankfurt = EventLocation(city: "FRANKFURT", countryCode: "DE")
    static let suva = EventLocation(city: "SUVA", countryCode: "FJ")

    /// Every milestone USPS can express, in three parcels; offsets cross the 2025-03-09 US DST change.
    static let parcels: [SimulatedParcel] = [
        SimulatedParcel(
            trackingNumber: "9400100000000000000017",
            scans: [
                scan(.labelCreated, hours: 0, offset: -28_800, reno),
                scan(.accepted, hours: 20, offset: -28_800, reno),
                scan(.sortArrived, hours: 26, offset: -28_800, renoPlant),
                scan(.sortProcessed, hours: 27.5, offset: -28_800, renoPlant),
                scan(.sortDeparted, hours: 30, offset: -28_800, renoPlant),
                scan(.inTransit, hours: 40, offset: -25_200, EventLocation()),
                scan(.sortArrived, hours: 52, offset: -25_200, phoenix),
                scan(.outForDelivery, hours: 66, offset: -25_200, tucson),
                scan(.deliveryAttempted, hours: 72, offset: -25_200, tucson),
                scan(.availableForPickup, hours: 90, offset: -25_200, tucson),
                scan(.delivered, hours: 120, offset: -25_200, tucson),
            ],
            service: "USPS Ground Advantage", originCountry: "US", destinationCountry: "US", signedBy: "P NAVARRO"
        ),
        SimulatedParcel(
            trackingNumber: "RB123456785DE",
            scans: [
                scan(.customsExport, hours: 0, offset: 3_600, frankfurt),
                scan(.sortDeparted, hours: 5, offset: 3_600, frankfurt),
                scan(.sortProcessed, hours: 30, offset: -21_600, chicagoISC),
                scan(.customsInProgress, hours: 34.5, offset: -21_600, chicagoISC),
                scan(.customsHeld, hours: 35.5, offset: -18_000, chicagoISC),
                scan(.customsReleased, hours: 80, offset: -18_000, chicagoISC),
            ],
            service: "Priority Mail International", originCountry: "DE", destinationCountry: "US",
            estimatedDelivery: LocalDateTime(year: 2025, month: 3, day: 14)
        ),
        SimulatedParcel(
            trackingNumber: "CP000000005FJ",
            scans: [
                scan(.accepted, hours: 0, offset: 43_200, suva),
                scan(.delayed, hours: 48, offset: -25_200, tucson),
                scan(.exception, hours: 60, offset: -25_200, tucson),
                scan(.returnToSender, hours: 61, offset: -25_200, tucson),
            ],
            service: "Priority Mail<SUP>&reg;</SUP>", originCountry: "FJ", destinationCountry: "US"
        ),
    ]

    @Test("every milestone USPS can express survives render and parse", arguments: USPSTrackingMode.allCases)
    func roundTrip(mode: USPSTrackingMode) throws {
        let api = USPSTrackingAPI(mode: mode)
        let simulation = USPSSimulation()
        let covered = Set(Self.parcels.flatMap { $0.scans.map(\.milestone) })
        #expect(covered == Set(Milestone.allCases).subtracting([.cancelled, .info, .unknown]))

        for parcel in Self.parcels {
            let request = api.trackingRequest(numbers: [parcel.trackingNumber], credentials: CarrierCredentials(), accessToken: "t", requestID: "1")
            let response = simulation.renderTracking(request: request, parcels: [parcel], notFound: [])
            #expect(response.status == 200)
            let outcomes = try api.parseTrackingResponse(response, requested: [parcel.trackingNumber])
            let snapshot = try #require(outcomes[parcel.trackingNumber]?.snapshot, "\(mode) \(parcel.trackingNumber)")

            #expect(snapshot.events.map(\.milestone) == parcel.scans.map(\.milestone))
            #expect(snapshot.events.map(\.occurredAt) == parcel.scans.map(\.occurredAt))
            #expect(snapshot.events.map(\.utcOffsetSeconds) == parcel.scans.map(\.utcOffsetSeconds))
            #expect(snapshot.events.allSatisfy { $0.zoneConfidence == .exact })
            #expect(snapshot.events.map(\.localTime) == parcel.scans.map { LocalDateTime(instant: $0.occurredAt, utcOffsetSeconds: $0.utcOffsetSeconds) })
            #expect(snapshot.events.map(\.location) == parcel.scans.map { $0.location.isEmpty ? EventLocation(countryCode: "US") : $0.location })
            #expect(snapshot.unmappedCodes.isEmpty)
            #expect(snapshot.service == parcel.service.flatMap(USPSMarkupText.plain))
            #expect(snapshot.originCountry == parcel.originCountry)
            #expect(snapshot.destinationCountry == parcel.destinationCountry)
            #expect(snapshot.signedBy == parcel.signedBy)
            #expect(snapshot.estimatedDelivery == parcel.estimatedDelivery)
            #expect(snapshot.carrierStatus == USPSScanWording.forScan(parcel.scans.last!).wording)
        }
    }

    @Test("a batch renders in request order: 200 when all are known, 207 with a 404 element otherwise")
    func batchRendering() throws {
        let api = USPSTrackingAPI()
        let numbers = Self.parcels.map(\.trackingNumber) + ["9400100000000000000999"]
        let request = api.trackingRequest(numbers: numbers, credentials: CarrierCredentials(), accessToken: "t", requestID: "1")
        let simulation = USPSSimulation()

        let allFound = simulation.renderTracking(request: request, parcels: Array(Self.parcels.reversed()), notFound: [])
        #expect(allFound.status == 200)

        let mixed = simulation.renderTracking(request: request, parcels: Array(Self.parcels.reversed()), notFound: ["9400100000000000000999"])
        #expect(mixed.status == 207)
        let order = try JSONDecoder().decode([USPSTrackingDetail].self, from: Data(mixed.body)).map(\.trackingNumber)
        #expect(order == numbers)
        let outcomes = try api.parseTrackingResponse(mixed, requested: numbers)
        #expect(outcomes.count == 4)
        for parcel in Self.parcels { #expect(outcomes[parcel.trackingNumber]?.snapshot != nil) }
        guard case .notFound(let detail)? = outcomes["9400100000000000000999"] else {
            Issue.record("expected notFound")
            return
        }
        #expect(detail == "Tracking is not available for this item.")
    }

    @Test("v3 not found is the recorded 400 'not yet available' body")
    func singleNotFound() throws {
        let api = USPSTrackingAPI(mode: .singleV3)
        let request = api.trackingRequest(numbers: ["9400100000000000000999"], credentials: CarrierCredentials(), accessToken: "t", requestID: "1")
        let response = USPSSimulation().renderTracking(request: request, parcels: [], notFound: ["9400100000000000000999"])
        #expect(response.status == 400)
        let body = try JSONDecoder().decode(USPSErrorResponse.self, from: Data(response.body))
        #expect(body.error?.errors?.first?.code == "150001")
        guard case .notFound(let detail)? = try api.parseTrackingResponse(response, requested: ["9400100000000000000999"])["9400100000000000000999"] else {
            Issue.record("expected notFound")
            return
        }
        #expect(detail.hasPrefix("12: A status update is not yet available"))
    }

    @Test("milestones USPS has no scan for come back as unknown and unmapped")
    func unexpressibleMilestones() throws {
        let parcel = SimulatedParcel(trackingNumber: "9400100000000000000031", scans: [
            Self.scan(.cancelled, hours: 0, offset: -18_000, Self.reno),
            Self.scan(.info, hours: 1, offset: -18_000, Self.reno),
            Self.scan(.unknown, hours: 2, offset: -18_000, Self.reno),
        ])
        let api = USPSTrackingAPI()
        let request = api.trackingRequest(numbers: [parcel.trackingNumber], credentials: CarrierCredentials(), accessToken: nil, requestID: "1")
        let outcomes = try api.parseTrackingResponse(USPSSimulation().renderTracking(request: request, parcels: [parcel], notFound: []), requested: [parcel.trackingNumber])
        let snapshot = try #require(outcomes[parcel.trackingNumber]?.snapshot)
        #expect(snapshot.events.map(\.milestone) == [.unknown, .unknown, .unknown])
        #expect(snapshot.events.map(\.carrierCode) == ["ZZ", "ZZ", "ZZ"])
        #expect(snapshot.unmappedCodes.map(\.description) == ["Shipping Label Cancelled", "Tracking Update", "Status Update"])
    }

    @Test("a scenario's own wording is used when it still means the same milestone")
    func scenarioWording() {
        var held = Self.scan(.customsHeld, hours: 0, offset: -18_000, Self.chicagoISC)
        held.description = "Held in Customs - Documents Required"
        #expect(USPSScanWording.forScan(held).wording == "Held in Customs - Documents Required")
        held.description = "Stuck at the border"
        #expect(USPSScanWording.forScan(held).wording == "Held in Customs")
        var delivered = Self.scan(.delivered, hours: 0, offset: -18_000, Self.tucson)
        delivered.description = "Delivered, Parcel Locker"
        #expect(USPSScanWording.forScan(delivered) == USPSScanWording(code: "01", wording: "Delivered, Parcel Locker", statusCategory: "Delivered"))
    }

    @Test("requestedNumbers reads back what trackingRequest sent", arguments: USPSTrackingMode.allCases)
    func requestedNumbers(mode: USPSTrackingMode) throws {
        let api = USPSTrackingAPI(mode: mode)
        let numbers = Array(["9400100000000000000017", "9400100000000000000024", "RB123456785DE"].prefix(api.maxNumbersPerRequest))
        let request = api.trackingRequest(numbers: numbers, credentials: CarrierCredentials(), accessToken: "t", requestID: "1")
        #expect(try USPSSimulation().requestedNumbers(in: request) == numbers)
    }

    @Test("requestedNumbers refuses what USPS refuses")
    func requestedNumbersRejects() {
        let simulation = USPSSimulation()
        let tooMany = USPSTrackingAPI().trackingRequest(
            numbers: (1...36).map { String(format: "94001000000000000%05d", $0) }, credentials: CarrierCredentials(), accessToken: "t", requestID: "1"
        )
        #expect(throws: CarrierError.self) { try simulation.requestedNumbers(in: tooMany) }
        #expect(throws: CarrierError.self) {
            try simulation.requestedNumbers(in: WireRequest(method: .post, path: USPSTrackingAPI.batchTrackingPath, body: Array("{}".utf8)))
        }
        #expect(throws: CarrierError.self) { try simulation.requestedNumbers(in: WireRequest(method: .get, path: "/tracking/v2/x")) }
    }

    @Test("renderToken reads back through parseTokenResponse")
    func token() throws {
        let response = USPSSimulation().renderToken(AccessToken(value: "sim-token-1", expiresIn: 28_799))
        #expect(response.status == 200)
        #expect(try USPSTrackingAPI().parseTokenResponse(response) == AccessToken(value: "sim-token-1", expiresIn: 28_799))
        let wire = try JSONDecoder().decode(USPSTokenResponse.self, from: Data(response.body))
        #expect(wire.tokenType == "Bearer" && wire.scope == "tracking")
    }

    @Test("rendered errors parse to the matching CarrierError", arguments: [
        (401, CarrierError.unauthorized(detail: "HTTP 401: Unauthorized: bad token")),
        (403, .unauthorized(detail: "HTTP 403: Forbidden: bad token")),
        (429, .rateLimited(retryAfter: 30)),
        (500, .transient(detail: "HTTP 500: Internal: bad token")),
        (503, .transient(detail: "HTTP 503: Down: bad token")),
    ])
    func errors(status: Int, expected: CarrierError) {
        let response = USPSSimulation().renderError(status: status, message: "bad token")
        #expect(response.status == status)
        for mode in USPSTrackingMode.allCases {
            let error = #expect(throws: CarrierError.self) {
                try USPSTrackingAPI(mode: mode).parseTrackingResponse(response, requested: ["9400100000000000000017"])
            }
            #expect(error?.kind == expected.kind)
            if case .rateLimited(let retryAfter)? = error { #expect(retryAfter == 30) }
            if case .unauthorized(let detail)? = error { #expect(detail.contains("bad token")) }
            if case .transient(let detail)? = error { #expect(detail.contains("bad token")) }
        }
    }
}
