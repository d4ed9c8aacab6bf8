import Foundation
import ShipwatchCore

extension UPSTrackingAPI {
    /// Lifetime assumed when a token answer has no usable `expires_in` (UPS normally says "14399").
    public static let fallbackTokenLifetime: Double = 3_600

    /// Reads the token endpoint's answer: `access_token`, and `expires_in` as a string or a number.
    public func parseTokenResponse(_ response: WireResponse) throws(CarrierError) -> AccessToken {
        guard (200..<300).contains(response.status) else {
            throw UPSTrackingAPI.failure(of: response, context: "UPS token request")
        }
        let token: UPSTokenResponse
        do {
            token = try JSONDecoder().decode(UPSTokenResponse.self, from: Data(response.body))
        } catch {
            throw .malformedPayload(detail: "UPS token answer: \(UPSFieldPath.describe(error))")
        }
        guard let value = token.accessToken?.trimmingSpaces(), !value.isEmpty else {
            throw .malformedPayload(detail: "UPS token answer has no access_token")
        }
        if let status = token.status?.trimmingSpaces(), !status.isEmpty, status.lowercased() != "approved" {
            throw .unauthorized(detail: "UPS token status is \"\(status)\"")
        }
        return AccessToken(value: value, expiresIn: token.lifetimeSeconds ?? UPSTrackingAPI.fallbackTokenLifetime)
    }

    /// Reads a tracking answer into one outcome per requested number.
    ///
    /// HTTP 200 without a package and with warning `TW0001` is `.notFound`; `TV1002` (HTTP 400) is `.invalidNumber`;
    /// 401/403, 429 (code 10429, `Retry-After` honored) and 5xx throw.
    public func parseTrackingResponse(_ response: WireResponse, requested: [String]) throws(CarrierError) -> [String: TrackingOutcome] {
        guard (200..<300).contains(response.status) else {
            return try UPSTrackingAPI.perNumberFailure(of: response, requested: requested)
        }
        do {
            return try UPSTrackingReader(requested: requested).outcomes(body: response.body)
        } catch {
            // Some gateways answer 200 with UPS's error body.
            guard !UPSErrorInterpreter.errors(in: response.body).isEmpty else { throw error }
            return try UPSTrackingAPI.perNumberFailure(of: response, requested: requested)
        }
    }

    private static func perNumberFailure(of response: WireResponse, requested: [String]) throws(CarrierError) -> [String: TrackingOutcome] {
        let errors = UPSErrorInterpreter.errors(in: response.body)
        switch UPSErrorInterpreter.interpret(status: response.status, headers: response.headers, errors: errors, body: response.body) {
        case .perNumber(let outcome):
            return Dictionary(requested.map { ($0, outcome) }, uniquingKeysWith: { first, _ in first })
        case .failure(let error):
            throw error
        }
    }

    private static func failure(of response: WireResponse, context: String) -> CarrierError {
        let errors = UPSErrorInterpreter.errors(in: response.body)
        switch UPSErrorInterpreter.interpret(status: response.status, headers: response.headers, errors: errors, body: response.body) {
        case .failure(let error):
            return error
        case .perNumber:
            let detail = errors.isEmpty ? UPSErrorInterpreter.bodyExcerpt(response.body) : errors.map(\.summary).joined(separator: "; ")
            return CarrierError.classify(status: response.status, retryAfter: nil, detail: "\(context): \(detail)")
                ?? .malformedPayload(detail: "\(context): HTTP \(response.status): \(detail)")
        }
    }
}
