import HTTPTypes
import Hummingbird

/// Added after every route, so it runs only for requests no route matched: when the path is routed for other
/// methods, answers 405 with `Allow` (RFC 9110 §15.5.6) instead of 404.
struct MethodNotAllowedMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Each routed path as segments (`{name}` matches any one segment) with its methods.
    let routes: [(segments: [Substring], methods: [HTTPRequest.Method])]

    init(routes: [(path: String, method: HTTPRequest.Method)]) {
        var byPath: [String: [HTTPRequest.Method]] = [:]
        for route in routes { byPath[route.path, default: []].append(route.method) }
        self.routes = byPath.keys.sorted().map { path in
            (path.split(separator: "/"), byPath[path] ?? [])
        }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let segments = request.uri.path.split(separator: "/")
        let allowed = routes.filter { Self.matches(segments, template: $0.segments) }.flatMap(\.methods)
        guard !allowed.isEmpty, !allowed.contains(request.method) else { return try await next(request, context) }
        var response = Problem(
            status: .methodNotAllowed, slug: "method-not-allowed", title: "Method Not Allowed",
            detail: "\(request.method.rawValue) is not allowed here"
        ).response()
        response.headers[.allow] = allowed.map(\.rawValue).sorted().joined(separator: ", ")
        return response
    }

    static func matches(_ segments: [Substring], template: [Substring]) -> Bool {
        guard segments.count == template.count else { return false }
        return zip(segments, template).allSatisfy { segment, pattern in
            (pattern.hasPrefix("{") && pattern.hasSuffix("}")) || segment == pattern
        }
    }
}
