import PostgresNIO
import ShipwatchStore
import Testing

@Suite("DatabaseURL parsing")
struct DatabaseURLTests {
    struct Valid: Sendable, CustomTestStringConvertible {
        let text: String
        let endpoint: DatabaseURL.Endpoint
        let username: String
        let password: String?
        let database: String?
        var tlsMode: DatabaseURL.TLSMode = .prefer
        var testDescription: String { text }
    }

    static let valid: [Valid] = [
        Valid(
            text: "postgres://shipwatch:secret@db.internal:5433/shipwatch",
            endpoint: .tcp(host: "db.internal", port: 5433), username: "shipwatch", password: "secret", database: "shipwatch"),
        Valid(
            text: "postgresql://app@localhost/orders",
            endpoint: .tcp(host: "localhost", port: 5432), username: "app", password: nil, database: "orders"),
        Valid(
            text: "POSTGRES://app@LOCALHOST/orders",
            endpoint: .tcp(host: "LOCALHOST", port: 5432), username: "app", password: nil, database: "orders"),
        Valid(
            text: "postgres://us%40er:p%3As%2Fs%23w%25rd%20x@127.0.0.1/my%20db",
            endpoint: .tcp(host: "127.0.0.1", port: 5432), username: "us@er", password: "p:s/s#w%rd x", database: "my db"),
        Valid(
            text: "postgres://app:@h/db",
            endpoint: .tcp(host: "h", port: 5432), username: "app", password: "", database: "db"),
        Valid(
            text: "postgres://app:a+b@h/db",
            endpoint: .tcp(host: "h", port: 5432), username: "app", password: "a+b", database: "db"),
        Valid(
            text: "postgres://app@[::1]:6543/db",
            endpoint: .tcp(host: "::1", port: 6543), username: "app", password: nil, database: "db"),
        Valid(
            text: "postgres://app@h/",
            endpoint: .tcp(host: "h", port: 5432), username: "app", password: nil, database: nil),
        Valid(
            text: "postgres://app@h/db?sslmode=disable",
            endpoint: .tcp(host: "h", port: 5432), username: "app", password: nil, database: "db", tlsMode: .disable),
        Valid(
            text: "postgres://app@h/db?sslmode=allow",
            endpoint: .tcp(host: "h", port: 5432), username: "app", password: nil, database: "db", tlsMode: .prefer),
        Valid(
            text: "postgres://app@h/db?sslmode=verify-full",
            endpoint: .tcp(host: "h", port: 5432), username: "app", password: nil, database: "db", tlsMode: .verifyFull),
        Valid(
            text: "postgres:///shipwatch?host=/var/run/postgresql",
            endpoint: .unixSocket(directory: "/var/run/postgresql", port: 5432), username: "osuser", password: nil,
            database: "shipwatch"),
        Valid(
            text: "postgres://alice@/db?host=/tmp/sock&port=6000",
            endpoint: .unixSocket(directory: "/tmp/sock", port: 6000), username: "alice", password: nil, database: "db"),
        Valid(
            text: "postgres:///db?host=%2Ftmp%2Fmy%20sock&user=bob&password=pw",
            endpoint: .unixSocket(directory: "/tmp/my sock", port: 5432), username: "bob", password: "pw", database: "db"),
        Valid(
            text: "postgres://%2Frun%2Fpostgresql:7000/db",
            endpoint: .unixSocket(directory: "/run/postgresql", port: 7000), username: "osuser", password: nil, database: "db"),
        Valid(
            text: "  postgres://app@h/db?dbname=other&application_name=shipwatch-poll  ",
            endpoint: .tcp(host: "h", port: 5432), username: "app", password: nil, database: "other"),
    ]

    @Test("parses", arguments: valid)
    func parses(_ example: Valid) throws {
        let url = try DatabaseURL(parsing: example.text, defaultUsername: "osuser")
        #expect(url.endpoint == example.endpoint)
        #expect(url.username == example.username)
        #expect(url.password == example.password)
        #expect(url.database == example.database)
        #expect(url.tlsMode == example.tlsMode)
    }

    struct Invalid: Sendable, CustomTestStringConvertible {
        let text: String
        let error: DatabaseURLError
        let mentions: String
        var testDescription: String { text.isEmpty ? "(empty)" : text }
    }

