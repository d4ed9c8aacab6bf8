import Foundation

/// Where and how to connect to PostgreSQL, read from a libpq-style URL.
///
/// Accepted forms:
/// - `postgres://user:password@host:5432/database` (also `postgresql://`), every part percent-decoded;
/// - `postgres://user@[::1]:5432/database` for IPv6;
/// - `postgres:///database?host=/run/postgresql` (and optionally `user=…`, `port=…`) for a Unix socket
///   directory; the socket file is `<dir>/.s.PGSQL.<port>`. A percent-encoded absolute path in the host
///   position (`postgres://%2Frun%2Fpostgresql/database`) means the same.
///
/// Query parameters: `host`, `port`, `user`, `password`, `dbname`, `sslmode`
/// (`disable`, `allow`, `prefer`, `require`, `verify-ca`, `verify-full`) and `application_name`; they
/// override the same part given earlier in the URL. A missing user is the operating-system user, as in libpq.
public struct DatabaseURL: Sendable, Hashable, CustomStringConvertible {
    /// The server's address.
    public enum Endpoint: Sendable, Hashable {
        /// A TCP connection.
        case tcp(host: String, port: Int)
        /// A Unix-domain socket in `directory`, named after `port`.
        case unixSocket(directory: String, port: Int)
    }

    /// How TLS is used on TCP connections (ignored on Unix sockets), after libpq's `sslmode`.
    public enum TLSMode: String, Sendable, Hashable, CaseIterable {
        /// Never TLS.
        case disable
        /// TLS when the server offers it, without certificate verification (libpq's `allow` maps here too).
        case prefer
        /// TLS always, without certificate verification.
        case require
        /// TLS always; the certificate chain is verified but not the host name.
        case verifyCA = "verify-ca"
        /// TLS always; chain and host name are verified.
        case verifyFull = "verify-full"
    }

    /// PostgreSQL's default port, used when the URL names none.
    public static let defaultPort = 5432

    /// TCP host and port, or socket directory and port.
    public var endpoint: Endpoint
    public var username: String
    /// nil: no password given (trust or peer authentication); "" is an empty password.
    public var password: String?
    /// The database to open; nil means the server's default (a database named after the user).
    public var database: String?
    public var tlsMode: TLSMode
    /// Reported to the server as `application_name` (visible in `pg_stat_activity`).
    public var applicationName: String?

    /// A URL from its parts.
    public init(
        endpoint: Endpoint,
        username: String,
        password: String? = nil,
        database: String? = nil,
        tlsMode: TLSMode = .prefer,
        applicationName: String? = nil
    ) {
        self.endpoint = endpoint
        self.username = username
        self.password = password
        self.database = database
        self.tlsMode = tlsMode
        self.applicationName = applicationName
    }

    /// Parses a URL; see the type's documentation for the accepted forms.
    /// - Parameter defaultUsername: the user when the URL names none; nil means the operating-system user.
    public init(parsing text: String, defaultUsername: String? = nil) throws(DatabaseURLError) {
        self = try DatabaseURLParser.parse(text, defaultUsername: defaultUsername ?? ProcessInfo.processInfo.userName)
    }

    /// The socket file for a Unix-socket endpoint, nil for TCP.
    public var unixSocketPath: String? {
        guard case .unixSocket(let directory, let port) = endpoint else { return nil }
        let trimmed = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        return "\(trimmed)/.s.PGSQL.\(port)"
    }

    /// The same server and credentials, another database (used to reach a maintenance database or a test database).
    public func with(database: String?) -> DatabaseURL {
        var copy = self
        copy.database = database
        return copy
    }

    /// The URL with its password masked, safe for logs and error messages.
    public var description: String {
        var text = "postgres://" + DatabaseURLParser.percentEncode(username)
        if password != nil { text += ":***" }
        var query: [String] = []
        switch endpoint {
        case .tcp(let host, let port):
            let hostText = host.contains(":") ? "[\(host)]" : DatabaseURLParser.percentEncode(host)
            text += "@\(hostText):\(port)"
        case .unixSocket(let directory, let port):
            text += "@"
            query.append("host=\(DatabaseURLParser.percentEncode(directory))")
            if port != DatabaseURL.defaultPort { query.append("port=\(port)") }
        }
        text += "/" + DatabaseURLParser.percentEncode(database ?? "")
        if case .tcp = endpoint, tlsMode != .prefer { query.append("sslmode=\(tlsMode.rawValue)") }
        if let applicationName { query.append("application_name=\(DatabaseURLParser.percentEncode(applicationName))") }
        if !query.isEmpty { text += "?" + query.joined(separator: "&") }
        return text
    }
}
