import PostgresNIO

extension DatabaseURL {
    /// A `PostgresClient` (pool) configuration for this URL: TCP or Unix socket, TLS after ``tlsMode``.
    /// - Parameters:
    ///   - maximumConnections: the pool's upper bound (PostgresNIO's default is 20).
    ///   - statementTimeout: sent as the `statement_timeout` startup parameter, so every statement on every
    ///     connection of the pool is bounded (and, at twice that, `idle_in_transaction_session_timeout`).
    public func clientConfiguration(maximumConnections: Int? = nil, statementTimeout: Duration? = nil) -> PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        switch endpoint {
        case .tcp(let host, let port):
            let tls: PostgresClient.Configuration.TLS =
                switch (tlsMode, tlsConfiguration) {
                case (.disable, _), (_, nil): .disable
                case (.prefer, let tlsConfiguration?): .prefer(tlsConfiguration)
                case (_, let tlsConfiguration?): .require(tlsConfiguration)
                }
            configuration = PostgresClient.Configuration(
                host: host, port: port, username: username, password: password, database: database, tls: tls)
        case .unixSocket:
            configuration = PostgresClient.Configuration(
                unixSocketPath: unixSocketPath ?? "", username: username, password: password, database: database)
        }
        if let applicationName {
            configuration.options.additionalStartupParameters.append(("application_name", applicationName))
        }
        if let maximumConnections {
            configuration.options.maximumConnections = max(1, maximumConnections)
        }
        if let statementTimeout, statementTimeout > .zero {
            let milliseconds = max(1, statementTimeout.milliseconds)
            configuration.options.additionalStartupParameters.append(("statement_timeout", "\(milliseconds)"))
            configuration.options.additionalStartupParameters.append(("idle_in_transaction_session_timeout", "\(milliseconds * 2)"))
        }
        return configuration
    }

    /// A single-connection configuration for this URL (used to check that the server answers).
    public func connectionConfiguration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        switch endpoint {
        case .tcp(let host, let port):
            let tls: PostgresConnection.Configuration.TLS
            switch (tlsMode, tlsConfiguration) {
            case (.disable, _), (_, nil): tls = .disable
            case (.prefer, let tlsConfiguration?): tls = .prefer(try NIOSSLContext(configuration: tlsConfiguration))
            case (_, let tlsConfiguration?): tls = .require(try NIOSSLContext(configuration: tlsConfiguration))
            }
            configuration = PostgresConnection.Configuration(
                host: host, port: port, username: username, password: password, database: database, tls: tls)
        case .unixSocket:
            configuration = PostgresConnection.Configuration(
                unixSocketPath: unixSocketPath ?? "", username: username, password: password, database: database)
        }
        if let applicationName {
            configuration.options.additionalStartupParameters.append(("application_name", applicationName))
        }
        return configuration
    }

    /// The TLS settings for ``tlsMode``; nil when TLS is disabled. `prefer` and `require` encrypt without
    /// verifying the certificate, as libpq does; `verify-ca` checks the chain; `verify-full` also the host name.
    private var tlsConfiguration: TLSConfiguration? {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch tlsMode {
        case .disable: return nil
        case .prefer, .require: configuration.certificateVerification = .none
        case .verifyCA: configuration.certificateVerification = .noHostnameVerification
        case .verifyFull: configuration.certificateVerification = .fullVerification
        }
        return configuration
    }
}
