/// One schema change, defined in code: numbered from 1 without gaps, append-only.
///
/// Once released, a migration's SQL never changes (its checksum is recorded when applied and compared on
/// every run); a fix is a new migration. Each element of `sql` is one statement.
public struct Migration: Sendable, Hashable {
    /// 1, 2, 3… in order, never reused.
    public let version: Int
    /// A short description, recorded with the version.
    public let name: String
    /// The statements, run in order inside the migration's transaction.
    public let sql: [String]
    /// FNV-1a 64 of the statements' UTF-8 text, each followed by a NUL byte; 16 hexadecimal digits. Computed once
    /// here: `/readyz` compares every recorded checksum on each probe.
    public let checksum: String

    public init(version: Int, name: String, sql: [String]) {
        self.version = version
        self.name = name
        self.sql = sql
        var hash = FNV1a64()
        for statement in sql {
            hash.combine(statement.utf8)
            hash.combine(CollectionOfOne(0))
        }
        self.checksum = hash.hexDigest
    }
}
