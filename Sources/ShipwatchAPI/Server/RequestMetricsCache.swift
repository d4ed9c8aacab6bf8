import HTTPTypes
import Metrics
import Synchronization

/// The swift-metrics handles of ``RequestMetricsMiddleware``, made once per route, method and status: asking the
/// metrics backend for a handle by label and dimensions on every request would cost a lookup through its lock.
final class RequestMetricsCache: Sendable {
    /// The handles of one route, method and status.
    struct Route: Sendable {
        let requests: Counter
        let duration: Timer
        let errors: Counter
    }

    private struct RouteKey: Hashable {
        let endpoint: String
        let method: HTTPRequest.Method
        let status: HTTPResponse.Status
    }

    private let routes = Mutex<[RouteKey: Route]>([:])
    private let meters = Mutex<[HTTPRequest.Method: Meter]>([:])

    /// The requests in progress with `method`.
    func activeRequests(method: HTTPRequest.Method) -> Meter {
        meters.withLock { meters in
            if let meter = meters[method] { return meter }
            let meter = Meter(label: "http.server.active_requests", dimensions: [("http.request.method", method.rawValue)])
            meters[method] = meter
            return meter
        }
    }

    /// The handles of `endpoint` answered with `status`.
    func route(endpoint: String, method: HTTPRequest.Method, status: HTTPResponse.Status) -> Route {
        let key = RouteKey(endpoint: endpoint, method: method, status: status)
        return routes.withLock { routes in
            if let route = routes[key] { return route }
            let code = String(status.code)
            let route = Route(
                requests: Counter(label: "hb.requests", dimensions: [
                    ("http.route", endpoint), ("http.request.method", method.rawValue), ("http.response.status_code", code),
                ]),
                duration: Timer(
                    label: "http.server.request.duration",
                    dimensions: [("http.route", endpoint), ("http.request.method", method.rawValue), ("http.response.status_code", code)],
                    preferredDisplayUnit: .seconds),
                errors: Counter(label: "hb.request.errors", dimensions: [
                    ("http.route", endpoint), ("http.request.method", method.rawValue), ("error.type", code),
                ])
            )
            routes[key] = route
            return route
        }
    }
}
