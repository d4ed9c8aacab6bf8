import ShipwatchCore
import Testing
@testable import CarrierFedEx

/// FedEx's number formats on a roster of FedEx alone (`CarrierRosterTests` checks them beside the other carriers').
@Suite("FedEx tracking-number formats")
struct NumberFormatTests {
    static let roster = CarrierRoster([.init(displayName: FedExDescriptor().displayName, numberFormats: FedExNumberFormats())])

    @Test("valid numbers are normalized and recognized as FedEx's", arguments: [
        ("797806677146", "797806677146"),
        ("1234-5678-9012", "123456789012"),
        ("096260001222123", "096260001222123"),
        ("9611020987654321012343", "9611020987654321012343"),
        ("1001921334250001000300779017972697", "779017972697"),
        ("32971514560102447849175802862014", "784917580286"),
        ("000123450000000027", "000123450000000027"),
    ])
    func valid(_ input: String, _ value: String) throws {
        let number = try Self.roster.trackingNumber(input)
        #expect(number.value == value)
        #expect(number.detectedCarrier == .fedex)
    }

    @Test("a number of FedEx's shape with a wrong check digit names the format", arguments: [
        ("797806677147", "FedEx Express (12 digits)"),
        ("096260001222124", "FedEx Ground (15 digits)"),
    ])
    func badCheckDigit(_ input: String, _ format: String) {
        #expect(throws: TrackingNumberError.badCheckDigit(input, format: format)) { try Self.roster.trackingNumber(input) }
    }

    @Test("numbers that are not FedEx's are refused", arguments: ["1Z999AA10123456784", "9400100000000000000013", "12345"])
    func refused(_ input: String) {
        #expect(throws: TrackingNumberError.self) { try Self.roster.trackingNumber(input) }
    }

    @Test("a 34-digit barcode an earlier carrier reads behind a 420 routing prefix is not taken for an Express barcode")
    func yieldsToARoutedNumber() {
        let number = TrackingNumberText("1001921334250001000300779017972697")
        #expect(FedExNumberFormats().matches(number, earlier: []).count == 1)
        let routed = TrackingNumberMatch(carrier: .fedex, format: "routed elsewhere", number: "x", routingPrefix: "42090210")
        #expect(FedExNumberFormats().matches(number, earlier: [routed]).isEmpty)
        #expect(FedExNumberFormats().acceptsLastMileHandOffs)
    }
}
