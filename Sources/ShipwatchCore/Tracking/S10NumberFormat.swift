/// UPU S10 international item numbers (two letters, eight digits, a check digit, the ISO country of the
/// posting operator): `DE` items are Deutsche Post DHL's, every other country's are delivered by USPS here.
enum S10NumberFormat {
    static func match(_ number: TrackingNumberText) -> TrackingNumberMatch? {
        let characters = number.characters
        guard isShape(characters) else { return nil }
        let serial = characters[2..<10].compactMap(\.wholeNumberValue)
        guard let check = characters[10].wholeNumberValue, CheckDigits.s10(serial: serial, check: check) else { return nil }
        let country = String(characters[11...12])
        return .init(carrier: country == "DE" ? .dhl : .usps, format: "UPU S10 (\(country))", number: number.text)
    }

    static func isShape(_ characters: [Character]) -> Bool {
        guard characters.count == 13 else { return false }
        let letters = characters[0..<2] + characters[11..<13]
        let numbers = characters[2..<11]
        return letters.allSatisfy { $0.isASCII && $0.isLetter } && numbers.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
