/// Why migrations refuse to run. Every case names the version concerned.
public enum MigrationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The code's own list is malformed (versions not 1, 2, 3…, an empty name or statement list).
    case invalidDefinition(version: Int, reason: String)
    /// The database records a version this build does not define: it was migrated by a newer Shipwatch,
    /// or the history was edited.
    case unknownAppliedVersion(version: Int, name: String)
    /// A recorded migration's SQL differs from the code's: someone edited a released migration.
    case checksumMismatch(version: Int, name: String, recorded: String, expected: String)
    /// A recorded migration carries another name than the code's.
    case nameMismatch(version: Int, recorded: String, expected: String)
    /// A version is missing from the history although later ones were applied.
    case missingVersion(version: Int, name: String)
    /// A statement failed while applying; the migration's transaction was rolled back.
    case statementFailed(version: Int, name: String, statement: Int, message: String)

    public var description: String {
        switch self {
        case .invalidDefinition(let version, let reason):
            "migration \(version) is defined incorrectly: \(reason)"
        case .unknownAppliedVersion(let version, let name):
            "the database has migration \(version) ('\(name)') applied, which this build does not define; "
                + "it was migrated by a newer Shipwatch or its history was edited — refusing to run"
        case .checksumMismatch(let version, let name, let recorded, let expected):
            "migration \(version) ('\(name)') was applied with checksum \(recorded) but the code's is \(expected); "
                + "released migrations must not change — add a new migration instead"
        case .nameMismatch(let version, let recorded, let expected):
            "migration \(version) was recorded as '\(recorded)' but the code calls it '\(expected)'"
        case .missingVersion(let version, let name):
            "migration \(version) ('\(name)') is not recorded although later migrations are; the history has a gap"
        case .statementFailed(let version, let name, let statement, let message):
            "migration \(version) ('\(name)') failed at statement \(statement + 1) and was rolled back: \(message)"
        }
    }
}
