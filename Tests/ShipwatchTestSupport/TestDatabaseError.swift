/// Why the integration-test database is not available.
public enum TestDatabaseError: Error, Sendable, CustomStringConvertible {
    case notConfigured(variable: String)
    case invalidURL(variable: String, reason: String)

    public var description: String {
        switch self {
        case .notConfigured(let variable):
            "\(variable) is not set: these tests need a PostgreSQL server. Run them through scripts/test, "
                + "or start one with `scripts/pg start` and export \(variable)=<the DATABASE_URL it prints>"
        case .invalidURL(let variable, let reason):
            "\(variable) is not a usable database URL: \(reason)"
        }
    }
}
