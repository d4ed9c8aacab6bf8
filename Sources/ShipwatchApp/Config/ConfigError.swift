/// Why the configuration cannot be used; every case names the file and key path at fault.
public enum ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case syntax(path: String, reason: String)
    case wrongType(path: String, keyPath: String, reason: String)
    case unknownKeys(path: String, keys: [String])
    case invalidValues(path: String, problems: [ConfigProblem])
    case missingDatabaseURL

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): cannot read the config file: \(reason)"
        case .syntax(let path, let reason):
            "\(path): not valid YAML: \(reason)"
        case .wrongType(let path, let keyPath, let reason):
            "\(path): \(keyPath.isEmpty ? "(top level)" : keyPath): \(reason)"
        case .unknownKeys(let path, let keys):
            "\(path): unknown key(s): \(keys.joined(separator: ", "))"
        case .invalidValues(let path, let problems):
            "\(path): invalid value(s):\n" + problems.map { "  \($0)" }.joined(separator: "\n")
        case .missingDatabaseURL:
            "no database: set DATABASE_URL (postgres://user:pass@host:port/db or postgres:///db?host=/socket/dir) or pass --database-url"
        }
    }
}
