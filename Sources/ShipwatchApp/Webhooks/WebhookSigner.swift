import Crypto
import Foundation

/// Standard Webhooks signatures: `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, one per secret,
/// space-separated (during a rotation both the new and the previous secret sign).
public enum WebhookSigner {
    /// The `webhook-signature` header value for the body signed with every secret.
    public static func signatureHeader(id: String, timestamp: Int64, body: Data, secrets: [WebhookSecret]) -> String {
        secrets.map { "v1," + signature(id: id, timestamp: timestamp, body: body, key: $0.key) }.joined(separator: " ")
    }

    /// One signature, base64.
    public static func signature(id: String, timestamp: Int64, body: Data, key: Data) -> String {
        var message = Data("\(id).\(timestamp).".utf8)
        message.append(body)
        let code = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key))
        return Data(code).base64EncodedString()
    }

    /// True when one of the header's `v1` signatures matches the secret (constant-time comparison), as a receiver
    /// checks it.
    public static func verify(header: String, id: String, timestamp: Int64, body: Data, secret: WebhookSecret) -> Bool {
        var message = Data("\(id).\(timestamp).".utf8)
        message.append(body)
        let key = SymmetricKey(data: secret.key)
        for part in header.split(separator: " ") where part.hasPrefix("v1,") {
            guard let given = Data(base64Encoded: String(part.dropFirst(3))) else { continue }
            if HMAC<SHA256>.isValidAuthenticationCode(given, authenticating: message, using: key) { return true }
        }
        return false
    }
}
