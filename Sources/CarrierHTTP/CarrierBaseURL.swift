import Foundation
import ShipwatchCore

/// A carrier API's base URL: scheme, host and port, and an optional path prefix.
///
/// `http://127.0.0.1:8080/usps` keeps `/usps` as a prefix, so a request path `/oauth2/v3/token` is sent to
/// `http://127.0.0.1:8080/usps/oauth2/v3/token`. A trailing slash on the base is ignored.
public struct CarrierBaseURL: Sendable, Hashable, CustomStringConvertible {
    /// `http` or `https`, lower-cased.
    public let scheme: String
    /// Host and optional port, as written (`apis.usps.com`, `127.0.0.1:8080`, `[::1]:9000`).
    public let authority: String
    /// The path prefix without a trailing slash: empty, or starting with `/`.
    public let pathPrefix: String

    /// Parses an absolute `http`/`https` URL without query or fragment; nil when it is not one.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let schemeEnd = trimmed.range(of: "://") else { return nil }
        let scheme = trimmed[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let rest = trimmed[schemeEnd.upperBound...]
        guard !rest.contains("?"), !rest.contains("#"), !rest.contains(" ") else { return nil }
        let authority = rest.prefix { $0 != "/" }
        guard !authority.isEmpty, !authority.contains("@") else { return nil }
        var prefix = String(rest.dropFirst(authority.count))
        while prefix.hasSuffix("/") { prefix.removeLast() }
        self.scheme = scheme
        self.authority = String(authority)
        self.pathPrefix = PercentEncoding.encodePath(prefix)
    }

    /// The base URL as text, without a trailing slash.
    public var description: String { "\(scheme)://\(authority)\(pathPrefix)" }

    /// The absolute URL for a request: prefix, then the request path, then the percent-encoded query.
    public func url(for request: WireRequest) -> String {
        var path = request.path
        if !path.hasPrefix("/") { path = "/" + path }
        var url = description + PercentEncoding.encodePath(path)
        if !request.query.isEmpty {
            url += "?" + PercentEncoding.encodeQuery(request.query)
        }
        return url
    }
}
