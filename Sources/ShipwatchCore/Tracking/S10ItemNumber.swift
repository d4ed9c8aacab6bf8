/// UPU S10 international item numbers: two letters, eight serial digits, a check digit, and the ISO country of
/// the posting operator. Several carriers deliver them; each claims the posting countries it tracks.
public enum S10ItemNumber {
    /// The posting operator's country (`DE`, `US`…) when `number` is a valid S10 item number, shape and check
    /// digit; nil otherwise.
    public static func country(of number: TrackingNumberText) -> String? {
        let characters = number.characters
        guard hasShape(characters) else { return nil }
        let serial = characters[2..<10].compactMap(\.wholeNumberValue)
        guard let check = characters[10].wholeNumberValue, CheckDigits.s10(serial: serial, check: check) else { return nil }
        return String(characters[11...12])
    }

    /// The format name of an S10 item posted in `country`, e.g. "UPU S10 (DE)".
    public static func formatName(country: String) -> String { "UPU S10 (\(country))" }

    /// The format name a number with an S10 shape but a wrong check digit is explained with.
    public static let mismatchName = "UPU S10"

    /// Two letters, nine digits, two letters.
    public static func hasShape(_ characters: [Character]) -> Bool {
        guard characters.count == 13 else { return false }
        let letters = characters[0..<2] + characters[11..<13]
        let numbers = characters[2..<11]
        return letters.allSatisfy { $0.isASCII && $0.isLetter } && numbers.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
