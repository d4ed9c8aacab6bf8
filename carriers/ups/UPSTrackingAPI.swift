import CarrierSupport
import Foundation
import ShipwatchCore

/// UPS Track API (`GET /api/track/v1/details/{inquiryNumber}`) with OAuth2 client credentials: request
/// building and answer parsing, without I/O.
public struct UPSTrackingAPI: CarrierAPI {
    /// Production host.
    public static let productionBaseURL = "https://onlinetools.ups.com"
    /// Customer Integration Environment (test) host.
    public static let sandboxBaseURL = "https://wwwcie.ups.com"
    /// OAuth2 client-credentials token endpoint.
    public static let tokenPath = "/security/v1/oauth/token"
    /// Tracking endpoint; the inquiry number follows as one more path segment.
    public static let trackingPath = "/api/track/v1/details"
    /// The tracking route with its path parameter, as routers write it.
    public static let trackingRoute = "/api/track/v1/details/:inquiryNumber"
    /// Default `transactionSrc` header value.
    public static let defaultTransactionSource = "shipwatch"

    /// Always `.ups`.
    public var carrier: Carrier { .ups }
    /// UPS tracks one number per call (a path parameter).
    public var maxNumbersPerRequest: Int { 1 }
    /// The `transactionSrc` header: who is calling.
    public var transactionSource: String
    /// The `locale` query parameter; descriptions come back translated.
    public var locale: String

    /// Creates the API description.
    public init(transactionSource: String = UPSTrackingAPI.defaultTransactionSource, locale: String = "en_US") {
        self.transactionSource = transactionSource
        self.locale = locale
    }

    /// The tracking path for one number: `/api/track/v1/details/1Z…`.
    public static func trackingPath(for number: String) -> String {
        trackingPath + "/" + UPSTrackingNumber.pathSegment(number)
    }

    /// `POST /security/v1/oauth/token` with HTTP Basic client id/secret and `grant_type=client_credentials`.
    public func tokenRequest(credentials: CarrierCredentials) -> WireRequest? {
        ClientCredentialsGrant.basicAuthRequest(path: UPSTrackingAPI.tokenPath, credentials: credentials)
    }

    /// `GET /api/track/v1/details/{number}?locale=…&returnSignature=false&returnMilestones=false&returnPOD=false`
    /// with `transId`, `transactionSrc` and the bearer token. Only the first number is used.
    public func trackingRequest(numbers: [String], credentials: CarrierCredentials, accessToken: String?, requestID: String) -> WireRequest {
        var headers = [
            WireField("transId", requestID),
            WireField("transactionSrc", transactionSource),
            WireField("Accept", "application/json"),
        ]
        if let accessToken {
            headers.append(WireField("Authorization", "Bearer \(accessToken)"))
        }
        return WireRequest(
            method: .get,
            path: UPSTrackingAPI.trackingPath(for: numbers.first ?? ""),
            query: [
                WireField("locale", locale),
                WireField("returnSignature", "false"),
                WireField("returnMilestones", "false"),
                WireField("returnPOD", "false"),
            ],
            headers: headers
        )
    }
}
