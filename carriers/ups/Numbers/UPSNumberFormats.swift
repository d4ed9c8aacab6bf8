import ShipwatchCore

/// UPS number formats: `1Z` numbers and the one-letter waybills (J, K, V and the others UPS prints). UPS Mail
/// Innovations hands parcels to USPS, so UPS, when named, takes USPS's last-mile numbers too.
public struct UPSNumberFormats: TrackingNumberFormats {
    public init() {}

    public var carrier: Carrier { .ups }
    public var acceptsLastMileHandOffs: Bool { true }

    static let waybillLetters: Set<Character> = ["A", "H", "J", "K", "T", "V"]

    public func matches(_ number: TrackingNumberText, earlier: [TrackingNumberMatch]) -> [TrackingNumberMatch] {
        let characters = number.characters
        if Self.isOneZ(characters) { return [.init(carrier: .ups, format: "UPS 1Z", number: number.text)] }
        if Self.isWaybillShape(characters), UPSCheckDigit.isValid(characters.dropFirst()) {
            return [.init(carrier: .ups, format: "UPS waybill", number: number.text)]
        }
        return []
    }

    public func mismatchedFormat(_ number: TrackingNumberText) -> String? {
        if Self.isOneZShape(number.characters) { return "UPS 1Z" }
        if Self.isWaybillShape(number.characters) { return "UPS waybill" }
        return nil
    }

    /// `1Z`, six shipper characters, two service characters, seven package characters, a check digit.
    static func isOneZ(_ characters: [Character]) -> Bool {
        isOneZShape(characters) && UPSCheckDigit.isValid(characters.dropFirst(2))
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
