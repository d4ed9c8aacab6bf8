import Foundation

/// The reading of `postgres://` URLs, kept apart from ``DatabaseURL`` so that type stays a plain value.
enum DatabaseURLParser {
    static func parse(_ text: String, defaultUsername: String) throws(DatabaseURLError) -> DatabaseURL {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .empty }
        guard let separator = trimmed.range(of: "://") else {
            throw .unsupportedScheme(String(trimmed.prefix { $0 != ":" }))
        }
        let scheme = trimmed[..<separator.lowerBound].lowercased()
        guard scheme == "postgres" || scheme == "postgresql" else { throw .unsupportedScheme(scheme) }

        var rest = trimmed[separator.upperBound...]
        guard !rest.contains("#") else { throw .unexpectedFragment }
        var queryText: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            queryText = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var pathText: Substring = ""
        var authority = rest
        if let slash = rest.firstIndex(of: "/") {
            pathText = rest[rest.index(after: slash)...]
            authority = rest[..<slash]
        }

        var username: String?
        var password: String?
        var hostPort = authority
        if let at = authority.lastIndex(of: "@") {
            let userInfo = authority[..<at]
            hostPort = authority[authority.index(after: at)...]
            if let colon = userInfo.firstIndex(of: ":") {
                username = try decode(userInfo[..<colon], component: "user name")
                password = try decode(userInfo[userInfo.index(after: colon)...], component: "password")
            } else {
                username = try decode(userInfo, component: "user name")
            }
        }

        var (host, port) = try splitHostPort(hostPort)
        guard !pathText.contains("/") else { throw .invalidDatabasePath(String(pathText)) }
        var database: String? = try decode(pathText, component: "database name")
        var tlsMode = DatabaseURL.TLSMode.prefer
        var applicationName: String?

        for pair in queryText.split(separator: "&") where !pair.isEmpty {
            let equals = pair.firstIndex(of: "=")
            let name = try decode(equals.map { pair[..<$0] } ?? pair, component: "query parameter name")
            let value = try decode(equals.map { pair[pair.index(after: $0)...] } ?? "", component: "query parameter \(name)")
            switch name {
            case "host":
                guard !value.contains(",") else { throw .multipleHosts(value) }
                host = value
            case "port": port = try parsePort(value)
            case "user": username = value
            case "password": password = value
            case "dbname": database = value
            case "sslmode": tlsMode = try parseTLSMode(value)
            case "application_name": applicationName = value
            default: throw .unsupportedParameter(name)
            }
        }

        let resolvedPort = port ?? DatabaseURL.defaultPort
        let endpoint: DatabaseURL.Endpoint
        if host.isEmpty {
            throw .missingHost
        } else if host.hasPrefix("/") {
            endpoint = .unixSocket(directory: host, port: resolvedPort)
        } else {
            endpoint = .tcp(host: host, port: resolvedPort)
        }
        return DatabaseURL(
            endpoint: endpoint,
            username: username.flatMap { $0.isEmpty ? nil : $0 } ?? defaultUsername,
            password: password,
            database: (database?.isEmpty ?? true) ? nil : database,
            tlsMode: tlsMode,
            applicationName: applicationName
        )
    }

    /// Splits `host`, `host:port`, `[v6]:port`; the host comes back percent-decoded, possibly empty.
    private static func splitHostPort(_ text: Substring) throws(DatabaseURLError) -> (host: String, port: Int?) {
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw .unterminatedIPv6Host }
            let host = String(text[text.index(after: text.startIndex)..<close])
            let after = text[text.index(after: close)...]
            if after.isEmpty { return (host, nil) }
            guard after.hasPrefix(":") else { throw .invalidPort(String(after)) }
            return (host, try parsePort(String(after.dropFirst())))
        }
        guard !text.contains(",") else { throw .multipleHosts(String(text)) }
        guard let colon = text.firstIndex(of: ":") else {
            return (try decode(text, component: "host"), nil)
        }
        let host = try decode(text[..<colon], component: "host")
        let portText = String(text[text.index(after: colon)...])
        return (host, portText.isEmpty ? nil : try parsePort(portText))
    }

    private static func parsePort(_ text: String) throws(DatabaseURLError) -> Int {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }), text.count <= 5,
              let port = Int(text), (1...65_535).contains(port)
        else { throw .invalidPort(text) }
        return port
    }

    private static func parseTLSMode(_ text: String) throws(DatabaseURLError) -> DatabaseURL.TLSMode {
        if text == "allow" { return .prefer }
        guard let mode = DatabaseURL.TLSMode(rawValue: text) else {
            throw .invalidParameterValue(
                name: "sslmode", value: text, expected: "disable, allow, prefer, require, verify-ca or verify-full")
        }
        return mode
    }

    /// Percent-decodes one URL component (`+` stays `+`, as in libpq).
    static func decode(_ text: Substring, component: String) throws(DatabaseURLError) -> String {
        guard text.contains("%") else { return String(text) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                throw .invalidPercentEncoding(component: component)
            }
            bytes.append(high << 4 | low)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            throw .invalidPercentEncoding(component: component)
        }
        return decoded
    }

    /// Percent-encodes everything but unreserved characters, for printing a URL back.
    static func percentEncode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let isUnreserved = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
                || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
            if isUnreserved {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
