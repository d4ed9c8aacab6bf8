import Foundation

/// What an ops user may do: `ops` review and decide; `admin` also see every store's settings (same pages today).
public enum OpsRole: String, Sendable, Hashable, Codable, CaseIterable {
    case ops
    case admin
}

/// A person who signs in to the ops dashboard.
public struct OpsUser: Sendable, Hashable {
    public var id: Int64
    /// Lower-cased e-mail address: the login name and the audit actor.
    public var email: String
    /// A bcrypt hash (never the password).
    public var passwordHash: String
    public var role: OpsRole
    /// The stores this user sees; empty: every store.
    public var stores: [String]
    public var disabledAt: Date?
    public var createdAt: Date

    public init(
        id: Int64, email: String, passwordHash: String, role: OpsRole, stores: [String], disabledAt: Date?, createdAt: Date
    ) {
        self.id = id
        self.email = email
        self.passwordHash = passwordHash
        self.role = role
        self.stores = stores
        self.disabledAt = disabledAt
        self.createdAt = createdAt
    }

    /// The stores this user may see: nil for every store.
    public var scope: OpsStoreScope { OpsStoreScope(stores: stores) }
}

/// A user to create.
public struct NewOpsUser: Sendable, Hashable {
    public var email: String
    public var passwordHash: String
    public var role: OpsRole
    public var stores: [String]

    public init(email: String, passwordHash: String, role: OpsRole, stores: [String]) {
        self.email = email
        self.passwordHash = passwordHash
        self.role = role
        self.stores = stores
    }
}

/// The stores a dashboard request may see: every store, or a fixed list.
public struct OpsStoreScope: Sendable, Hashable {
    /// Nil: every store.
    public var stores: Set<String>?

    /// Every store when `stores` is empty.
    public init(stores: [String]) {
        self.stores = stores.isEmpty ? nil : Set(stores)
    }

    public static let everyStore = OpsStoreScope(stores: [])

    /// Whether rows of `store` are visible.
    public func allows(_ store: String) -> Bool {
        stores?.contains(store) ?? true
    }

    /// The visible stores sorted, or nil for all (for SQL `= ANY($1)` filters).
    public var sortedStores: [String]? { stores.map { $0.sorted() } }
}
