import Foundation

/// A row of `schema_migrations`: a migration as it was recorded when applied.
public struct AppliedMigration: Sendable, Hashable {
    public let version: Int
    public let name: String
    public let checksum: String
    public let appliedAt: Date

    public init(version: Int, name: String, checksum: String, appliedAt: Date) {
        self.version = version
        self.name = name
        self.checksum = checksum
        self.appliedAt = appliedAt
    }
}

/// What a migration run would do: the recorded history (validated against the code) and what is pending.
public struct MigrationPlan: Sendable, Hashable {
    /// The recorded history, oldest first.
    public let applied: [AppliedMigration]
    /// Oldest first; empty when the database is up to date.
    public let pending: [Migration]

    /// True when nothing is pending.
    public var isUpToDate: Bool { pending.isEmpty }
}
