import ShipwatchCore
import Testing
@testable import CarrierDHL

/// DHL's number formats on a roster of DHL alone (`CarrierRosterTests` checks them beside the other carriers').
@Suite("DHL tracking-number formats")
struct NumberFormatTests {
    static let roster = CarrierRoster([.init(displayName: DHLDescriptor().displayName, numberFormats: DHLNumberFormats())])

    @Test("valid numbers are normalized and recognized as DHL's", arguments: [
        ("CP900000005DE", "CP900000005DE"),
        ("1234567891", "1234567891"),
        ("GM2951173225174494", "GM2951173225174494"),
        ("JJD000390007880221457", "JJD000390007880221457"),
        ("73891051146", "73891051146"),
        ("JVGL0999999990", "JVGL0999999990"),
        ("GM9E44608A27984866BA2D", "GM9E44608A27984866BA2D"),
        ("5108 7693037816", "51087693037816"),
    ])
    func valid(_ input: String, _ value: String) throws {
        let number = try Self.roster.trackingNumber(input)
        #expect(number.value == value)
        #expect(number.detectedCarrier == .dhl)
    }

    @Test("a number of DHL's shape with a wrong check digit names the format", arguments: [
        ("1234567890", "DHL Express"),
        ("CP900000001DE", "UPU S10"),
    ])
    func badCheckDigit(_ input: String, _ format: String) {
        #expect(throws: TrackingNumberError.badCheckDigit(input, format: format)) { try Self.roster.trackingNumber(input) }
    }

    @Test("numbers that are not DHL's are refused", arguments: ["LX100000003CN", "EA123456785US", "1Z999AA10123456784"])
    func refused(_ input: String) {
        #expect(throws: TrackingNumberError.self) { try Self.roster.trackingNumber(input) }
    }

    @Test("DHL, when named, takes a number another carrier hands off for the last mile")
    func acceptsHandOffs() {
        #expect(DHLNumberFormats().acceptsLastMileHandOffs)
    }
}
