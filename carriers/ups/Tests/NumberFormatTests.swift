import ShipwatchCore
import Testing
@testable import CarrierUPS

/// UPS's number formats on a roster of UPS alone (`CarrierRosterTests` checks them beside the other carriers').
@Suite("UPS tracking-number formats")
struct NumberFormatTests {
    static let roster = CarrierRoster([.init(displayName: UPSDescriptor().displayName, numberFormats: UPSNumberFormats())])

    @Test("valid numbers are normalized and recognized as UPS's", arguments: [
        ("1Z999AA10123456784", "1Z999AA10123456784"),
        (" 1z 999 aa1 0123 456784 ", "1Z999AA10123456784"),
        ("1ZX4W8R20304123459", "1ZX4W8R20304123459"),
        ("K 150 623 562 0", "K1506235620"),
    ])
    func valid(_ input: String, _ value: String) throws {
        let number = try Self.roster.trackingNumber(input)
        #expect(number.value == value)
        #expect(number.detectedCarrier == .ups)
    }

    @Test("a number of UPS's shape with a wrong check digit names the format", arguments: [
        ("1Z999AA10123456785", "UPS 1Z"),
        ("K1506235621", "UPS waybill"),
    ])
    func badCheckDigit(_ input: String, _ format: String) {
        #expect(throws: TrackingNumberError.badCheckDigit(input, format: format)) { try Self.roster.trackingNumber(input) }
    }

    @Test("numbers that are not UPS's are refused", arguments: ["797806677146", "EA123456785US", "1Z999AA1012345678"])
    func refused(_ input: String) {
        #expect(throws: TrackingNumberError.self) { try Self.roster.trackingNumber(input) }
    }

    @Test("UPS, when named, takes a number another carrier hands off for the last mile")
    func acceptsHandOffs() {
        #expect(UPSNumberFormats().acceptsLastMileHandOffs)
    }
}
