/// Number formatting for the hot paths of rule evaluation: no locale, no `String(format:)`.
enum NumberText {
    /// `value` with at least `width` digits, zero-padded: `zeroPadded(7, width: 2)` is `07`.
    static func zeroPadded(_ value: Int, width: Int) -> String {
        let digits = String(value.magnitude)
        let padding = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + padding + digits
    }

    /// `value` rounded to `fractionDigits` decimals (half away from zero): `fixed(7.45, 1)` is `7.5`.
    static func fixed(_ value: Double, fractionDigits: Int) -> String {
        guard value.isFinite else { return String(value) }
        var scale = 1
        for _ in 0..<max(0, fractionDigits) { scale *= 10 }
        let scaled = (value.magnitude * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(value) }
        let units = Int(scaled)
        let negative = value < 0 && units != 0
        let whole = String(units / scale)
        let fraction = fractionDigits > 0 ? "." + zeroPadded(units % scale, width: fractionDigits) : ""
        return (negative ? "-" : "") + whole + fraction
    }
}
