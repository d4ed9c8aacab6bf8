/// What the simulator was asked, for tests to assert exactly what was fetched.
public struct SimulatorCounters: Sendable, Hashable, Codable {
    /// Requests received per endpoint, e.g. `ups.token`, `fedex.tracking`.
    public var requests: [String: Int] = [:]
    /// Times each tracking number was answered with tracking data or a not-found (requests answered with an error,
    /// a malformed or a truncated body excluded; slow answers count).
    public var numbers: [String: Int] = [:]
    /// Faults injected, e.g. `dhl.rate_limited`.
    public var faults: [String: Int] = [:]
    /// Tokens issued per carrier.
    public var tokensIssued: [String: Int] = [:]

    public init() {}

    enum CodingKeys: String, CodingKey {
        case requests
        case numbers
        case faults
        case tokensIssued = "tokens_issued"
    }
}
