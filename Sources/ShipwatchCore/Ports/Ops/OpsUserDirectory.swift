import Foundation

/// Stored ops users (port); PostgreSQL in production, so every `serve` replica agrees.
public protocol OpsUserDirectory: Sendable {
    /// Stores a new user; throws ``OpsUserError/duplicateEmail(_:)`` or ``OpsUserError/unknownStore(_:)``.
    func create(_ user: NewOpsUser) async throws -> OpsUser
    /// The user with this (lower-cased) e-mail, disabled ones included; nil when none.
    func user(email: String) async throws -> OpsUser?
    /// Every user, oldest first.
    func list() async throws -> [OpsUser]
    /// Disables the user and ends their sessions; false when no enabled user has this e-mail.
    func disable(email: String, at: Date) async throws -> Bool
}

/// Why a user could not be stored.
public enum OpsUserError: Error, Sendable, Hashable, CustomStringConvertible {
    case duplicateEmail(String)
    case unknownStore(String)

    public var description: String {
        switch self {
        case .duplicateEmail(let email): "a user with e-mail \(email) already exists"
        case .unknownStore(let store): "no store '\(store)'"
        }
    }
}
