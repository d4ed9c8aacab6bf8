import CarrierSupport
import Foundation

/// The answer of `POST /oauth2/v3/token` (client credentials).
///
/// `expires_in` and `issued_at` arrive as numbers or as numeric strings; both are accepted.
public struct USPSTokenResponse: Codable, Sendable, Hashable {
    /// The bearer token.
    public var accessToken: String?
    /// "Bearer".
    public var tokenType: String?
    /// Milliseconds since 1970 when the token was issued.
    public var issuedAt: Double?
    /// Lifetime in seconds (about 8 hours has been seen).
    public var expiresIn: Double?
    /// "approved".
    public var status: String?
    /// Space-separated scopes granted; must include "tracking" for the tracking API.
    public var scope: String?
    /// Who issued the token.
    public var issuer: String?
    /// The client the token was issued to.
    public var clientID: String?
    /// The application registered for that client.
    public var applicationName: String?
    /// A display string such as "[Public Access]".
    public var apiProducts: String?

    enum CodingKeys: String, CodingKey {
        case accessToken = "access_token"
        case tokenType = "token_type"
        case issuedAt = "issued_at"
        case expiresIn = "expires_in"
        case status, scope, issuer
        case clientID = "client_id"
        case applicationName = "application_name"
        case apiProducts = "api_products"
    }

    /// A token answer.
    public init(
        accessToken: String?,
        tokenType: String? = "Bearer",
        issuedAt: Double? = nil,
        expiresIn: Double?,
        status: String? = nil,
        scope: String? = nil,
        issuer: String? = nil,
        clientID: String? = nil,
        applicationName: String? = nil,
        apiProducts: String? = nil
    ) {
        self.accessToken = accessToken
        self.tokenType = tokenType
        self.issuedAt = issuedAt
        self.expiresIn = expiresIn
        self.status = status
        self.scope = scope
        self.issuer = issuer
        self.clientID = clientID
        self.applicationName = applicationName
        self.apiProducts = apiProducts
    }

    /// Reads the answer leniently (numbers as strings or numbers).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        accessToken = try container.lenientString(.accessToken)
        tokenType = try container.lenientString(.tokenType)
        issuedAt = try container.lenientDouble(.issuedAt)
        expiresIn = try container.lenientDouble(.expiresIn)
        status = try container.lenientString(.status)
        scope = try container.lenientString(.scope)
        issuer = try container.lenientString(.issuer)
        clientID = try container.lenientString(.clientID)
        applicationName = try container.lenientString(.applicationName)
        apiProducts = try container.lenientString(.apiProducts)
    }
}
