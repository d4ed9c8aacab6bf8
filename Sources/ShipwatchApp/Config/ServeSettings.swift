import ShipwatchAPI

/// The `serve:` section: where `shipwatch serve` listens, its limits, and per-store web origins.
public struct ServeSettings: Sendable, Codable {
    /// Address to listen on (`--host` wins).
    public var host: String = "127.0.0.1"
    /// Port to listen on; 0 picks a free one (`--port` wins).
    public var port: Int = 8080
    /// Largest request body accepted, in bytes (413 above it).
    public var maxBodyBytes: Int = 65_536
    /// Requests per API key per minute, across every replica (429 above it).
    public var keyRequestsPerMinute: Int = 600
    /// Most database connections of one `serve` process.
    public var databaseMaxConnections: Int = 20
    /// Storefront read statements running at once (`read_statements`); nil for twice this machine's cores, at most
    /// the pool. Reads that arrive while that many run share the next statement.
    public var readStatements: Int?
    public var page = ServePageSettings()
    /// Store key → its web origins.
    public var stores: [String: ServeStoreSettings] = [:]
    /// The ops dashboard.
    public var ops = ServeOpsSettings()

    public init() {}

    enum CodingKeys: String, CodingKey {
        case host, port, page, stores, ops
        case maxBodyBytes = "max_body_bytes"
        case keyRequestsPerMinute = "key_requests_per_minute"
        case databaseMaxConnections = "database_max_connections"
        case readStatements = "read_statements"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = ServeSettings()
        host = try container.decodeIfPresent(String.self, forKey: .host) ?? defaults.host
        port = try container.decodeIfPresent(Int.self, forKey: .port) ?? defaults.port
        maxBodyBytes = try container.decodeIfPresent(Int.self, forKey: .maxBodyBytes) ?? defaults.maxBodyBytes
        keyRequestsPerMinute = try container.decodeIfPresent(Int.self, forKey: .keyRequestsPerMinute) ?? defaults.keyRequestsPerMinute
        databaseMaxConnections = try container.decodeIfPresent(Int.self, forKey: .databaseMaxConnections) ?? defaults.databaseMaxConnections
        readStatements = try container.decodeIfPresent(Int.self, forKey: .readStatements)
        page = try container.decodeIfPresent(ServePageSettings.self, forKey: .page) ?? defaults.page
        stores = try container.decodeIfPresent([String: ServeStoreSettings].self, forKey: .stores) ?? [:]
        ops = try container.decodeIfPresent(ServeOpsSettings.self, forKey: .ops) ?? defaults.ops
    }

    /// The storefront read statements that may run at once: `read_statements`, else twice `cores`, never more than
    /// the pool. On two cores the default (4) served twice the reads a second that 20 did (`bench api`).
    public func storefrontReadStatements(cores: Int) -> Int {
        min(max(1, databaseMaxConnections), readStatements ?? max(2, 2 * cores))
    }

    /// Largest body limit accepted (16 MiB): the API's bodies are a few hundred bytes.
    static let largestBodyBytes = 16 * 1024 * 1024

    /// Impossible values, each named by its key path under `path`; `knownStores` are the `stores:` keys.
    public func problems(at path: String, knownStores: Set<String>) -> [ConfigProblem] {
        var problems: [ConfigProblem] = []
        if host.isEmpty || host.contains(where: { $0.isWhitespace || $0 == "/" }) {
            problems.append(.init(path: "\(path).host", message: "must be a host name or an IP address"))
        }
        if !(0...65_535).contains(port) {
            problems.append(.init(path: "\(path).port", message: "must be 0 (any free port) to 65535"))
        }
        if !(1...Self.largestBodyBytes).contains(maxBodyBytes) {
            problems.append(.init(path: "\(path).max_body_bytes", message: "must be 1 to \(Self.largestBodyBytes)"))
        }
        if !(1...1_000_000).contains(keyRequestsPerMinute) {
            problems.append(.init(path: "\(path).key_requests_per_minute", message: "must be 1 to 1000000"))
        }
        if !(1...1_000).contains(databaseMaxConnections) {
            problems.append(.init(path: "\(path).database_max_connections", message: "must be 1 to 1000"))
        }
        if let readStatements, !(1...max(1, databaseMaxConnections)).contains(readStatements) {
            problems.append(.init(path: "\(path).read_statements", message: "must be 1 to database_max_connections"))
        }
        problems += page.problems(at: "\(path).page")
        problems += ops.problems(at: "\(path).ops")
        for key in stores.keys.sorted() {
            let storePath = "\(path).stores.\(key)"
            if !knownStores.contains(key) {
                problems.append(.init(path: storePath, message: "no such store in the stores: section"))
            }
            problems += stores[key]?.problems(at: storePath) ?? []
        }
        return problems
    }

