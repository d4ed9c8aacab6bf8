/// Check-digit algorithms of the tracking-number formats Shipwatch recognizes.
///
/// Every function takes the digits including the check digit as the last element and says whether the
/// check digit holds. They never trap: an empty or too short input is simply not valid.
enum CheckDigits {
    /// GS1 mod 10 (USPS IMpb, FedEx Ground, SSCC): from the right, excluding the check digit,
    /// weights 3, 1, 3, 1…; the check digit brings the sum to a multiple of ten.
    static func gs1Mod10(_ digits: some Collection<Int>) -> Bool {
        guard let check = digits.reversed().first, digits.count >= 2 else { return false }
        var sum = 0
        for (offset, digit) in digits.dropLast().reversed().enumerated() {
            sum += digit * (offset % 2 == 0 ? 3 : 1)
        }
        return (10 - sum % 10) % 10 == check
    }

    /// FedEx Express weighting: weights 1, 3, 7 repeating from the right over the digits before the check
    /// digit; the sum modulo 11, then modulo 10, is the check digit. Used by the 12-digit Express number and by
    /// the 14-digit tails of the 34-digit Express and Ground (GSN) barcodes.
    static func fedExMod11(_ digits: some Collection<Int>) -> Bool {
        guard let check = digits.reversed().first, digits.count >= 2 else { return false }
        let weights = [1, 3, 7]
        var sum = 0
        for (offset, digit) in digits.dropLast().reversed().enumerated() {
            sum += digit * weights[offset % 3]
        }
        return sum % 11 % 10 == check
    }

    /// UPS mod 10 over letters and digits (the `1Z` numbers and the one-letter waybills): letters fold to
    /// digits as `(ASCII - 63) mod 10`, every second character from the left is doubled, and the check digit
    /// completes the sum to a multiple of ten.
    static func upsMod10(_ characters: some Collection<Character>) -> Bool {
        guard characters.count >= 2, let check = characters.reversed().first?.wholeNumberValue else { return false }
        var sum = 0
        for (offset, character) in characters.dropLast().enumerated() {
            guard let value = upsValue(character) else { return false }
            sum += offset % 2 == 1 ? value * 2 : value
        }
        return (10 - sum % 10) % 10 == check
    }

    /// UPU S10 international items: weights 8 6 4 2 3 5 9 7 over the eight serial digits;
    /// 11 minus the sum modulo 11, where 10 becomes 0 and 11 becomes 5.
    static func s10(serial: [Int], check: Int) -> Bool {
        guard serial.count == 8 else { return false }
        let weights = [8, 6, 4, 2, 3, 5, 9, 7]
        let sum = zip(serial, weights).reduce(0) { $0 + $1.0 * $1.1 }
        var expected = 11 - sum % 11
        if expected == 10 { expected = 0 } else if expected == 11 { expected = 5 }
        return expected == check
    }

    /// DHL Express waybills (10 or 11 digits): the digits before the last, as a number, modulo 7, are the
    /// last digit. Computed digit by digit, so no length overflows.
    static func dhlExpressMod7(_ digits: some Collection<Int>) -> Bool {
        guard digits.count >= 2, let check = digits.reversed().first else { return false }
        let remainder = digits.dropLast().reduce(0) { ($0 * 10 + $1) % 7 }
        return remainder == check
    }

    static func upsValue(_ character: Character) -> Int? {
        if let digit = character.wholeNumberValue, character.isASCII { return digit }
        guard let ascii = character.asciiValue, character.isUppercase else { return nil }
        return (Int(ascii) - 63) % 10
    }
}
