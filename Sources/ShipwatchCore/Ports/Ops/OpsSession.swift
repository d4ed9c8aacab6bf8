import Foundation

/// A signed-in browser: found by the SHA-256 of its cookie token, with the user it belongs to.
public struct OpsSession: Sendable, Hashable {
    /// Hex SHA-256 of the cookie's token (the token itself is never stored).
    public var tokenHash: String
    /// The token every form of this session must carry back.
    public var csrfToken: String
    public var user: OpsUser
    public var expiresAt: Date

    public init(tokenHash: String, csrfToken: String, user: OpsUser, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.csrfToken = csrfToken
        self.user = user
        self.expiresAt = expiresAt
    }
}

/// Server-side sessions (port), shared by every `serve` replica through PostgreSQL.
public protocol OpsSessionStore: Sendable {
    /// Stores a session of user `userID`.
    func create(tokenHash: String, csrfToken: String, userID: Int64, expiresAt: Date) async throws
    /// The session with this token hash when it has not expired at `now` and its user is enabled; else nil.
    func session(tokenHash: String, now: Date) async throws -> OpsSession?
    /// Ends the session (logout); no error when it does not exist.
    func delete(tokenHash: String) async throws
    /// Removes sessions that expired before `cutoff`; returns how many.
    func purge(before cutoff: Date) async throws -> Int
}
