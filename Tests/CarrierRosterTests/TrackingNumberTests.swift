import CarrierCatalog
import CarrierDHL
import CarrierFedEx
import CarrierUPS
import CarrierUSPS
import Testing
import ShipwatchCore

@Suite("Tracking numbers across the catalog's carriers: validation, detection, ambiguity and hand-offs")
struct TrackingNumberTests {
    static let roster = CarrierCatalog.roster

    struct ValidCase: Sendable, CustomTestStringConvertible {
        let input: String
        let normalized: String
        let carriers: Set<Carrier>
        var testDescription: String { input }
    }

    static let validCases: [ValidCase] = [
        .init(input: "1Z999AA10123456784", normalized: "1Z999AA10123456784", carriers: [.ups]),
        .init(input: " 1z 999 aa1 0123 456784 ", normalized: "1Z999AA10123456784", carriers: [.ups]),
        .init(input: "1ZX4W8R20304123459", normalized: "1ZX4W8R20304123459", carriers: [.ups]),
        .init(input: "797806677146", normalized: "797806677146", carriers: [.fedex]),
        .init(input: "1234-5678-9012", normalized: "123456789012", carriers: [.fedex]),
        .init(input: "096260001222123", normalized: "096260001222123", carriers: [.fedex]),
        .init(input: "9611020987654321012343", normalized: "9611020987654321012343", carriers: [.fedex]),
        .init(input: "9400 1000 0000 0000 0000 13", normalized: "9400100000000000000013", carriers: [.usps]),
        .init(input: "9205590123456700000017", normalized: "9205590123456700000017", carriers: [.usps]),
        .init(input: "93000000000000000000000123", normalized: "93000000000000000000000123", carriers: [.usps]),
        .init(input: "EA123456785US", normalized: "EA123456785US", carriers: [.usps]),
        .init(input: "LX100000003CN", normalized: "LX100000003CN", carriers: [.usps]),
        .init(input: "CP900000005DE", normalized: "CP900000005DE", carriers: [.dhl]),
        .init(input: "1234567891", normalized: "1234567891", carriers: [.dhl]),
        .init(input: "GM2951173225174494", normalized: "GM2951173225174494", carriers: [.dhl]),
        .init(input: "JJD000390007880221457", normalized: "JJD000390007880221457", carriers: [.dhl]),
        // Ambiguous: every fitting carrier is reported.
        .init(input: "00001234567890123452", normalized: "00001234567890123452", carriers: [.usps, .fedex]),
        // The 420 + ZIP routing prefix is stripped for the API; DHL takes such numbers only when named.
        .init(input: "420902109400100000000000000013", normalized: "9400100000000000000013", carriers: [.usps]),
        .init(input: "4209021012349400100000000000000013", normalized: "9400100000000000000013", carriers: [.usps]),
        .init(input: "K 150 623 562 0", normalized: "K1506235620", carriers: [.ups]),
        .init(input: "73891051146", normalized: "73891051146", carriers: [.dhl]),
        .init(input: "JVGL0999999990", normalized: "JVGL0999999990", carriers: [.dhl]),
        .init(input: "GM9E44608A27984866BA2D", normalized: "GM9E44608A27984866BA2D", carriers: [.dhl]),
        .init(input: "5108 7693037816", normalized: "51087693037816", carriers: [.dhl]),
        // The long FedEx barcodes embed the 12-digit number the Track API wants.
        .init(input: "1001921334250001000300779017972697", normalized: "779017972697", carriers: [.fedex]),
        .init(input: "32971514560102447849175802862014", normalized: "784917580286", carriers: [.fedex]),
        .init(input: "000123450000000027", normalized: "000123450000000027", carriers: [.fedex]),
    ]

    @Test("valid numbers are normalized and detected", arguments: validCases)
    func valid(_ testCase: ValidCase) throws {
        let number = try Self.roster.trackingNumber(testCase.input)
        #expect(number.value == testCase.normalized)
        #expect(Set(number.candidates.map(\.carrier)) == testCase.carriers)
        if testCase.carriers.count == 1 {
            #expect(number.detectedCarrier == testCase.carriers.first)
        } else {
            #expect(number.detectedCarrier == nil)
        }
    }

    struct InvalidCase: Sendable, CustomTestStringConvertible {
        let input: String
        let error: TrackingNumberError
        var testDescription: String { input.isEmpty ? "(empty)" : input }
    }

    static let invalidCases: [InvalidCase] = [
        .init(input: "", error: .empty),
        .init(input: "  - ", error: .empty),
        .init(input: "1Z999AA1012345678!", error: .invalidCharacters("1Z999AA1012345678!")),
        .init(input: "1Z999AA10123456785", error: .badCheckDigit("1Z999AA10123456785", format: "UPS 1Z")),
        .init(input: "797806677147", error: .badCheckDigit("797806677147", format: "FedEx Express (12 digits)")),
        .init(input: "096260001222124", error: .badCheckDigit("096260001222124", format: "FedEx Ground (15 digits)")),
        .init(input: "9400100000000000000014", error: .badCheckDigit("9400100000000000000014", format: "USPS IMpb / FedEx (22 digits)")),
        .init(input: "CP900000001DE", error: .badCheckDigit("CP900000001DE", format: "UPU S10")),
        .init(input: "1234567890", error: .badCheckDigit("1234567890", format: "DHL Express")),
        .init(input: "12345", error: .unrecognized("12345", carriers: "USPS, UPS, FedEx or DHL")),
        .init(input: "HELLOWORLD", error: .unrecognized("HELLOWORLD", carriers: "USPS, UPS, FedEx or DHL")),
        .init(input: "GM123", error: .unrecognized("GM123", carriers: "USPS, UPS, FedEx or DHL")),
    ]

