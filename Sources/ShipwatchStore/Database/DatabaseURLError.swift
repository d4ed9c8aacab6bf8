/// Why a database URL could not be read. Each message names the part that is wrong.
public enum DatabaseURLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text was empty.
    case empty
    /// The text did not start with `postgres://` or `postgresql://`.
    case unsupportedScheme(String)
    /// A `%XY` escape was not two hexadecimal digits, or the decoded bytes were not UTF-8.
    case invalidPercentEncoding(component: String)
    /// Neither a host nor a socket directory was given.
    case missingHost
    /// More than one host (`host1,host2`); Shipwatch connects to exactly one server.
    case multipleHosts(String)
    /// An IPv6 host with an opening `[` and no closing `]`.
    case unterminatedIPv6Host
    /// The port was not a whole number between 1 and 65535.
    case invalidPort(String)
    /// The path named more than one database (`/db/extra`).
    case invalidDatabasePath(String)
    /// A query parameter Shipwatch does not understand.
    case unsupportedParameter(String)
    /// A known query parameter with a value it cannot take.
    case invalidParameterValue(name: String, value: String, expected: String)
    /// A fragment (`#…`) was given; database URLs have none.
    case unexpectedFragment

    public var description: String {
        switch self {
        case .empty:
            "database URL is empty; expected postgres://user:password@host:port/database"
        case .unsupportedScheme(let scheme):
            "database URL scheme '\(scheme)' is not supported; use postgres:// or postgresql://"
        case .invalidPercentEncoding(let component):
            "database URL has an invalid percent-encoding in the \(component)"
        case .missingHost:
            "database URL names no host; give one (postgres://user@host/db) or a socket directory (postgres:///db?host=/run/postgresql)"
        case .multipleHosts(let hosts):
            "database URL names several hosts (\(hosts)); give exactly one"
        case .unterminatedIPv6Host:
            "database URL has an IPv6 host without its closing ']'"
        case .invalidPort(let port):
            "database URL port '\(port)' is not a number between 1 and 65535"
        case .invalidDatabasePath(let path):
            "database URL path '\(path)' must be a single database name"
        case .unsupportedParameter(let name):
            "database URL query parameter '\(name)' is not supported (known: host, port, user, password, dbname, sslmode, application_name)"
        case .invalidParameterValue(let name, let value, let expected):
            "database URL query parameter \(name)='\(value)' is invalid; expected \(expected)"
        case .unexpectedFragment:
            "database URL must not contain a '#' fragment (percent-encode '#' in passwords as %23)"
        }
    }
}
