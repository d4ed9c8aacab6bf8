import CarrierSupport
import Foundation
import ShipwatchCore

/// The OAuth token endpoint's answer (`POST /security/v1/oauth/token`).
///
/// UPS sends `expires_in` and `issued_at` as strings ("14399", epoch milliseconds); numbers are accepted too.
public struct UPSTokenResponse: Codable, Sendable, Hashable {
    /// "Bearer".
    public var tokenType: String?
    /// Issue time in epoch milliseconds, as text.
    public var issuedAt: String?
    /// The client id the token belongs to.
    public var clientID: String?
    /// The bearer token.
    public var accessToken: String?
    /// Granted scope (often empty).
    public var scope: String?
    /// Lifetime in seconds, as text ("14399").
    public var expiresIn: String?
    /// How often the token was refreshed, as text.
    public var refreshCount: String?
    /// "approved" for a usable token.
    public var status: String?

    enum CodingKeys: String, CodingKey {
        case tokenType = "token_type"
        case issuedAt = "issued_at"
        case clientID = "client_id"
        case accessToken = "access_token"
        case scope
        case expiresIn = "expires_in"
        case refreshCount = "refresh_count"
        case status
    }

    /// Creates a token answer.
    public init(
        tokenType: String? = nil, issuedAt: String? = nil, clientID: String? = nil, accessToken: String? = nil,
        scope: String? = nil, expiresIn: String? = nil, refreshCount: String? = nil, status: String? = nil
    ) {
        self.tokenType = tokenType
        self.issuedAt = issuedAt
        self.clientID = clientID
        self.accessToken = accessToken
        self.scope = scope
        self.expiresIn = expiresIn
        self.refreshCount = refreshCount
        self.status = status
    }

    /// Decodes leniently: every field may be a string or a number.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        tokenType = try container.lenientString(.tokenType)
        issuedAt = try container.lenientString(.issuedAt)
        clientID = try container.lenientString(.clientID)
        accessToken = try container.lenientString(.accessToken)
        scope = try container.lenientString(.scope)
        expiresIn = try container.lenientString(.expiresIn)
        refreshCount = try container.lenientString(.refreshCount)
        status = try container.lenientString(.status)
    }

    /// The lifetime in seconds, when `expires_in` holds a positive number; capped at `TokenLifetime.longestSeconds`
    /// ("inf" and "1e30" included), nil for a negative, zero or unreadable one.
    public var lifetimeSeconds: Double? {
        TokenLifetime.usable(expiresIn.flatMap { Double($0.trimmingSpaces()) })
    }
}
