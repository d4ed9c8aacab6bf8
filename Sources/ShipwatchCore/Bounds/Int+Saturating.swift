extension Int {
    /// The whole part of `value`, clamped to `Int`'s range; NaN becomes 0. For numbers that come from outside
    /// (a header, a config value, a carrier body) where `Int(value)` would trap on infinity, NaN or overflow.
    public init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else if value >= 0x1p63 {
            self = .max
        } else if value <= -0x1p63 {
            self = .min
        } else {
            self = Int(value.rounded(.towardZero))
        }
    }
}

extension Int64 {
    /// Like `Int(saturating:)`, for 64-bit counts of milliseconds and nanoseconds.
    public init(saturating value: Double) {
        self = Int64(Int(saturating: value))
    }
}
