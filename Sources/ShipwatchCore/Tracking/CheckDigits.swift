/// The check-digit algorithms of the standards several carriers' formats share (GS1, UPU S10). A carrier's own
/// algorithm lives with its formats in its folder.
///
/// Every function takes the digits including the check digit as the last element and says whether the
/// check digit holds. They never trap: an empty or too short input is simply not valid.
public enum CheckDigits {
    /// GS1 mod 10 (USPS IMpb, FedEx Ground, SSCC): from the right, excluding the check digit,
    /// weights 3, 1, 3, 1…; the check digit brings the sum to a multiple of ten.
    public static func gs1Mod10(_ digits: some Collection<Int>) -> Bool {
        guard let check = digits.reversed().first, digits.count >= 2 else { return false }
        var sum = 0
        for (offset, digit) in digits.dropLast().reversed().enumerated() {
            sum += digit * (offset % 2 == 0 ? 3 : 1)
        }
        return (10 - sum % 10) % 10 == check
    }

    /// UPU S10 international items: weights 8 6 4 2 3 5 9 7 over the eight serial digits;
    /// 11 minus the sum modulo 11, where 10 becomes 0 and 11 becomes 5.
    public static func s10(serial: [Int], check: Int) -> Bool {
        guard serial.count == 8 else { return false }
        let weights = [8, 6, 4, 2, 3, 5, 9, 7]
        let sum = zip(serial, weights).reduce(0) { $0 + $1.0 * $1.1 }
        var expected = 11 - sum % 11
        if expected == 10 { expected = 0 } else if expected == 11 { expected = 5 }
        return expected == check
    }
}
