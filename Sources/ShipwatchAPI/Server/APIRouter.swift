import Hummingbird

/// The whole HTTP surface of `shipwatch serve`, as one router: health and metrics, the OpenAPI document, the
/// storefront `/v1` API and the customer page. Errors become RFC 9457 problems; request counts and latencies
/// by route and status go to swift-metrics.
public enum APIRouter {
    public static func build(dependencies: APIDependencies, templates: PageTemplates) -> Router<APIRequestContext> {
        let router = Router(context: APIRequestContext.self)
        router.add(middleware: RequestMetricsMiddleware())
        router.add(middleware: ProblemMiddleware())
        router.add(middleware: CORSPreflightMiddleware(originsByStore: dependencies.settings.corsOrigins))
        HealthRoutes(dependencies: dependencies).add(to: router)
        StorefrontRoutes(dependencies: dependencies).add(to: router)
        TrackingPageRoutes(dependencies: dependencies, templates: templates).add(to: router)
        if let ops = dependencies.ops {
            OpsRoutes(dependencies: dependencies, ops: ops, templates: templates).add(to: router)
        }
        // Added last, so it wraps only the not-found responder: a routed path with another method is 405.
        router.add(middleware: MethodNotAllowedMiddleware(routes: router.routes.map { ("\($0.path)", $0.method) }))
        return router
    }
}
