/// What the fake carrier server does and what it has seen; one per test.
actor FakeCarrierState {
    /// A scripted answer to the next tracking request.
    enum Reply: Sendable {
        /// An error status, with an optional `Retry-After` value.
        case status(Int, retryAfter: String? = nil)
        /// Wait this long, then answer normally.
        case delay(Duration)
        /// A body of `bytes` bytes, streamed in chunks; `declareLength` sends `Content-Length`.
        case hugeBody(bytes: Int, declareLength: Bool)
    }

    private(set) var tokenHits = 0
    private(set) var trackHits = 0
    /// The decoded `numbers` parameter of each tracking request.
    private(set) var requestedNumbers: [[String]] = []
    private(set) var rawQueries: [String] = []

    private var script: [Reply] = []
    private var validTokens: Set<String> = []
    private var tokenDelay: Duration = .zero
    private var tokenLifetime: Double = 3_600
    private var tokenStatus = 200

    func configureToken(delay: Duration = .zero, lifetime: Double = 3_600, status: Int = 200) {
        tokenDelay = delay
        tokenLifetime = lifetime
        tokenStatus = status
    }

    func enqueue(_ replies: Reply...) {
        script.append(contentsOf: replies)
    }

    /// Makes every issued token invalid (the carrier rotated its keys).
    func revokeTokens() {
        validTokens.removeAll()
    }

    func issueToken() -> (status: Int, token: String, lifetime: Double, delay: Duration) {
        tokenHits += 1
        guard tokenStatus == 200 else { return (tokenStatus, "", 0, tokenDelay) }
        let token = "tok-\(tokenHits)"
        validTokens.insert(token)
        return (200, token, tokenLifetime, tokenDelay)
    }

    func isValid(token: String) -> Bool {
        validTokens.contains(token)
    }

    func recordTrack(numbers: [String], rawQuery: String) -> Reply? {
        trackHits += 1
        requestedNumbers.append(numbers)
        rawQueries.append(rawQuery)
        return script.isEmpty ? nil : script.removeFirst()
    }
}
