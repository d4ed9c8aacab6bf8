import Crypto
import Foundation

/// Random tokens (sessions, CSRF) and their stored hashes.
enum OpsTokens {
    /// 256 random bits as 64 lower-case hex digits.
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for _ in 0..<32 { bytes.append(UInt8.random(in: 0...255, using: &generator)) }
        return Hex.encode(bytes)
    }

    /// Hex SHA-256 of `text` (what the sessions table stores instead of the token).
    static func sha256(_ text: String) -> String {
        Hex.encode(SHA256.hash(data: Data(text.utf8)))
    }

    /// Compares two tokens in time independent of where they differ.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
