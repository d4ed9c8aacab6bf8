import Foundation
import HummingbirdBcrypt
import NIOPosix

/// Ops users' passwords: bcrypt (hummingbird-auth's HummingbirdBcrypt), never stored or logged in clear.
public enum OpsPassword {
    /// The bcrypt cost of new hashes (2^12 rounds).
    public static let defaultCost: UInt8 = 12
    /// The shortest password accepted.
    public static let minimumLength = 10

    /// A bcrypt hash of `password`.
    public static func hash(_ password: String, cost: UInt8 = defaultCost) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    /// A hash of a random secret, checked when no enabled user has the e-mail given, so that a wrong e-mail
    /// costs the same bcrypt work as a wrong password (the answer time does not tell which users exist).
    static let decoyHash: String = hash(OpsTokens.random())

    /// Whether `password` matches `hash` (false for a malformed hash).
    public static func verify(_ password: String, hash: String) -> Bool {
        guard hash.hasPrefix("$2") else { return false }
        return Bcrypt.verify(password, hash: hash)
    }

    /// ``verify(_:hash:)`` on NIO's blocking-work thread pool: a check costs about a quarter of a second of CPU,
    /// which must not hold one of the concurrency pool's few threads (two on two cores) while other requests wait.
    /// Without a hash (no such user), the password is checked against ``decoyHash``, also made there on first use.
    public static func verifyOffLoop(_ password: String, hash: String?) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { verify(password, hash: hash ?? decoyHash) }
    }

    /// Why `password` is not acceptable, or nil.
    public static func problem(_ password: String) -> String? {
        if password.count < minimumLength { return "the password must have at least \(minimumLength) characters" }
        if password.utf8.count > 72 { return "the password must be at most 72 bytes (bcrypt ignores the rest)" }
        return nil
    }

    /// `e.mail@Example.COM ` → `e.mail@example.com`; nil when it is not an address.
    public static func normalizedEmail(_ text: String) -> String? {
        let email = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
              email.count <= 254, !email.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
        else { return nil }
        return email
    }
}
