import Foundation
import ShipwatchCore

/// DHL Shipment Tracking – Unified: request building and answer parsing, without I/O.
///
/// One tracking number per request (`GET /track/shipments?trackingNumber=…`), authenticated by the
/// `DHL-API-Key` header; there is no OAuth token. A number DHL does not know comes back as HTTP 404 with
/// a problem document, which this adapter turns into `TrackingOutcome.notFound`.
public struct DHLTrackingAPI: CarrierAPI {
    /// DHL's production host. DHL offers no external test host (its support says to test in production).
    public static let productionBaseURL = URL(string: "https://api-eu.dhl.com")!
    /// The tracking endpoint's path.
    public static let trackingPath = "/track/shipments"
    /// The header that carries the API key.
    public static let apiKeyHeaderName = "DHL-API-Key"
    /// The query parameter that carries the tracking number.
    public static let trackingNumberParameter = "trackingNumber"

    /// Always `.dhl`.
    public var carrier: Carrier { .dhl }
    /// DHL documents one `trackingNumber` per request.
    public var maxNumbersPerRequest: Int { 1 }

    /// The `language` query value (DHL's wording language); nil leaves it to DHL. English by default,
    /// which the wording-based classification of code-less events relies on.
    public var language: String?
    /// The `service` query value ("express", "parcel-de"…) to pin the division; nil lets DHL search all.
    public var service: String?

    /// Creates the API description.
    /// - Parameters:
    ///   - language: wording language sent as `language` (default "en").
    ///   - service: DHL division sent as `service`, when every number polled through this value belongs to it.
    public init(language: String? = "en", service: String? = nil) {
        self.language = language
        self.service = service
    }

    /// DHL has no token endpoint: always nil.
    public func tokenRequest(credentials: CarrierCredentials) -> WireRequest? {
        nil
    }

    /// DHL has no token endpoint, so any token answer is an error.
    public func parseTokenResponse(_ response: WireResponse) throws(CarrierError) -> AccessToken {
        throw .malformedPayload(detail: "DHL Shipment Tracking has no token endpoint; it authenticates with the \(Self.apiKeyHeaderName) header")
    }

    /// `GET /track/shipments?trackingNumber=<n>[&service=…][&language=en]` with the API key and
    /// `Accept: application/json`. Only the first number is sent (one per request).
    public func trackingRequest(numbers: [String], credentials: CarrierCredentials, accessToken: String?, requestID: String) -> WireRequest {
        var query = [WireField(Self.trackingNumberParameter, numbers.first ?? "")]
        if let service { query.append(WireField("service", service)) }
        if let language { query.append(WireField("language", language)) }
        return WireRequest(
            method: .get,
            path: Self.trackingPath,
            query: query,
            headers: [
                WireField(Self.apiKeyHeaderName, credentials.apiKey ?? ""),
                WireField("Accept", "application/json"),
            ]
        )
    }

    /// One outcome per requested number; throws for 401/403, 429, 5xx and unreadable answers.
    public func parseTrackingResponse(_ response: WireResponse, requested: [String]) throws(CarrierError) -> [String: TrackingOutcome] {
        try DHLResponseParser().parse(response, requested: requested)
    }
}
