import CarrierSupport
import Foundation

/// The OAuth error format the token endpoint uses:
/// `{"error": "invalid_client", "error_description": "Client authentication failed.", "error_uri": …}`.
public struct USPSOAuthErrorResponse: Codable, Sendable, Hashable {
    /// The OAuth error code ("invalid_client", "invalid_request", "invalid_scope"…).
    public var error: String?
    /// A human sentence, e.g. "Client authentication failed.".
    public var errorDescription: String?
    /// A link to documentation about the error.
    public var errorURI: String?

    enum CodingKeys: String, CodingKey {
        case error
        case errorDescription = "error_description"
        case errorURI = "error_uri"
    }

    /// An OAuth error body.
    public init(error: String? = nil, errorDescription: String? = nil, errorURI: String? = nil) {
        self.error = error
        self.errorDescription = errorDescription
        self.errorURI = errorURI
    }

    /// Reads the body; an `error` that is an object (the API format) reads as `nil`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        error = try? container.lenientString(.error)
        errorDescription = try container.lenientString(.errorDescription)
        errorURI = try container.lenientString(.errorURI)
    }
}
