import CarrierSupport
import Foundation
import ShipwatchCore

/// The FedEx Track API (`POST /track/v1/trackingnumbers`, OAuth2 client credentials), described without I/O.
///
/// Builds the token and tracking requests and reads their answers; `CarrierHTTP` sends them.
public struct FedExTrackingAPI: CarrierAPI {
    /// Production host.
    public static let productionBaseURL = "https://apis.fedex.com"
    /// Sandbox host (knows only FedEx's published mock tracking numbers).
    public static let sandboxBaseURL = "https://apis-sandbox.fedex.com"
    /// OAuth2 client-credentials token endpoint.
    public static let tokenPath = "/oauth/token"
    /// Tracking-by-number endpoint.
    public static let trackingPath = "/track/v1/trackingnumbers"
    /// FedEx accepts at most 30 `trackingInfo` entries per request.
    public static let maxNumbersPerRequest = 30
    /// The locale we ask for (`x-locale`): descriptions come back in US English.
    public static let locale = "en_US"
    /// Lifetime assumed when a token answer omits `expires_in` (FedEx issues one-hour tokens).
    public static let defaultTokenLifetime: Double = 3_599

    /// Creates the API description.
    public init() {}

    /// Always `.fedex`.
    public var carrier: Carrier { .fedex }

    /// 30 numbers per request.
    public var maxNumbersPerRequest: Int { Self.maxNumbersPerRequest }

    /// `POST /oauth/token` with a form body `grant_type=client_credentials&client_id=…&client_secret=…`.
    public func tokenRequest(credentials: CarrierCredentials) -> WireRequest? {
        ClientCredentialsGrant.formRequest(path: Self.tokenPath, credentials: credentials)
    }

    /// Reads the token answer; a refused token request (4xx) is `.unauthorized`.
    public func parseTokenResponse(_ response: WireResponse) throws(CarrierError) -> AccessToken {
        try FedExTokenParser.parse(response, defaultLifetime: Self.defaultTokenLifetime)
    }

    /// `POST /track/v1/trackingnumbers` asking for detailed scans of every number, in the given order.
    ///
    /// The caller batches: FedEx rejects more than `maxNumbersPerRequest` numbers.
    public func trackingRequest(numbers: [String], credentials: CarrierCredentials, accessToken: String?, requestID: String) -> WireRequest {
        let body = FedExTrackRequest(
            includeDetailedScans: true,
            trackingInfo: numbers.map { number in
                FedExTrackingInfo(trackingNumberInfo: FedExTrackingNumberInfo(trackingNumber: number))
            }
        )
        var headers = [
            WireField("Content-Type", "application/json"),
            WireField("Accept", "application/json"),
            WireField("x-locale", Self.locale),
            WireField("x-customer-transaction-id", requestID),
        ]
        if let accessToken {
            headers.insert(WireField("Authorization", "Bearer \(accessToken)"), at: 0)
        }
        return WireRequest(method: .post, path: Self.trackingPath, headers: headers, body: FedExJSON.encode(body))
    }

    /// Reads a tracking answer into one outcome per requested number.
    public func parseTrackingResponse(_ response: WireResponse, requested: [String]) throws(CarrierError) -> [String: TrackingOutcome] {
        try FedExTrackingResponseParser().parse(response, requested: requested)
    }

    /// A whole-request HTTP 400/404 whose errors are about tracking numbers (`TRACKING.*`): the numbers the
    /// error texts name get that outcome; nil for any other answer.
    public func batchRejection(_ response: WireResponse, requested: [String]) -> BatchRejection? {
        FedExErrorClassifier.batchRejection(response, requested: requested)
    }
}
