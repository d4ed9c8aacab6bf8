import ShipwatchCore

/// DHL number formats: Express waybills and piece ids, Parcel `JJD` numbers, the eCommerce numbers, and the UPU S10
/// items Deutsche Post posts (country `DE`). DHL eCommerce hands parcels to USPS, so DHL, when named, takes USPS's
/// last-mile numbers too.
public struct DHLNumberFormats: TrackingNumberFormats {
    public init() {}

    public var carrier: Carrier { .dhl }
    public var acceptsLastMileHandOffs: Bool { true }

    /// The prefixes DHL eCommerce numbers start with.
    static let eCommercePrefixes: Set<String> = ["GM", "LX", "RX", "UV", "CN", "SG", "TH", "IN", "HK", "MY"]

    /// A valid S10 item number of any country is never also taken for an eCommerce number, although some S10
    /// service codes share their letters.
    public func matches(_ number: TrackingNumberText, earlier: [TrackingNumberMatch]) -> [TrackingNumberMatch] {
        var found: [TrackingNumberMatch] = []
        let s10Country = S10ItemNumber.country(of: number)
        if s10Country == "DE" {
            found.append(.init(carrier: .dhl, format: S10ItemNumber.formatName(country: "DE"), number: number.text))
        }
        if let format = Self.format(number, isS10: s10Country != nil) {
            found.append(.init(carrier: .dhl, format: format, number: number.text))
        }
        return found
    }

    /// The S10 shape, or the length of an Express waybill.
    public func mismatchedFormat(_ number: TrackingNumberText) -> String? {
        if S10ItemNumber.hasShape(number.characters) { return S10ItemNumber.mismatchName }
        guard number.isAllDigits, (10...11).contains(number.count) else { return nil }
        return "DHL Express"
    }

    static func format(_ number: TrackingNumberText, isS10: Bool) -> String? {
        let characters = number.characters
        if number.isAllDigits {
            switch number.count {
            case 10...11 where DHLCheckDigit.isValid(number.digits): return "DHL Express"
            case 14: return "DHL eCommerce (14 digits)"
            default: return nil
            }
        }
        if isPieceID(characters) { return "DHL Express piece id" }
        if characters.starts(with: ["J", "J", "D"]), (10...24).contains(characters.count - 3),
           characters.dropFirst(3).allSatisfy(isDigit) {
            return "DHL Parcel (JJD)"
        }
        if !isS10, isECommerce(characters) { return "DHL eCommerce" }
        return nil
    }

    /// `J` and two or three letters, then nine or ten digits.
    static func isPieceID(_ characters: [Character]) -> Bool {
        guard characters.first == "J" else { return false }
        for letters in [2, 3] {
            let digitCount = characters.count - 1 - letters
            guard (9...10).contains(digitCount) else { continue }
            let prefix = characters[1...letters]
            if prefix.allSatisfy(isUppercaseLetter), characters.dropFirst(1 + letters).allSatisfy(isDigit) { return true }
        }
        return false
    }

    /// A known prefix, then 10 to 39 letters and digits with at least one digit.
    static func isECommerce(_ characters: [Character]) -> Bool {
        guard characters.count >= 12, eCommercePrefixes.contains(String(characters.prefix(2))) else { return false }
        let rest = characters.dropFirst(2)
        return rest.count <= 39 && rest.contains(where: isDigit)
            && rest.allSatisfy { isDigit($0) || isUppercaseLetter($0) }
    }

    static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
    static func isUppercaseLetter(_ character: Character) -> Bool { character.isASCII && character.isUppercase }
}
