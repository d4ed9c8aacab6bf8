/// The recognizers behind `TrackingNumber`: one function per carrier family.
enum TrackingNumberFormats {
    static func matches(_ number: String) -> [TrackingNumberMatch] {
        var found: [TrackingNumberMatch] = []
        let characters = Array(number)
        let digits = characters.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        let allDigits = digits.count == characters.count

        if isUPS(characters) { found.append(.init(carrier: .ups, format: "UPS 1Z")) }
        if let s10 = s10Country(characters) {
            let carrier: Carrier = s10 == "DE" ? .dhl : .usps
            found.append(.init(carrier: carrier, format: "UPU S10 (\(s10))"))
        }
        if isDHLECommerce(characters) { found.append(.init(carrier: .dhl, format: "DHL eCommerce")) }
        guard allDigits else { return found }

        if isUSPSIMpb(digits) { found.append(.init(carrier: .usps, format: "USPS IMpb")) }
        if let format = fedExFormat(digits) { found.append(.init(carrier: .fedex, format: format)) }
        if digits.count == 10, CheckDigits.dhlExpressMod7(digits) {
            found.append(.init(carrier: .dhl, format: "DHL Express"))
        }
        if isDHLECommerceRouted(digits) { found.append(.init(carrier: .dhl, format: "DHL eCommerce (USPS-routed 420)")) }
        return found
    }

    /// Explains why nothing matched: a shape that fits a format with a bad check digit says so.
    static func explainMismatch(_ number: String) -> TrackingNumberError {
        let characters = Array(number)
        let digits = characters.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        let allDigits = digits.count == characters.count
        if characters.count == 18, number.hasPrefix("1Z") { return .badCheckDigit(number, format: "UPS 1Z") }
        if isS10Shape(characters) { return .badCheckDigit(number, format: "UPU S10") }
        if allDigits {
            switch digits.count {
            case 10: return .badCheckDigit(number, format: "DHL Express")
            case 12: return .badCheckDigit(number, format: "FedEx Express (12 digits)")
            case 15: return .badCheckDigit(number, format: "FedEx Ground (15 digits)")
            case 20, 22, 26, 30, 34: return .badCheckDigit(number, format: "USPS IMpb / FedEx (\(digits.count) digits)")
            default: break
            }
        }
        return .unrecognized(number)
    }

    static func isUPS(_ characters: [Character]) -> Bool {
        characters.count == 18 && characters[0] == "1" && characters[1] == "Z" && CheckDigits.ups(characters)
    }

    /// USPS Intelligent Mail package barcode: 20–22, 26, 30 or 34 digits, GS1 mod 10.
    /// The 30- and 34-digit forms carry a `420` + ZIP (5 or 9 digits) routing prefix before a 22-digit number.
    static func isUSPSIMpb(_ digits: [Int]) -> Bool {
        switch digits.count {
        case 20, 21, 22, 26:
            return CheckDigits.gs1Mod10(digits)
        case 30, 34:
            let routed = digits.starts(with: [4, 2, 0])
            let tracking = Array(digits.suffix(22))
            return routed ? CheckDigits.gs1Mod10(tracking) : CheckDigits.gs1Mod10(digits)
        default:
            return false
        }
    }

    /// FedEx: 12 digits (Express, mod 11), 15 digits (Ground, mod 10), 20 digits (Ground SSCC, mod 10),
    /// 22 digits starting `96` (Ground barcode; the last 15 digits are the number, mod 10).
    static func fedExFormat(_ digits: [Int]) -> String? {
        switch digits.count {
        case 12 where CheckDigits.fedExMod11(digits): "FedEx Express (12 digits)"
        case 15 where CheckDigits.gs1Mod10(digits): "FedEx Ground (15 digits)"
        case 20 where CheckDigits.gs1Mod10(digits): "FedEx Ground SSCC (20 digits)"
        case 22 where digits.starts(with: [9, 6]) && CheckDigits.gs1Mod10(Array(digits.suffix(15))): "FedEx Ground 96 (22 digits)"
        default: nil
        }
    }

    /// DHL eCommerce numbers that start `GM` or `JJD`, followed by 10–24 digits (no published check digit).
    static func isDHLECommerce(_ characters: [Character]) -> Bool {
        let text = String(characters)
        for prefix in ["GM", "JJD"] where text.hasPrefix(prefix) {
            let rest = characters.dropFirst(prefix.count)
            return (10...24).contains(rest.count) && rest.allSatisfy { $0.isASCII && $0.isNumber }
        }
        return false
    }

    /// DHL eCommerce parcels handed to USPS carry the USPS routing form `420` + ZIP + 22-digit IMpb.
    static func isDHLECommerceRouted(_ digits: [Int]) -> Bool {
        (digits.count == 30 || digits.count == 34) && digits.starts(with: [4, 2, 0])
            && CheckDigits.gs1Mod10(Array(digits.suffix(22)))
    }

    /// Two letters, eight digits, check digit, ISO country: returns the country when the check digit holds.
    static func s10Country(_ characters: [Character]) -> String? {
        guard isS10Shape(characters) else { return nil }
        let serial = characters[2..<10].compactMap(\.wholeNumberValue)
        guard let check = characters[10].wholeNumberValue, CheckDigits.s10(serial: serial, check: check) else { return nil }
        return String(characters[11...12])
    }

    static func isS10Shape(_ characters: [Character]) -> Bool {
        guard characters.count == 13 else { return false }
        let letters = characters[0..<2] + characters[11..<13]
        let numbers = characters[2..<11]
        return letters.allSatisfy { $0.isASCII && $0.isLetter } && numbers.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
