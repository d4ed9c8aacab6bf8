/// An HTTP method a carrier API uses.
public enum WireMethod: String, Sendable, Hashable {
    case get = "GET"
    case post = "POST"
}

/// A carrier HTTP request described as data: path relative to the carrier's base URL, no I/O.
public struct WireRequest: Sendable, Hashable {
    public var method: WireMethod
    /// Path below the base URL, starting with "/" (e.g. "/track/v1/trackingnumbers").
    public var path: String
    public var query: [WireField]
    public var headers: [WireField]
    public var body: [UInt8]?

    public init(method: WireMethod, path: String, query: [WireField] = [], headers: [WireField] = [], body: [UInt8]? = nil) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The first header with that name, case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The first query parameter with that name.
    public func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }
}

/// A carrier HTTP response as data.
public struct WireResponse: Sendable, Hashable {
    public var status: Int
    public var headers: [WireField]
    public var body: [UInt8]

    public init(status: Int, headers: [WireField] = [], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first header with that name, case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// One name/value pair of a header or query string.
public struct WireField: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
