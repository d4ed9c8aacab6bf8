import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing
@testable import CarrierUPS

@Suite("UPS: undated activities, warnings, numbers and token lifetimes from the wire")
struct CarrierTruthTests {
    let api = UPSTrackingAPI()

    @Test("activities without a usable date are left out and reported; the rest are stored")
    func undatedActivitiesCostOnlyThemselves() throws {
        let snapshot = try #require(try Fixtures.snapshot("undated-activity.json", number: "1Z4W81E60318844207"))
        #expect(snapshot.events.count == 4)
        #expect(snapshot.skippedScans.map(\.path).sorted() == [
            "trackResponse.shipment[0].package[0].activity[2]", "trackResponse.shipment[0].package[0].activity[3]",
        ])
        #expect(snapshot.events.last?.milestone == .outForDelivery)
    }

    @Test("a packageCount of \"1e20\" is dropped, not a crash")
    func hugePackageCountIsDropped() throws {
        let package = try JSONDecoder().decode(UPSPackage.self, from: Data(#"{"trackingNumber":"1Z","packageCount":"1e20"}"#.utf8))
        #expect(package.packageCount == nil)
        let number = try JSONDecoder().decode(UPSPackage.self, from: Data(#"{"packageCount":1e300}"#.utf8))
        #expect(number.packageCount == nil)
    }

    @Test("only TW0001 means not found; another warning without a package is unreadable for that number")
    func onlyTW0001IsNotFound() throws {
        let outcomes = try api.parseTrackingResponse(try Fixtures.response("warning-without-package.json"), requested: ["1Z4W81E60318844214"])
        guard case .malformed(let detail)? = outcomes["1Z4W81E60318844214"] else {
            Issue.record("expected malformed, got \(outcomes)")
            return
        }
        #expect(detail.contains("TW9999"))
    }

    @Test("activities without gmt fields across two zones keep UPS's order")
    func twoZonesKeepTheCarrierOrder() throws {
        let snapshot = try #require(try Fixtures.snapshot("times-two-zones-without-gmt.json", number: "1Z4W81E60318844190"))
        let timeline = Timeline(events: snapshot.events)
        #expect(timeline.events.map(\.carrierSequence) == Array(0..<snapshot.events.count))
    }

    @Test("token lifetimes of inf and 1e30 are capped at a day, -5 takes the fallback", arguments: [
        ("token-expires-in-inf.json", TokenLifetime.longestSeconds),
        ("token-expires-in-1e30.json", TokenLifetime.longestSeconds),
        ("token-expires-in-negative.json", UPSTrackingAPI.fallbackTokenLifetime),
    ])
    func tokenLifetimes(_ name: String, _ expected: Double) throws {
        #expect(try api.parseTokenResponse(try Fixtures.response(name)).expiresIn == expected)
    }

    @Test("a Retry-After of inf, -5 or 1e30 never reaches a wait unbounded", arguments: [("inf", nil), ("-5", nil), ("1e30", 86_400.0)])
    func retryAfterIsBounded(_ header: String, _ expected: Double?) throws {
        let response = try Fixtures.response("error-rate-limited.json", status: 200, headers: [WireField("Retry-After", header)])
        #expect(throws: CarrierError.rateLimited(retryAfter: expected)) { try api.parseTrackingResponse(response, requested: ["1Z1"]) }
    }
}
