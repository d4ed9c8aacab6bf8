/// DHL number formats: Express waybills and piece ids, Parcel `JJD` numbers, and the eCommerce numbers.
enum DHLNumberFormats {
    /// The prefixes DHL eCommerce numbers start with.
    static let eCommercePrefixes: Set<String> = ["GM", "LX", "RX", "UV", "CN", "SG", "TH", "IN", "HK", "MY"]

    /// `isS10` says whether the number is already a valid UPU S10 item number; such a number is never also
    /// taken for an eCommerce number, although some S10 service codes share their letters.
    static func matches(_ number: TrackingNumberText, isS10: Bool) -> [TrackingNumberMatch] {
        guard let format = format(number, isS10: isS10) else { return [] }
        return [.init(carrier: .dhl, format: format, number: number.text)]
    }

    static func format(_ number: TrackingNumberText, isS10: Bool) -> String? {
        let characters = number.characters
        if number.isAllDigits {
            switch number.count {
            case 10...11 where CheckDigits.dhlExpressMod7(number.digits): return "DHL Express"
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
