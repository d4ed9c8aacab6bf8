import Foundation

/// Credentials for one carrier account; which fields matter depends on the carrier.
public struct CarrierCredentials: Sendable, Hashable {
    public var clientID: String?
    public var clientSecret: String?
    public var apiKey: String?

    public init(clientID: String? = nil, clientSecret: String? = nil, apiKey: String? = nil) {
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.apiKey = apiKey
    }
}

/// An OAuth2 access token and how long the carrier said it lives.
public struct AccessToken: Sendable, Hashable {
    public var value: String
    /// Lifetime in seconds from issue.
    public var expiresIn: Double

    /// - Parameter expiresIn: seconds; a value that is not a positive number becomes 0 (expired), and one past
    ///   `TokenLifetime.longestSeconds` (infinity included) is capped there.
    public init(value: String, expiresIn: Double) {
        self.value = value
        self.expiresIn = TokenLifetime.usable(expiresIn) ?? 0
    }
}

/// One carrier's tracking API, described without I/O: how to build its requests and read its answers.
///
/// `CarrierHTTP` executes the requests (deadlines, token cache, retries); adapters stay pure and testable
/// on recorded fixtures.
public protocol CarrierAPI: Sendable {
    var carrier: Carrier { get }
    /// The most tracking numbers one tracking request may carry.
    var maxNumbersPerRequest: Int { get }
    /// The OAuth2 client-credentials token request, or nil when the carrier authenticates with an API key.
    func tokenRequest(credentials: CarrierCredentials) -> WireRequest?
    /// Reads a token endpoint's answer.
    func parseTokenResponse(_ response: WireResponse) throws(CarrierError) -> AccessToken
    /// The tracking request for up to `maxNumbersPerRequest` numbers.
    /// - Parameters:
    ///   - accessToken: the bearer token, for OAuth2 carriers.
    ///   - requestID: a unique id for this request (UPS `transId`).
    func trackingRequest(numbers: [String], credentials: CarrierCredentials, accessToken: String?, requestID: String) -> WireRequest
    /// Reads a tracking answer: one outcome per requested number.
    ///
    /// Throws when the whole answer is a failure (401, 429, 5xx, an unreadable body that cannot be split per number).
    /// A number the answer does not mention comes back as `.malformed`.
    func parseTrackingResponse(_ response: WireResponse, requested: [String]) throws(CarrierError) -> [String: TrackingOutcome]
    /// When a multi-number tracking request was refused as a whole (FedEx HTTP 400 with a `TRACKING.*` code,
    /// a USPS error envelope), what the refusal says about each number: the numbers it names and their
    /// outcome. Nil when the answer is not such a refusal (the client then reads it with
    /// `parseTrackingResponse`). See `BatchRejection`; the default is nil.
    func batchRejection(_ response: WireResponse, requested: [String]) -> BatchRejection?
}
