import CarrierSupport
import Foundation
import ShipwatchCore

/// The server side of the FedEx Track API for the carrier simulator: reads tracking requests and renders
/// token, tracking, not-found and error answers through the same wire models the adapter parses.
public struct FedExSimulation: CarrierWireSimulation {
    /// An event code the status table does not know, rendered for `.unknown` scans.
    public static let unmappedEventType = "ZX"
    /// The scope FedEx grants Track projects.
    public static let tokenScope = "CXS-TP"
    /// The per-number error code of an unknown number.
    public static let notFoundCode = "TRACKING.TRACKINGNUMBER.NOTFOUND"
    /// The per-number error text of an unknown number.
    public static let notFoundMessage = "Tracking number cannot be found. Please correct the tracking number and try again."
    /// The bare-string alert FedEx adds when numbers were not found.
    public static let notFoundAlert = "TRACKING.DATA.NOTFOUND -  Tracking data unavailable"

    /// Creates the simulation.
    public init() {}

    /// Always `.fedex`.
    public var carrier: Carrier { .fedex }
    public var lanes: SimulatedLaneStyle {
        SimulatedLaneStyle(homeCountry: "US", domesticService: "FedEx Ground", internationalService: "FedEx International Priority")
    }
    public var apiKeyHeader: String? { nil }

    /// The milestone the parser reads back for a scan rendered from `milestone`: the same one, except
    /// `sortProcessed`, which FedEx has no code for and which comes back as `sortArrived`.
    public static func roundTripMilestone(_ milestone: Milestone) -> Milestone {
        milestone == .sortProcessed ? .sortArrived : milestone
    }

    /// The numbers of `trackingInfo[].trackingNumberInfo.trackingNumber`, in request order.
    ///
    /// Throws `.invalidNumber` for an empty list or an empty number (FedEx's TRACKING.TRACKINGNUMBER.EMPTY),
    /// `.malformedPayload` for an unreadable body or more than 30 entries.
    public func requestedNumbers(in request: WireRequest) throws(CarrierError) -> [String] {
        guard let body = request.body, !body.isEmpty else {
            throw .malformedPayload(detail: "FedEx tracking request without a body")
        }
        let trackRequest: FedExTrackRequest
        do {
            trackRequest = try FedExJSON.decode(FedExTrackRequest.self, from: body)
        } catch {
            throw .malformedPayload(detail: "FedEx tracking request: \(error)")
        }
        let numbers = (trackRequest.trackingInfo ?? []).map {
            ($0.trackingNumberInfo?.trackingNumber ?? "").trimmingCharacters(in: .whitespaces)
        }
        guard !numbers.isEmpty, !numbers.contains(where: \.isEmpty) else {
            throw .invalidNumber(detail: "TRACKING.TRACKINGNUMBER.EMPTY: Please provide tracking number.")
        }
        guard numbers.count <= FedExTrackingAPI.maxNumbersPerRequest else {
            throw .malformedPayload(detail: "FedEx accepts at most \(FedExTrackingAPI.maxNumbersPerRequest) trackingInfo entries, got \(numbers.count)")
        }
        return numbers
    }

    /// The client id and secret of a token request's form body, or nil when it is not a client-credentials grant.
    public func credentials(inTokenRequest request: WireRequest) -> CarrierCredentials? {
        ClientCredentialsGrant.formCredentials(of: request)
    }

    /// `{access_token, token_type: "bearer", expires_in, scope: "CXS-TP"}`.
    public func renderToken(_ token: AccessToken) -> WireResponse {
        let body = FedExTokenResponse(
            accessToken: token.value,
            tokenType: "bearer",
            expiresIn: LenientNumber(token.expiresIn),
            scope: Self.tokenScope
        )
        return Self.json(status: 200, FedExJSON.encode(body))
    }

    /// HTTP 200 with one `completeTrackResults` element per number: the request's numbers first, in order,
    /// then any other parcel or not-found number. Unknown numbers get FedEx's in-band not-found error.
    public func renderTracking(request: WireRequest, parcels: [SimulatedParcel], notFound: [String]) -> WireResponse {
        let asked = (try? requestedNumbers(in: request)) ?? []
        var order: [String] = []
        var seen: Set<String> = []
        for number in asked + parcels.map(\.trackingNumber) + notFound where seen.insert(FedExTrackingResponseParser.key(number)).inserted {
            order.append(number)
        }
        let parcelsByKey = Dictionary(parcels.map { (FedExTrackingResponseParser.key($0.trackingNumber), $0) }, uniquingKeysWith: { first, _ in first })
        let missing = Set(notFound.map(FedExTrackingResponseParser.key))
        var results: [FedExIsolated<FedExCompleteTrackResult>] = []
        var anyNotFound = false
        for number in order {
            let key = FedExTrackingResponseParser.key(number)
            if let parcel = parcelsByKey[key] {
                let result = FedExTrackResultRenderer(parcel: parcel).render()
                results.append(.decoded(FedExCompleteTrackResult(trackingNumber: number, trackResults: [result])))
            } else if missing.contains(key) {
                anyNotFound = true
                results.append(.decoded(Self.notFoundResult(number)))
            }
        }
        let answer = FedExTrackResponse(
            transactionId: UUID().uuidString.lowercased(),
            customerTransactionId: request.header("x-customer-transaction-id"),
            output: FedExTrackOutput(completeTrackResults: results, alerts: anyNotFound ? .text(Self.notFoundAlert) : nil)
        )
        return Self.json(status: 200, FedExJSON.encode(answer))
    }

    /// `{transactionId, errors: [{code, message}]}` with FedEx's code for the status.
    public func renderError(status: Int, message: String) -> WireResponse {
        let body = FedExErrorResponse(
            transactionId: UUID().uuidString.lowercased(),
            errors: [FedExAPIError(code: Self.errorCode(forStatus: status), message: message)]
        )
        return Self.json(status: status, FedExJSON.encode(body))
    }

    /// FedEx's whole-request error code per HTTP status.
    public static func errorCode(forStatus status: Int) -> String {
        switch status {
        case 400: "BAD.REQUEST.ERROR"
        case 401: "NOT.AUTHORIZED.ERROR"
        case 403: "FORBIDDEN.ERROR"
        case 404: "NOT.FOUND.ERROR"
        case 429: "TOO.MANY.REQUESTS.ERROR"
        case 503: "SERVICE.UNAVAILABLE.ERROR"
        default: "INTERNAL.SERVER.ERROR"
        }
    }

    /// The not-found element exactly as FedEx sends it: empty unique id and carrier code, and an `error`.
    static func notFoundResult(_ number: String) -> FedExCompleteTrackResult {
        FedExCompleteTrackResult(
            trackingNumber: number,
            trackResults: [
                FedExTrackResult(
                    trackingNumberInfo: FedExTrackingNumberInfo(trackingNumber: number, carrierCode: "", trackingNumberUniqueId: ""),
                    error: FedExAPIError(code: notFoundCode, message: notFoundMessage)
                ),
            ]
        )
    }

    private static func json(status: Int, _ body: [UInt8]) -> WireResponse {
        WireResponse(status: status, headers: [WireField("Content-Type", "application/json")], body: body)
    }
}
