/// What the simulator was asked, for tests to assert exactly what was fetched.
public struct SimulatorCounters: Sendable, Hashable, Codable {
    /// Requests received per endpoint, e.g. `ups.token`, `fedex.tracking`.
    public var requests: [String: Int] = [:]
    /// Times each tracking number was answered with tracking data or a not-found (faulted requests excluded).
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
