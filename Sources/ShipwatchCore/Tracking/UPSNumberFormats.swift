/// UPS number formats: `1Z` numbers and the one-letter waybills (J, K, V and the others UPS prints).
enum UPSNumberFormats {
    static let waybillLetters: Set<Character> = ["A", "H", "J", "K", "T", "V"]

    static func matches(_ number: TrackingNumberText) -> [TrackingNumberMatch] {
        let characters = number.characters
        if isOneZ(characters) { return [.init(carrier: .ups, format: "UPS 1Z", number: number.text)] }
        if isWaybillShape(characters), CheckDigits.upsMod10(characters.dropFirst()) {
            return [.init(carrier: .ups, format: "UPS waybill", number: number.text)]
        }
        return []
    }

    /// `1Z`, six shipper characters, two service characters, seven package characters, a check digit.
    static func isOneZ(_ characters: [Character]) -> Bool {
        isOneZShape(characters) && CheckDigits.upsMod10(characters.dropFirst(2))
    }

    static func isOneZShape(_ characters: [Character]) -> Bool {
        characters.count == 18 && characters[0] == "1" && characters[1] == "Z"
            && characters.allSatisfy { $0.isASCII && ($0.isNumber || $0.isUppercase) }
    }

    /// A service letter followed by ten digits (nine serial digits and the check digit).
    static func isWaybillShape(_ characters: [Character]) -> Bool {
        characters.count == 11 && waybillLetters.contains(characters[0])
            && characters.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }
}