    static let invalid: [Invalid] = [
        Invalid(text: "", error: .empty, mentions: "empty"),
        Invalid(text: "mysql://u@h/db", error: .unsupportedScheme("mysql"), mentions: "'mysql'"),
        Invalid(text: "localhost:5432", error: .unsupportedScheme("localhost"), mentions: "postgres://"),
        Invalid(text: "postgres://u@h:99999/db", error: .invalidPort("99999"), mentions: "'99999'"),
        Invalid(text: "postgres://u@h:0/db", error: .invalidPort("0"), mentions: "1 and 65535"),
        Invalid(text: "postgres://u@h:5x/db", error: .invalidPort("5x"), mentions: "port"),
        Invalid(text: "postgres://u@/db", error: .missingHost, mentions: "socket directory"),
        Invalid(text: "postgres:///db", error: .missingHost, mentions: "host"),
        Invalid(
            text: "postgres://u%ZZ@h/db", error: .invalidPercentEncoding(component: "user name"), mentions: "user name"),
        Invalid(
            text: "postgres://u:p%4@h/db", error: .invalidPercentEncoding(component: "password"), mentions: "password"),
        Invalid(
            text: "postgres://u@h/db%FF", error: .invalidPercentEncoding(component: "database name"),
            mentions: "database name"),
        Invalid(text: "postgres://u@h/db/extra", error: .invalidDatabasePath("db/extra"), mentions: "'db/extra'"),
        Invalid(text: "postgres://u@h/db?foo=bar", error: .unsupportedParameter("foo"), mentions: "'foo'"),
        Invalid(
            text: "postgres://u@h/db?sslmode=maybe",
            error: .invalidParameterValue(
                name: "sslmode", value: "maybe", expected: "disable, allow, prefer, require, verify-ca or verify-full"),
            mentions: "sslmode='maybe'"),
        Invalid(text: "postgres://a,b/db", error: .multipleHosts("a,b"), mentions: "several hosts"),
        Invalid(text: "postgres://u@[::1/db", error: .unterminatedIPv6Host, mentions: "IPv6"),
        Invalid(text: "postgres://u:p#w@h/db", error: .unexpectedFragment, mentions: "%23"),
    ]

    @Test("rejects with a clear error", arguments: invalid)
    func rejects(_ example: Invalid) {
        #expect(throws: example.error) { try DatabaseURL(parsing: example.text, defaultUsername: "osuser") }
        #expect(example.error.description.contains(example.mentions))
    }

    @Test func missingUserDefaultsToTheOperatingSystemUser() throws {
        let url = try DatabaseURL(parsing: "postgres://h/db")
        #expect(!url.username.isEmpty)
    }

    @Test func descriptionMasksThePassword() throws {
        let url = try DatabaseURL(parsing: "postgres://app:s3cr%2Ft@h:5433/db?sslmode=require")
        #expect(url.description == "postgres://app:***@h:5433/db?sslmode=require")
        #expect(!url.description.contains("s3cr"))
        let socket = try DatabaseURL(parsing: "postgres://app@/db?host=/run/pg&port=6000")
        #expect(socket.description == "postgres://app@/db?host=%2Frun%2Fpg&port=6000")
    }

    @Test func describedURLParsesBackToTheSameURL() throws {
        for text in ["postgres://a%40b@[::1]:6000/x%20y", "postgres://app@/db?host=/run/pg&port=6000&application_name=p"] {
            let url = try DatabaseURL(parsing: text)
            #expect(try DatabaseURL(parsing: url.description) == url)
        }
    }

    @Test func clientConfigurationForTCP() throws {
        let configuration = try DatabaseURL(parsing: "postgres://app:pw@db.internal:5433/shipwatch").clientConfiguration(
            maximumConnections: 3)
        #expect(configuration.host == "db.internal")
        #expect(configuration.port == 5433)
        #expect(configuration.unixSocketPath == nil)
        #expect(configuration.username == "app")
        #expect(configuration.password == "pw")
        #expect(configuration.database == "shipwatch")
        #expect(configuration.options.maximumConnections == 3)
    }

    @Test func clientConfigurationForUnixSocket() throws {
        let url = try DatabaseURL(parsing: "postgres://app@/shipwatch?host=/tmp/pg/&port=6000")
        #expect(url.unixSocketPath == "/tmp/pg/.s.PGSQL.6000")
        let configuration = url.clientConfiguration()
        #expect(configuration.unixSocketPath == "/tmp/pg/.s.PGSQL.6000")
        #expect(configuration.host == nil)
        #expect(configuration.database == "shipwatch")
    }

    @Test func withDatabaseKeepsTheServer() throws {
        let url = try DatabaseURL(parsing: "postgres://app@h:5433/postgres")
        let other = url.with(database: "shipwatch_test")
        #expect(other.database == "shipwatch_test")
        #expect(other.endpoint == url.endpoint)
        #expect(other.username == url.username)
    }
}
