import CarrierSupport
import Foundation

/// The OAuth2 answer of `POST /oauth/token`: `{access_token, token_type, expires_in, scope}`.
public struct FedExTokenResponse: Codable, Sendable, Hashable {
    /// The bearer token to send as `Authorization: Bearer …`.
    public var accessToken: String?
    /// Always "bearer" in FedEx answers.
    public var tokenType: String?
    /// Lifetime in seconds (3599 in practice).
    public var expiresIn: LenientNumber?
    /// The granted scope ("CXS-TP" in recorded answers).
    public var scope: String?

    /// Creates a token answer.
    public init(accessToken: String? = nil, tokenType: String? = nil, expiresIn: LenientNumber? = nil, scope: String? = nil) {
        self.accessToken = accessToken
        self.tokenType = tokenType
        self.expiresIn = expiresIn
        self.scope = scope
    }

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case tokenType = "token_type"
        case expiresIn = "expires_in"
        case scope
    }
}
