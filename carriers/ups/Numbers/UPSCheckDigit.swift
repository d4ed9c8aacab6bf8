/// UPS mod 10 over letters and digits (the `1Z` numbers and the one-letter waybills): letters fold to digits as
/// `(ASCII - 63) mod 10`, every second character from the left is doubled, and the check digit completes the sum to
/// a multiple of ten. Never traps: a too short input is simply not valid.
enum UPSCheckDigit {
    /// Whether the last of `characters` is their check digit.
    static func isValid(_ characters: some Collection<Character>) -> Bool {
        guard characters.count >= 2, let check = characters.reversed().first?.wholeNumberValue else { return false }
        var sum = 0
        for (offset, character) in characters.dropLast().enumerated() {
            guard let value = value(of: character) else { return false }
            sum += offset % 2 == 1 ? value * 2 : value
        }
        return (10 - sum % 10) % 10 == check
    }

    static func value(of character: Character) -> Int? {
        if let digit = character.wholeNumberValue, character.isASCII { return digit }
        guard let ascii = character.asciiValue, character.isUppercase else { return nil }
        return (Int(ascii) - 63) % 10
    }
}
