/// FedEx Express weighting: weights 1, 3, 7 repeating from the right over the digits before the check digit; the
/// sum modulo 11, then modulo 10, is the check digit. Used by the 12-digit Express number and by the 14-digit tails
/// of the 34-digit Express and Ground (GSN) barcodes. Never traps: a too short input is simply not valid.
enum FedExCheckDigit {
    /// Whether the last of `digits` is their check digit.
    static func isValid(_ digits: some Collection<Int>) -> Bool {
        guard let check = digits.reversed().first, digits.count >= 2 else { return false }
        let weights = [1, 3, 7]
        var sum = 0
        for (offset, digit) in digits.dropLast().reversed().enumerated() {
            sum += digit * weights[offset % 3]
        }
        return sum % 11 % 10 == check
    }
}
