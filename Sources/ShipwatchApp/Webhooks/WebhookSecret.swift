import Foundation

/// An endpoint's signing secret: `whsec_` + base64 of 32 random bytes (Standard Webhooks). The key is the bytes.
public struct WebhookSecret: Sendable, Hashable {
    public static let prefix = "whsec_"

    /// The full text, `whsec_…`.
    public let text: String
    /// The HMAC key.
    public let key: Data

    /// Parses `whsec_<base64>`; nil when it is not one.
    public init?(text: String) {
        guard text.hasPrefix(WebhookSecret.prefix),
              let key = Data(base64Encoded: String(text.dropFirst(WebhookSecret.prefix.count))), !key.isEmpty
        else { return nil }
        self.text = text
        self.key = key
    }

    /// A new secret from 32 bytes of the system's secure random source.
    public static func generate() -> WebhookSecret {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let text = prefix + Data(bytes).base64EncodedString()
        guard let secret = WebhookSecret(text: text) else { preconditionFailure("a generated secret always parses") }
        return secret
    }
}
