import ShipwatchCore
import Testing
@testable import CarrierUSPS

/// USPS's number formats on a roster of USPS alone (`CarrierRosterTests` checks them beside the other carriers').
@Suite("USPS tracking-number formats")
struct NumberFormatTests {
    static let roster = CarrierRoster([.init(displayName: USPSDescriptor().displayName, numberFormats: USPSNumberFormats())])

    @Test("valid numbers are normalized and recognized as USPS's", arguments: [
        ("9400 1000 0000 0000 0000 13", "9400100000000000000013"),
        ("9205590123456700000017", "9205590123456700000017"),
        ("93000000000000000000000123", "93000000000000000000000123"),
        ("EA123456785US", "EA123456785US"),
        ("LX100000003CN", "LX100000003CN"),
        ("420902109400100000000000000013", "9400100000000000000013"),
        ("4209021012349400100000000000000013", "9400100000000000000013"),
    ])
    func valid(_ input: String, _ value: String) throws {
        let number = try Self.roster.trackingNumber(input)
        #expect(number.value == value)
        #expect(number.detectedCarrier == .usps)
    }

    @Test("a number of USPS's shape with a wrong check digit names the format", arguments: [
        ("9400100000000000000014", "USPS IMpb"),
        ("EA123456784US", "UPU S10"),
    ])
    func badCheckDigit(_ input: String, _ format: String) {
        #expect(throws: TrackingNumberError.badCheckDigit(input, format: format)) { try Self.roster.trackingNumber(input) }
    }

    @Test("numbers that are not USPS's are refused", arguments: ["CP900000005DE", "1Z999AA10123456784", "9200000000000000000000"])
    func refused(_ input: String) {
        #expect(throws: TrackingNumberError.self) { try Self.roster.trackingNumber(input) }
    }

    @Test("IMpb numbers, bare or routed, are last-mile hand-offs; S10 items are not")
    func impbIsAHandOff() throws {
        let bare = try Self.roster.trackingNumber("9400100000000000000013")
        #expect(bare.candidates.map(\.isLastMileHandOff) == [true])
        let routed = try Self.roster.trackingNumber("420 78745 9400 1112 0620 6406 2607 87")
        #expect(routed.routingPrefix == "42078745")
        #expect(routed.candidates.map(\.isLastMileHandOff) == [true])
        let s10 = try Self.roster.trackingNumber("EA123456785US")
        #expect(s10.candidates.map(\.isLastMileHandOff) == [false])
        #expect(!USPSNumberFormats().acceptsLastMileHandOffs)
    }
}
