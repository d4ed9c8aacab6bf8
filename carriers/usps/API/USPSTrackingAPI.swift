import CarrierSupport
import Foundation
import ShipwatchCore

/// The USPS tracking API (OAuth2 client credentials, then v3r2 batch or v3 single tracking calls),
/// described as pure request building and answer parsing.
public struct USPSTrackingAPI: CarrierAPI {
    /// Production host.
    public static let productionBaseURL = "https://apis.usps.com"
    /// USPS's test environment host.
    public static let sandboxBaseURL = "https://apis-tem.usps.com"
    /// The OAuth2 token endpoint (same host as the APIs).
    public static let tokenPath = "/oauth2/v3/token"
    /// The v3r2 batch endpoint (`POST`, JSON array body).
    public static let batchTrackingPath = "/tracking/v3r2/tracking"
    /// The v3 single-number endpoint; the number follows as one more path segment.
    public static let singleTrackingPathPrefix = "/tracking/v3/tracking"
    /// The v3 route with its path parameter, as routers write it.
    public static let singleTrackingRoute = "/tracking/v3/tracking/:trackingNumber"
    /// The OAuth scope the tracking API needs; without it tracking calls answer 401.
    public static let trackingScope = "tracking"

    /// Always `.usps`.
    public let carrier: Carrier = .usps
    /// Which endpoint tracking requests go to.
    public let mode: USPSTrackingMode
    /// The scopes asked for in the token request; always includes `tracking`.
    public let scopes: [String]

    /// - Parameters:
    ///   - mode: the tracking endpoint; v3r2 batches by default.
    ///   - scopes: extra OAuth scopes when the same token serves other USPS APIs (`tracking` is always added).
    public init(mode: USPSTrackingMode = .batchV3R2, scopes: [String] = [USPSTrackingAPI.trackingScope]) {
        self.mode = mode
        var all = scopes.filter { !$0.isEmpty }
        if !all.contains(Self.trackingScope) { all.append(Self.trackingScope) }
        self.scopes = all
    }

    /// 35 for v3r2, 1 for v3.
    public var maxNumbersPerRequest: Int { mode.maxNumbersPerRequest }

    /// `POST /oauth2/v3/token`, form-encoded `grant_type=client_credentials`, `client_id`, `client_secret`, `scope`.
    public func tokenRequest(credentials: CarrierCredentials) -> WireRequest? {
        ClientCredentialsGrant.formRequest(
            path: Self.tokenPath,
            credentials: credentials,
            extraFields: [("scope", scopes.joined(separator: " "))]
        )
    }

    /// Reads the token answer; a refused request (OAuth error body, 400/401) is `unauthorized`.
    public func parseTokenResponse(_ response: WireResponse) throws(CarrierError) -> AccessToken {
        guard (200..<300).contains(response.status) else {
            let detail = USPSErrorInterpreter.detail(of: response.body)
            switch response.status {
            case 400, 401, 403:
                throw CarrierError.unauthorized(detail: "token request refused (HTTP \(response.status)): \(detail)")
            default:
                throw CarrierError.classify(status: response.status, retryAfter: USPSErrorInterpreter.retryAfter(response), detail: detail)
                    ?? CarrierError.malformedPayload(detail: "token answer HTTP \(response.status): \(detail)")
            }
        }
        let answer: USPSTokenResponse
        do {
            answer = try JSONDecoder().decode(USPSTokenResponse.self, from: Data(response.body))
        } catch {
            throw CarrierError.malformedPayload(detail: "token answer: \(USPSDecodingFailure(error))")
        }
        guard let token = answer.accessToken, !token.isEmpty else {
            throw CarrierError.malformedPayload(detail: "token answer: access_token missing")
        }
        // An infinite or huge lifetime is capped; a negative, zero or missing one is refused.
        guard let lifetime = TokenLifetime.usable(answer.expiresIn) else {
            throw CarrierError.malformedPayload(detail: "token answer: expires_in missing or not a positive number")
        }
        return AccessToken(value: token, expiresIn: lifetime)
    }

    /// v3r2: `POST /tracking/v3r2/tracking` with `[{"trackingNumber": …}, …]` (the caller keeps to 35 numbers).
    /// v3: `GET /tracking/v3/tracking/{number}?expand=DETAIL` for the first number.
    public func trackingRequest(numbers: [String], credentials: CarrierCredentials, accessToken: String?, requestID: String) -> WireRequest {
        var headers = [WireField("Accept", "application/json")]
        if let accessToken { headers.append(WireField("Authorization", "Bearer \(accessToken)")) }
        switch mode {
        case .batchV3R2:
            headers.append(WireField("Content-Type", "application/json"))
            let items = numbers.map { USPSTrackingRequestItem(trackingNumber: $0) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let body = (try? encoder.encode(items)).map(Array.init) ?? Array("[]".utf8)
            return WireRequest(method: .post, path: Self.batchTrackingPath, headers: headers, body: body)
        case .singleV3:
            let number = numbers.first ?? ""
            return WireRequest(
                method: .get,
                path: Self.singleTrackingPath(for: number),
                query: [WireField("expand", "DETAIL")],
                headers: headers
            )
        }
    }

    /// Reads a v3 or v3r2 answer (whichever shape arrives) into one outcome per requested number.
    public func parseTrackingResponse(_ response: WireResponse, requested: [String]) throws(CarrierError) -> [String: TrackingOutcome] {
        try USPSTrackingResponseParser(requested: requested).parse(response)
    }

    /// A batch answered with only the error envelope ("not yet available", "invalid number"): the numbers its
    /// texts name get that outcome; nil for any other answer.
    public func batchRejection(_ response: WireResponse, requested: [String]) -> BatchRejection? {
        USPSTrackingResponseParser.batchRejection(response, requested: requested)
    }

    /// `/tracking/v3/tracking/{number}` with the number percent-encoded as one path segment.
    public static func singleTrackingPath(for number: String) -> String {
        "\(singleTrackingPathPrefix)/\(FormURLEncoding.percentEncoded(number))"
    }
}
