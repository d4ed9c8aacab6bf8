/// DHL Express waybills (10 or 11 digits): the digits before the last, as a number, modulo 7, are the last digit.
/// Computed digit by digit, so no length overflows; a too short input is simply not valid.
enum DHLCheckDigit {
    /// Whether the last of `digits` is their check digit.
    static func isValid(_ digits: some Collection<Int>) -> Bool {
        guard digits.count >= 2, let check = digits.reversed().first else { return false }
        let remainder = digits.dropLast().reduce(0) { ($0 * 10 + $1) % 7 }
        return remainder == check
    }
}
