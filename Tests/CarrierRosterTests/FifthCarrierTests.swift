import CarrierCatalog
import ShipwatchCore
import Testing

extension Carrier {
    /// A carrier that exists only in these tests.
    static let kitePost = Carrier("kite_post")
}

/// Kite Post's one format, made up for these tests: `KP`, nine serial digits, and a check digit that is the sum of
/// the serial digits modulo 10.
struct KitePostNumberFormats: TrackingNumberFormats {
    var carrier: Carrier { .kitePost }

    func matches(_ number: TrackingNumberText, earlier: [TrackingNumberMatch]) -> [TrackingNumberMatch] {
        guard let serial = Self.serial(number), serial.dropLast().reduce(0, +) % 10 == serial.last else { return [] }
        return [TrackingNumberMatch(carrier: .kitePost, format: "Kite Post KP", number: number.text)]
    }

    func mismatchedFormat(_ number: TrackingNumberText) -> String? {
        Self.serial(number) == nil ? nil : "Kite Post KP"
    }

    /// The ten digits after `KP`, or nil when the number has another shape.
    static func serial(_ number: TrackingNumberText) -> [Int]? {
        let characters = number.characters
        guard characters.count == 12, characters.starts(with: ["K", "P"]) else { return nil }
        let digits = characters.dropFirst(2).compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        return digits.count == 10 ? digits : nil
    }
}

/// A fifth carrier is its own declarations plus one roster entry: nothing in ShipwatchCore names it, yet it is
/// recognized, named in messages and validated at registration like the four.
@Suite("A fifth carrier declared only in test code")
struct FifthCarrierTests {
    static let roster = CarrierRoster(
        CarrierCatalog.roster.members + [CarrierRoster.Member(displayName: "Kite Post", numberFormats: KitePostNumberFormats())])

    @Test("its numbers are recognized and detected as its own, and the four carriers' still are")
    func recognizesItsNumbers() throws {
        let number = try Self.roster.trackingNumber("kp 123-456-789 5")
        #expect(number.value == "KP1234567895")
        #expect(number.detectedCarrier == .kitePost)
        #expect(try Self.roster.trackingNumber("KP1234567895", carrier: .kitePost).value == "KP1234567895")
        #expect(try Self.roster.trackingNumber("1Z999AA10123456784").detectedCarrier == CarrierCatalog.roster.carrier(named: "ups"))
        #expect(throws: TrackingNumberError.badCheckDigit("KP1234567894", format: "Kite Post KP")) {
            try Self.roster.trackingNumber("KP1234567894")
        }
    }

    @Test("messages and names include it")
    func namesIt() throws {
        #expect(Self.roster.namesInWords == "usps, ups, fedex, dhl or kite_post")
        #expect(Self.roster.displayNamesInWords == "USPS, UPS, FedEx, DHL or Kite Post")
        #expect(Self.roster.carrier(named: " KITE POST ") == .kitePost)
        #expect(Self.roster.carrier(named: "kite_post") == .kitePost)
        #expect(Self.roster.displayName(of: .kitePost) == "Kite Post")
        let unknown = TrackingNumberError.unrecognized("12345", carriers: Self.roster.displayNamesInWords)
        #expect(throws: unknown) { try Self.roster.trackingNumber("12345") }
        #expect(unknown.description.contains("Kite Post"))
        let ups = try #require(Self.roster.carrier(named: "ups"))
        do {
            _ = try Self.roster.trackingNumber("KP1234567895", carrier: ups)
            Issue.record("a Kite Post number was accepted for UPS")
        } catch {
            #expect(error.description == "tracking number 'KP1234567895' is not a valid UPS number (it fits Kite Post)")
        }
    }

    @Test("a shipment row for it validates through ShipmentFieldsValidator, detected or named")
    func validatesAShipment() throws {
        let validator = ShipmentFieldsValidator(knownStores: ["default"], roster: Self.roster)
        for carrierText in [nil, "kite_post", "Kite Post"] {
            let shipment = try validator.validate(ShipmentFields(
                store: "default", orderRef: "K-1", carrier: carrierText, trackingNumber: "KP 1234567895")).get()
            #expect(shipment.carrier == .kitePost)
            #expect(shipment.trackingNumber == "KP1234567895")
        }
        let withoutIt = ShipmentFieldsValidator(knownStores: ["default"], roster: CarrierCatalog.roster)
        let refused = withoutIt.validate(ShipmentFields(
            store: "default", orderRef: "K-2", carrier: "kite_post", trackingNumber: "KP1234567895"))
        #expect(throws: ShipmentFieldProblems.self) { try refused.get() }
    }
}