    /// The API's view of these settings.
    public var apiSettings: APISettings {
        APISettings(
            maxBodyBytes: maxBodyBytes,
            keyRequestsPerMinute: keyRequestsPerMinute,
            pageRequestsPerMinutePerIP: page.requestsPerMinutePerIP,
            corsOrigins: stores.mapValues(\.corsOrigins),
            frameAncestors: stores.mapValues(\.frameAncestors))
    }
}

/// `serve.page`: the customer tracking page.
public struct ServePageSettings: Sendable, Codable {
    /// Page requests per client IP per minute, across every replica (429 above it).
    public var requestsPerMinutePerIP: Int = 30

    public init() {}

    enum CodingKeys: String, CodingKey {
        case requestsPerMinutePerIP = "requests_per_minute_per_ip"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        requestsPerMinutePerIP = try container.decodeIfPresent(Int.self, forKey: .requestsPerMinutePerIP) ?? 30
    }

    func problems(at path: String) -> [ConfigProblem] {
        (1...1_000_000).contains(requestsPerMinutePerIP)
            ? [] : [.init(path: "\(path).requests_per_minute_per_ip", message: "must be 1 to 1000000")]
    }
}

/// `serve.stores.<key>`: the web origins of one store.
public struct ServeStoreSettings: Sendable, Codable {
    /// Origins whose pages may call `/v1` from a browser with this store's keys (CORS).
    public var corsOrigins: [String] = []
    /// Origins that may embed the customer page in an `<iframe>` (CSP `frame-ancestors`).
    public var frameAncestors: [String] = []

    public init(corsOrigins: [String] = [], frameAncestors: [String] = []) {
        self.corsOrigins = corsOrigins
        self.frameAncestors = frameAncestors
    }

    enum CodingKeys: String, CodingKey {
        case corsOrigins = "cors_origins"
        case frameAncestors = "frame_ancestors"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        corsOrigins = try container.decodeIfPresent([String].self, forKey: .corsOrigins) ?? []
        frameAncestors = try container.decodeIfPresent([String].self, forKey: .frameAncestors) ?? []
    }

    func problems(at path: String) -> [ConfigProblem] {
        var problems: [ConfigProblem] = []
        for (key, origins) in [("cors_origins", corsOrigins), ("frame_ancestors", frameAncestors)] {
            for (index, origin) in origins.enumerated() where !Self.isOrigin(origin) {
                problems.append(.init(
                    path: "\(path).\(key)[\(index)]",
                    message: "'\(origin)' is not an origin (scheme://host[:port], http or https, no path)"))
            }
        }
        return problems
    }

    /// `https://shop.example` or `http://localhost:3000`: a scheme, a host of letters, digits, '.', '-',
    /// an optional port, nothing else (the value goes into response headers verbatim).
    static func isOrigin(_ text: String) -> Bool {
        let rest: Substring
        if text.hasPrefix("https://") {
            rest = text.dropFirst(8)
        } else if text.hasPrefix("http://") {
            rest = text.dropFirst(7)
        } else {
            return false
        }
        let parts = rest.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let host = parts.first, !host.isEmpty,
              host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") })
        else { return false }
        if parts.count == 2 {
            guard let port = Int(parts[1]), (1...65_535).contains(port), parts[1].allSatisfy(\.isNumber) else { return false }
        }
        return true
    }
}
