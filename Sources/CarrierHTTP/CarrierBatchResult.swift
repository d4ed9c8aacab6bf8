import ShipwatchCore

/// What one `CarrierClient.track` call learned, per number, and what it cost.
public struct CarrierBatchResult: Sendable, Equatable {
    /// The carrier asked.
    public var carrier: Carrier
    /// One entry per distinct requested number: the carrier's outcome, or why its batch failed as a whole.
    public var outcomes: [String: Result<TrackingOutcome, CarrierError>]
    /// HTTP requests sent, token requests included (a request that failed to connect counts too).
    public var httpCalls: Int
    /// Token requests this call started (a token shared with concurrent calls counts for the one that fetched it).
    public var tokenRequests: Int
    /// Repeated attempts: backoff retries and the one retry after a rejected token.
    public var retries: Int
    /// The HTTP status of the last tracking answer received, if any.
    public var lastHTTPStatus: Int?
    /// Tracking requests the numbers were split into.
    public var batches: Int
    /// Batches that failed as a whole.
    public var failedBatches: Int
    /// Time from start to end of the call.
    public var duration: Duration

    /// An empty result: nothing asked yet.
    public init(carrier: Carrier) {
        self.carrier = carrier
        self.outcomes = [:]
        self.httpCalls = 0
        self.tokenRequests = 0
        self.retries = 0
        self.lastHTTPStatus = nil
        self.batches = 0
        self.failedBatches = 0
        self.duration = .zero
    }

    /// The result for one number, or nil if it was not requested.
    public func result(for number: String) -> Result<TrackingOutcome, CarrierError>? {
        outcomes[number]
    }

    /// The whole-batch errors, by number.
    public var failures: [String: CarrierError] {
        outcomes.compactMapValues { result in
            if case .failure(let error) = result { error } else { nil }
        }
    }

    mutating func merge(_ report: BatchReport) {
        outcomes.merge(report.outcomes) { _, new in new }
        httpCalls += report.httpCalls
        tokenRequests += report.tokenRequests
        retries += report.retries
        if let status = report.lastHTTPStatus { lastHTTPStatus = status }
        batches += 1
        if report.failed { failedBatches += 1 }
    }
}

/// The result and costs of one batch, merged into a `CarrierBatchResult`.
struct BatchReport: Sendable {
    var outcomes: [String: Result<TrackingOutcome, CarrierError>] = [:]
    var httpCalls = 0
    var tokenRequests = 0
    var retries = 0
    var lastHTTPStatus: Int?
    var failed = false

    mutating func fail(_ numbers: [String], with error: CarrierError) {
        failed = true
        for number in numbers { outcomes[number] = .failure(error) }
    }

    /// Adds a follow-up request's results and costs (a refused batch asked again in parts).
    mutating func absorb(_ other: BatchReport) {
        outcomes.merge(other.outcomes) { _, new in new }
        httpCalls += other.httpCalls
        tokenRequests += other.tokenRequests
        retries += other.retries
        if let status = other.lastHTTPStatus { lastHTTPStatus = status }
        failed = failed || other.failed
    }

    mutating func succeed(_ numbers: [String], with parsed: [String: TrackingOutcome]) {
        for number in numbers {
            outcomes[number] = .success(parsed[number] ?? .malformed(detail: "number missing from the carrier's answer"))
        }
    }
}
