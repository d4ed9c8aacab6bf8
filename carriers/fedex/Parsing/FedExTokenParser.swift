import CarrierSupport
import Foundation
import ShipwatchCore

/// Reads answers of `POST /oauth/token`.
enum FedExTokenParser {
    /// The granted token, or the reason it was refused.
    static func parse(_ response: WireResponse, defaultLifetime: Double) throws(CarrierError) -> AccessToken {
        guard (200..<300).contains(response.status) else {
            throw FedExErrorClassifier.tokenFailure(response)
        }
        let token: FedExTokenResponse
        do {
            token = try FedExJSON.decode(FedExTokenResponse.self, from: response.body)
        } catch {
            throw .malformedPayload(detail: "FedEx token answer: \(error)")
        }
        guard let value = token.accessToken?.trimmingSpaces(), !value.isEmpty else {
            throw .malformedPayload(detail: "FedEx token answer: access_token missing")
        }
        // An infinite or huge lifetime is capped; a negative, zero or missing one takes the default.
        return AccessToken(value: value, expiresIn: TokenLifetime.usable(token.expiresIn?.value) ?? defaultLifetime)
    }
}
