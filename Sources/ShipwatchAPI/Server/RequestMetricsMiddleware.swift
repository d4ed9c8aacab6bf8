import Dispatch
import HTTPTypes
import Hummingbird
import Metrics

/// Request counts, latencies and errors by route, method and status, under the labels and dimensions of
/// Hummingbird's own `MetricsMiddleware` (`hb.requests`, `http.server.request.duration`, `hb.request.errors`,
/// `http.server.active_requests`), so `/metrics` reads the same.
///
/// Hummingbird's middleware records once the body is written, and to do so wraps every body in a closure. A
/// wrapped body loses Hummingbird's fast path that sends head, body and end in one write: the head then goes out
/// on its own, which cost the storefront's hottest route a second write to the socket for every response. Every
/// body this service sends is one buffer already complete when the handler returns (the CSV export too), so
/// this middleware records when the handler returns and leaves the body as it is.
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    private let cache = RequestMetricsCache()

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = DispatchTime.now().uptimeNanoseconds
        let active = cache.activeRequests(method: request.method)
        active.increment()
        defer { active.decrement() }
        do {
            let response = try await next(request, context)
            let route = cache.route(endpoint: context.endpointPath ?? "Unknown", method: request.method, status: response.status)
            route.requests.increment()
            route.duration.recordNanoseconds(Int64(clamping: DispatchTime.now().uptimeNanoseconds &- started))
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status ?? .internalServerError
            let route = cache.route(endpoint: context.endpointPath ?? "NotFound", method: request.method, status: status)
            route.requests.increment()
            route.errors.increment()
            throw error
        }
    }
}
