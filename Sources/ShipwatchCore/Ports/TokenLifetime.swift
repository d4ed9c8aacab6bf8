/// How long an OAuth token is trusted, from a token answer's `expires_in`.
public enum TokenLifetime {
    /// The longest lifetime trusted: a day. Carriers issue tokens for one to eight hours; a longer (or
    /// infinite) `expires_in` is capped here, so the token is simply refreshed sooner than announced.
    public static let longestSeconds: Double = 86_400

    /// The lifetime to use: nil when `seconds` is missing or not a positive number (NaN, 0, -5), else the
    /// value capped at `longestSeconds` ("inf", 1e30).
    public static func usable(_ seconds: Double?) -> Double? {
        guard let seconds, !seconds.isNaN, seconds > 0 else { return nil }
        return min(seconds, longestSeconds)
    }
}
