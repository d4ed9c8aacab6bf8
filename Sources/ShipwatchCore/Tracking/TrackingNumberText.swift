/// A normalized tracking number split once into the views the format recognizers need.
struct TrackingNumberText {
    let text: String
    let characters: [Character]
    /// The digit values when every character is an ASCII digit; empty otherwise.
    let digits: [Int]

    init(_ text: String) {
        self.text = text
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (every number that passed `TrackingNumber`'s check): one character per byte.
            characters = text.utf8.map { Character(Unicode.Scalar($0)) }
            digits = text.utf8.allSatisfy({ (48...57).contains($0) }) ? text.utf8.map { Int($0) - 48 } : []
        } else {
            characters = Array(text)
            let values = characters.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
            digits = values.count == characters.count ? values : []
        }
    }

    var isAllDigits: Bool { !digits.isEmpty }
    var count: Int { characters.count }

    /// The text from `offset` on.
    func suffix(from offset: Int) -> String { String(characters[min(offset, count)...]) }

    /// `length` characters starting at `offset`, or nil when the text is too short.
    func slice(_ offset: Int, length: Int) -> String? {
        guard offset >= 0, length >= 0, offset + length <= count else { return nil }
        return String(characters[offset..<(offset + length)])
    }
}
