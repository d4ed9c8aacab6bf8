/// A normalized tracking number split once into the views the format recognizers need.
public struct TrackingNumberText: Sendable {
    /// The normalized text (see `TrackingNumber.normalize`).
    public let text: String
    /// The text's characters.
    public let characters: [Character]
    /// The digit values when every character is an ASCII digit; empty otherwise.
    public let digits: [Int]

    /// Splits `text`, which should already be normalized.
    public init(_ text: String) {
        self.text = text
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (every number that passed `CarrierRoster`'s check): one character per byte.
            characters = text.utf8.map { Character(Unicode.Scalar($0)) }
            digits = text.utf8.allSatisfy({ (48...57).contains($0) }) ? text.utf8.map { Int($0) - 48 } : []
        } else {
            characters = Array(text)
            let values = characters.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
            digits = values.count == characters.count ? values : []
        }
    }

    /// Every character is an ASCII digit.
    public var isAllDigits: Bool { !digits.isEmpty }
    /// The number of characters.
    public var count: Int { characters.count }

    /// The text from `offset` on.
    public func suffix(from offset: Int) -> String { String(characters[min(offset, count)...]) }

    /// `length` characters starting at `offset`, or nil when the text is too short.
    public func slice(_ offset: Int, length: Int) -> String? {
        guard offset >= 0, length >= 0, offset + length <= count else { return nil }
        return String(characters[offset..<(offset + length)])
    }
}
