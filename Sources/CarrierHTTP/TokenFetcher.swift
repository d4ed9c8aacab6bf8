import Logging
import ShipwatchCore

/// Performs one OAuth2 token request for a `CarrierClient`'s token cache.
///
/// Every failure becomes `.unauthorized`: without a token no tracking call can be made. Neither the
/// credentials nor the token nor the token endpoint's body ever reach a log line or an error detail.
struct TokenFetcher: Sendable {
    let api: any CarrierAPI
    let credentials: CarrierCredentials
    let baseURL: CarrierBaseURL
    let transport: any HTTPTransport
    let timeout: Duration
    let logger: Logger

    func fetch() async throws(CarrierError) -> AccessToken {
        guard let request = api.tokenRequest(credentials: credentials) else {
            throw .unauthorized(detail: "the carrier adapter built no token request")
        }
        logger.debug("requesting access token")
        let response: WireResponse
        do {
            response = try await transport.execute(
                request, baseURL: baseURL, timeout: timeout, maxBodyBytes: TransportDefaults.maxTokenBodyBytes
            )
        } catch {
            logger.warning("token request failed", metadata: [LogKey.error: "\(error.kind)"])
            throw .unauthorized(detail: "token request failed: \(error)")
        }
        guard (200..<300).contains(response.status) else {
            logger.warning("token request refused", metadata: [LogKey.status: "\(response.status)"])
            throw .unauthorized(detail: "token endpoint answered HTTP \(response.status)")
        }
        do {
            let token = try api.parseTokenResponse(response)
            logger.info("access token obtained", metadata: [LogKey.expiresIn: "\(Int(saturating: token.expiresIn))"])
            return token
        } catch {
            logger.warning("token answer unreadable", metadata: [LogKey.error: "\(error.kind)"])
            if case .unauthorized = error { throw error }
            throw .unauthorized(detail: "unreadable token answer: \(error)")
        }
    }
}