    @Test("invalid numbers say why", arguments: invalidCases)
    func invalid(_ testCase: InvalidCase) {
        #expect(throws: testCase.error) { try Self.roster.trackingNumber(testCase.input) }
    }

    @Test("a number checked against the wrong carrier names the carriers it fits")
    func wrongCarrier() {
        #expect(throws: TrackingNumberError.wrongCarrier("1Z999AA10123456784", expected: "FedEx", fits: ["UPS"])) {
            try Self.roster.trackingNumber("1Z999AA10123456784", carrier: .fedex)
        }
        let error = TrackingNumberError.wrongCarrier("1Z999AA10123456784", expected: "FedEx", fits: ["UPS"])
        #expect(error.description.contains("fits UPS"))
    }

    @Test("a routed USPS number keeps what was printed and the prefix it carried")
    func routedNumberKeepsThePrintedForm() throws {
        let number = try Self.roster.trackingNumber("420 78745 9400 1112 0620 6406 2607 87")
        #expect(number.value == "9400111206206406260787")
        #expect(number.printed == "420787459400111206206406260787")
        #expect(number.routingPrefix == "42078745")
        #expect(number.detectedCarrier == .usps)
    }

    @Test("a printed routed barcode is looked up under the carrier's number; other text is only normalized")
    func lookupFormStripsTheRoutingPrefix() {
        #expect(Self.roster.lookupForm("420 78745 9400 1112 0620 6406 2607 87") == "9400111206206406260787")
        #expect(Self.roster.lookupForm("9400 1112 0620 6406 2607 87") == "9400111206206406260787")
        #expect(Self.roster.lookupForm(" 1z999aa10123456784 ") == "1Z999AA10123456784")
        #expect(Self.roster.lookupForm("not-a-number") == "NOTANUMBER")
    }

    @Test("a registered shipment keeps its printed form only when it differs from the carrier's number")
    func registrationKeepsThePrintedForm() throws {
        let validator = ShipmentFieldsValidator(knownStores: ["default"], roster: Self.roster)
        let routed = try validator.validate(ShipmentFields(
            store: "default", orderRef: "A-1", carrier: nil, trackingNumber: "420 78745 9400 1112 0620 6406 2607 87")).get()
        #expect(routed.carrier == .usps)
        #expect(routed.trackingNumber == "9400111206206406260787")
        #expect(routed.printedNumber == "420787459400111206206406260787")
        let named = try validator.validate(ShipmentFields(
            store: "default", orderRef: "A-2", carrier: "usps", trackingNumber: "42078745 9400111206206406260787")).get()
        #expect(named.printedNumber == "420787459400111206206406260787")
        let plain = try validator.validate(ShipmentFields(
            store: "default", orderRef: "A-3", carrier: nil, trackingNumber: "9400111206206406260787")).get()
        #expect(plain.printedNumber == nil)
    }

    @Test("a USPS IMpb number is accepted for a consolidator when the carrier is named, never detected as one")
    func handOffNumberNeedsTheCarrierNamed() throws {
        let detected = try Self.roster.trackingNumber("420902109400100000000000000013")
        #expect(Set(detected.candidates.map(\.carrier)) == [.usps])
        let dhl = try Self.roster.trackingNumber("420902109400100000000000000013", carrier: .dhl)
        #expect(dhl.value == "9400100000000000000013")
        #expect(dhl.detectedCarrier == .dhl)
        #expect(throws: TrackingNumberError.self) { try Self.roster.trackingNumber("1Z999AA10123456784", carrier: .dhl) }
    }

    @Test("an IMpb number whose mailer id does not fit its application identifier is refused")
    func impbStructureIsChecked() {
        // 92 goes with a nine-digit mailer id starting with 9; this one has a six-digit id, so no format fits.
        #expect(throws: TrackingNumberError.self) { try Self.roster.trackingNumber("9200000000000000000000") }
    }

    @Test("an ambiguous number resolves when the carrier is given")
    func ambiguousWithCarrier() throws {
        let number = try Self.roster.trackingNumber("00001234567890123452", carrier: .fedex)
        #expect(number.detectedCarrier == .fedex)
    }

    @Test("carrier names parse case-insensitively", arguments: [
        ("UPS", Carrier.ups), ("fedex", .fedex), ("FedEx", .fedex), (" usps ", .usps), ("DHL", .dhl),
    ])
    func carrierNames(_ name: String, _ carrier: Carrier) {
        #expect(Self.roster.carrier(named: name) == carrier)
    }

    @Test func unknownCarrierName() {
        #expect(Self.roster.carrier(named: "royalmail") == nil)
    }
}
