import Foundation
import ShipwatchCore

/// The server side of DHL Shipment Tracking – Unified, for the carrier simulator.
///
/// Renders answers the way DHL Express does today: events newest first with `statusCode`, the two-letter
/// `status` code, offsets on every timestamp, "CITY - COUNTRY NAME" localities; not-found as HTTP 404
/// with a problem document; errors as problem documents.
public struct DHLSimulation: CarrierWireSimulation {
    /// Always `.dhl`.
    public var carrier: Carrier { .dhl }
    public var lanes: SimulatedLaneStyle {
        SimulatedLaneStyle(homeCountry: "DE", domesticService: "Parcel Germany", internationalService: "Express Worldwide")
    }
    public var apiKeyHeader: String? { DHLTrackingAPI.apiKeyHeaderName }
    /// The `Retry-After` seconds rendered on 429 answers.
    public var retryAfterSeconds: Int

    /// Creates the simulation.
    /// - Parameter retryAfterSeconds: the `Retry-After` value sent with 429 answers.
    public init(retryAfterSeconds: Int = 60) {
        self.retryAfterSeconds = retryAfterSeconds
    }

    /// The numbers in the `trackingNumber` query parameter (comma-separated lists are split).
    public func requestedNumbers(in request: WireRequest) throws(CarrierError) -> [String] {
        let numbers = (request.queryValue(DHLTrackingAPI.trackingNumberParameter) ?? "")
            .split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard !numbers.isEmpty else {
            throw .malformedPayload(detail: "the request has no \(DHLTrackingAPI.trackingNumberParameter) query parameter")
        }
        return numbers
    }

    /// DHL has no token endpoint: a 404 problem document, whatever the token.
    public func renderToken(_ token: AccessToken) -> WireResponse {
        problemResponse(DHLProblem(
            title: "Not Found",
            status: 404,
            detail: "There is no token endpoint; send the \(DHLTrackingAPI.apiKeyHeaderName) header with each request."
        ))
    }

    /// 200 with the parcels as `shipments[]`, or, when there is no parcel to show, DHL's 404 "No result found".
    public func renderTracking(request: WireRequest, parcels: [SimulatedParcel], notFound: [String]) -> WireResponse {
        guard !parcels.isEmpty else {
            let number = notFound.first ?? (try? requestedNumbers(in: request))?.first ?? ""
            return problemResponse(DHLProblem(
                title: "No result found",
                status: 404,
                detail: "No shipment with given tracking number found.",
                instance: DHLTrackingAPI.trackingPath + "?" + DHLTrackingAPI.trackingNumberParameter + "=" + number
            ))
        }
        let answer = DHLTrackingResponse(shipments: parcels.map(DHLShipmentRenderer.shipment(for:)))
        return WireResponse(status: 200, headers: [WireField("Content-Type", "application/json")], body: Self.encode(answer))
    }

    /// A problem document with the status's usual title and `message` as detail; 429 carries `Retry-After`.
    public func renderError(status: Int, message: String) -> WireResponse {
        var response = problemResponse(DHLProblem(title: Self.title(forStatus: status), status: status, detail: message))
        if status == 429 {
            response.headers.append(WireField("Retry-After", String(retryAfterSeconds)))
        }
        return response
    }

    private func problemResponse(_ problem: DHLProblem) -> WireResponse {
        WireResponse(
            status: problem.status ?? 500,
            headers: [WireField("Content-Type", DHLProblem.mediaType)],
            body: Self.encode(problem)
        )
    }

    private static func title(forStatus status: Int) -> String {
        switch status {
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: "Error"
        }
    }

    private static func encode(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map(Array.init) ?? Array("{}".utf8)
    }
}
