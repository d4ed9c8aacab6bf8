import HTTPTypes
import Hummingbird

/// CORS for `/v1`, per store: a response carries `Access-Control-Allow-Origin` only when the request's `Origin`
/// is one of the origins configured for the calling key's store. Runs after key authentication.
struct StoreCORSMiddleware: RouterMiddleware {
    typealias Context = APIRequestContext

    let originsByStore: [String: [String]]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        allowOrigin(of: request, forStore: context.caller?.store, on: &response)
        return response
    }

    /// Adds the CORS headers to `response` when the request's `Origin` is configured for `store`.
    func allowOrigin(of request: Request, forStore store: String?, on response: inout Response) {
        guard let origin = request.headers[.origin], let store, originsByStore[store]?.contains(origin) == true else { return }
        response.headers[.accessControlAllowOrigin] = origin
        response.headers[.accessControlExposeHeaders] = "ETag, Location, Retry-After"
        response.headers.append(HTTPField(name: .vary, value: "Origin"))
    }
}

/// Answers CORS preflights (`OPTIONS` with `Access-Control-Request-Method`) for `/v1` from an origin that some
/// store configured; the real request is then checked against the key's own store.
struct CORSPreflightMiddleware<Context: RequestContext>: RouterMiddleware {
    let allowedOrigins: Set<String>

    init(originsByStore: [String: [String]]) {
        allowedOrigins = Set(originsByStore.values.joined())
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .options, request.uri.path.hasPrefix("/v1/"),
              request.headers[.accessControlRequestMethod] != nil, let origin = request.headers[.origin]
        else { return try await next(request, context) }
        guard allowedOrigins.contains(origin) else {
            return Response(status: .noContent, headers: [.vary: "Origin"])
        }
        return Response(status: .noContent, headers: [
            .accessControlAllowOrigin: origin,
            .accessControlAllowMethods: "GET, POST",
            .accessControlAllowHeaders: "Authorization, Content-Type, If-None-Match",
            .accessControlMaxAge: "600",
            .vary: "Origin",
        ])
    }
}
