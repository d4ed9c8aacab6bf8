/// Check-digit algorithms of the tracking-number formats Shipwatch recognizes.
enum CheckDigits {
    /// GS1 mod 10 (USPS IMpb, FedEx Ground, SSCC): from the right, excluding the check digit,
    /// weights 3, 1, 3, 1…; the check digit brings the sum to a multiple of ten.
    static func gs1Mod10(_ digits: [Int]) -> Bool {
        guard let check = digits.last, digits.count >= 2 else { return false }
        var sum = 0
        for (offset, digit) in digits.dropLast().reversed().enumerated() {
            sum += digit * (offset % 2 == 0 ? 3 : 1)
        }
        return (10 - sum % 10) % 10 == check
    }

    /// FedEx Express 12-digit numbers: weights 1, 3, 7 repeating from the right over the first
    /// eleven digits; the sum modulo 11, then modulo 10, is the check digit.
    static func fedExMod11(_ digits: [Int]) -> Bool {
        guard let check = digits.last, digits.count == 12 else { return false }
        let weights = [1, 3, 7]
        var sum = 0
        for (offset, digit) in digits.dropLast().reversed().enumerated() {
            sum += digit * weights[offset % 3]
        }
        return sum % 11 % 10 == check
    }

    /// UPS `1Z` numbers: the fifteen characters after `1Z` (letters folded to digits as
    /// `(ASCII - 63) mod 10`), every second one doubled; the last character completes the sum to ten.
    static func ups(_ characters: [Character]) -> Bool {
        guard characters.count == 18, let check = characters[17].wholeNumberValue else { return false }
        var sum = 0
        for (offset, character) in characters[2..<17].enumerated() {
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

    /// DHL Express 10-digit waybills: the first nine digits as a number, modulo 7, is the last digit.
    static func dhlExpressMod7(_ digits: [Int]) -> Bool {
        guard digits.count == 10, let check = digits.last else { return false }
        let number = digits.dropLast().reduce(0) { $0 * 10 + $1 }
        return number % 7 == check
    }

    static func upsValue(_ character: Character) -> Int? {
        if let digit = character.wholeNumberValue, character.isASCII { return digit }
        guard let ascii = character.asciiValue, character.isUppercase else { return nil }
        return (Int(ascii) - 63) % 10
    }
}
