import Foundation
import ShipwatchCore

/// The server side of the USPS API for the carrier simulator: the token endpoint, both tracking endpoints
/// (v3 `GET /tracking/v3/tracking/{n}` and v3r2 `POST /tracking/v3r2/tracking`) and USPS error bodies,
/// all rendered through the adapter's own wire models.
public struct USPSSimulation: CarrierWireSimulation {
    /// Always `.usps`.
    public let carrier: Carrier = .usps
    /// Domestic lanes in the US; Priority Mail and Priority Mail International.
    public var lanes: SimulatedLaneStyle {
        SimulatedLaneStyle(homeCountry: "US", domesticService: "Priority Mail", internationalService: "Priority Mail International")
    }
    /// USPS authenticates with OAuth bearer tokens.
    public var apiKeyHeader: String? { nil }

    /// A simulation; which dialect it answers in follows each request's path.
    public init() {}

    /// The numbers a request asks for: the last path segment (v3), or the JSON array body (v3r2, 1–35 items).
    public func requestedNumbers(in request: WireRequest) throws(CarrierError) -> [String] {
        if request.path == USPSTrackingAPI.batchTrackingPath {
            guard let body = request.body,
                  let items = try? JSONDecoder().decode([USPSTrackingRequestItem].self, from: Data(body))
            else {
                throw CarrierError.malformedPayload(detail: "v3r2 request body is not an array of {trackingNumber}")
            }
            guard (1...USPSTrackingMode.batchV3R2.maxNumbersPerRequest).contains(items.count) else {
                throw CarrierError.malformedPayload(detail: "v3r2 request carries \(items.count) numbers (1–35 allowed)")
            }
            return items.map(\.trackingNumber)
        }
        let prefix = USPSTrackingAPI.singleTrackingPathPrefix + "/"
        if request.path.hasPrefix(prefix) {
            let segment = String(request.path.dropFirst(prefix.count))
            let number = segment.removingPercentEncoding ?? segment
            guard !number.isEmpty, !number.contains("/") else {
                throw CarrierError.malformedPayload(detail: "v3 path has no tracking number: \(request.path)")
            }
            return [number]
        }
        throw CarrierError.malformedPayload(detail: "not a USPS tracking path: \(request.path)")
    }

    /// The token endpoint's JSON answer (`access_token`, `token_type`, `expires_in`…).
    public func renderToken(_ token: AccessToken) -> WireResponse {
        let answer = USPSTokenResponse(
            accessToken: token.value,
            tokenType: "Bearer",
            issuedAt: (Date().timeIntervalSince1970 * 1_000).rounded(),
            expiresIn: token.expiresIn,
            status: "approved",
            scope: USPSTrackingAPI.trackingScope,
            issuer: "api.usps.com",
            clientID: "shipwatch-simulator",
            applicationName: "Shipwatch Simulator",
            apiProducts: "[Public Access]"
        )
        return Self.json(status: 200, answer)
    }

    /// v3r2 (by path): an array in request order, found items with `statusCode` "200" and unknown ones with
    /// "404"; HTTP 207 when any is unknown, else 200.
    /// v3: the first parcel as one object (200), or the "not yet available" error with HTTP 400.
    public func renderTracking(request: WireRequest, parcels: [SimulatedParcel], notFound: [String]) -> WireResponse {
        if request.path == USPSTrackingAPI.batchTrackingPath {
            return renderBatch(request: request, parcels: parcels, notFound: notFound)
        }
        if request.path.hasPrefix(USPSTrackingAPI.singleTrackingPathPrefix + "/") {
            let asked = (try? requestedNumbers(in: request))?.first.map(Self.key)
            let parcel = parcels.first { Self.key($0.trackingNumber) == asked } ?? parcels.first
            guard let parcel else {
                return Self.json(status: 400, USPSParcelRenderer.notYetAvailableBody())
            }
            return Self.json(status: 200, USPSParcelRenderer(mode: .singleV3).render(parcel))
        }
        return renderError(status: 404, message: "No resource matches \(request.path)")
    }

    /// The USPS API error envelope; 429 answers carry `Retry-After: 30`.
    public func renderError(status: Int, message: String) -> WireResponse {
        let body = USPSErrorResponse(
            apiVersion: "/tracking/v3",
            error: USPSErrorDetail(
                code: String(status),
                message: message,
                errors: [USPSErrorItem(status: String(status), code: String(status), title: Self.title(for: status), detail: message)]
            )
        )
        var response = Self.json(status: status, body)
        if status == 429 { response.headers.append(WireField("Retry-After", "30")) }
        return response
    }

    private func renderBatch(request: WireRequest, parcels: [SimulatedParcel], notFound: [String]) -> WireResponse {
        let renderer = USPSParcelRenderer(mode: .batchV3R2)
        let asked = (try? requestedNumbers(in: request)) ?? []
        var remainingParcels = parcels
        var remainingMissing = notFound
        var elements: [USPSTrackingDetail] = []
        for number in asked {
            if let index = remainingParcels.firstIndex(where: { Self.key($0.trackingNumber) == Self.key(number) }) {
                elements.append(renderer.render(remainingParcels.remove(at: index)))
            } else if let index = remainingMissing.firstIndex(where: { Self.key($0) == Self.key(number) }) {
                elements.append(USPSParcelRenderer.notFoundElement(remainingMissing.remove(at: index)))
            }
        }
        elements += remainingParcels.map(renderer.render)
        elements += remainingMissing.map(USPSParcelRenderer.notFoundElement)
        let anyMissing = elements.contains { $0.statusCode == "404" }
        return Self.json(status: anyMissing ? 207 : 200, elements)
    }

    private static func json(status: Int, _ value: some Encodable) -> WireResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(value)).map(Array.init) ?? Array("{}".utf8)
        return WireResponse(status: status, headers: [WireField("Content-Type", "application/json")], body: body)
    }

    private static func key(_ number: String) -> String {
        String(number.uppercased().filter { !$0.isWhitespace })
    }

    private static func title(for status: Int) -> String {
        switch status {
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 429: "Too Many Requests."
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Error"
        }
    }
}
