import CarrierSupport
import CarrierTestSupport
import Foundation
import ShipwatchCore
import Testing
@testable import CarrierUPS

@Suite("UPS wire models are lenient where UPS is loose")
struct LenientDecodingTests {
    @Test("single objects for lists, numbers for strings, string userRelation")
    func lenientFixture() throws {
        let data = Data(try Fixtures.bytes("lenient-shapes.json"))
        let wire = try JSONDecoder().decode(UPSTrackApiResponse.self, from: data)
        let shipment = try #require(wire.trackResponse?.shipment?.first)
        #expect(shipment.userRelation == ["MYCHOICE_HOME"])
        let package = try #require(shipment.package?.first)
        #expect(package.packageCount == 2)
        #expect(package.weight?.weight == "3.5")
        #expect(package.service?.code == "3")
        #expect(package.activity?.count == 1)
        #expect(package.activity?.first?.status?.resolvedStatusCode == "071")
        #expect(package.activity?.first?.location?.slic == "6082")
        #expect(package.deliveryDate == [UPSDeliveryDate(type: "SDD", date: "20250717")])

        let snapshot = try #require(try Fixtures.snapshot("lenient-shapes.json", number: "1Z2L9N350373300045"))
        #expect(snapshot.events.map(\.milestone) == [.sortProcessed])
        #expect(snapshot.events.first?.location.postalCode == "60638")
        #expect(snapshot.estimatedDelivery == wallTime("2025-07-17T00:00:00"))
        #expect(snapshot.destinationCountry == "US")
        #expect(snapshot.carrierStatus == "On the Way")
    }

    @Test("missing optional fields never fail")
    func missingFields() throws {
        let body = #"{"trackResponse":{"shipment":[{"inquiryNumber":"1ZMIN","package":[{"activity":[{"gmtDate":"20250101","gmtTime":"00:00:00"}]}]}]}}"#
        let outcomes = try UPSTrackingAPI().parseTrackingResponse(WireResponse(status: 200, body: Array(body.utf8)), requested: ["1ZMIN"])
        guard case .found(let snapshot)? = outcomes["1ZMIN"] else {
            Issue.record("expected found")
            return
        }
        #expect(snapshot.events.count == 1)
        #expect(snapshot.events[0].milestone == .unknown)
        #expect(snapshot.events[0].carrierCode == "")
        #expect(snapshot.unmappedCodes.isEmpty, "no code, nothing to list")
        #expect(snapshot.carrierStatus == nil)
        #expect(snapshot.service == nil)
    }

    @Test("country names map to ISO codes", arguments: [
        ("CANADA", "CA"), ("Germany", "DE"), ("United States", "US"), ("us", "US"), ("KOREA, REPUBLIC OF", "KR"), ("DEU", "DE"),
    ])
    func countryNames(_ name: String, _ code: String) {
        #expect(UPSAddress(country: name).isoCountryCode == code)
    }

    @Test("unknown country names are dropped, countryCode wins")
    func countryPriority() {
        #expect(UPSAddress(country: "Atlantis").isoCountryCode == nil)
        #expect(UPSAddress(country: "GERMANY", countryCode: "at").isoCountryCode == "AT")
        #expect(UPSAddress(country: "", countryCode: "").isoCountryCode == nil)
    }

    @Test("an object where text belongs still fails, with the path")
    func wrongShapeFails() {
        let body = Data(#"{"type":"I","statusCode":{"value":"005"}}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(UPSStatus.self, from: body) }
        do {
            _ = try JSONDecoder().decode(UPSStatus.self, from: body)
        } catch {
            #expect(UPSFieldPath.describe(error).hasPrefix("statusCode:"))
        }
    }

    @Test("wire models round-trip through JSON without loss")
    func encodeDecode() throws {
        let data = Data(try Fixtures.bytes("customs-held.json"))
        let first = try JSONDecoder().decode(UPSTrackApiResponse.self, from: data)
        let again = try JSONDecoder().decode(UPSTrackApiResponse.self, from: JSONEncoder().encode(first))
        #expect(first == again)
        let package = try #require(first.trackResponse?.shipment?.first?.package?.first)
        #expect(package.paymentInformation?.count == 1)
        #expect(package.currentStatus?.statusCode == "126")
    }

    @Test("a number at Int's lower bound where text is expected is kept as text, not a crash (found by scripts/fuzz)")
    func lowestIntegerAsText() throws {
        struct Holder: Decodable {
            let value: String?
            init(from decoder: any Decoder) throws {
                value = try decoder.container(keyedBy: Key.self).lenientString(.value)
            }
            enum Key: String, CodingKey { case value }
        }
        let holder = try JSONDecoder().decode(Holder.self, from: Data(#"{"value": -9223372036854775808.0}"#.utf8))
        #expect(holder.value == "-9.223372036854776e+18")
    }
}
