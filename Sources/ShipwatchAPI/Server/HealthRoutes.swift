import Foundation
import Hummingbird
import ShipwatchCore

/// `/healthz` (the process answers), `/readyz` (database reachable, schema current), `/metrics` (Prometheus
/// text) and `/openapi.json` (the committed OpenAPI 3.1 document).
struct HealthRoutes {
    let dependencies: APIDependencies
    /// Longest `/readyz` waits for the database before answering 503.
    static let readinessTimeout: Duration = .seconds(2)

    func add(to router: Router<APIRequestContext>) {
        router.get("healthz") { _, _ in
            Self.plain(.ok, "ok\n")
        }
        router.get("readyz") { _, _ in
            if let reason = await readinessReason() {
                return Self.plain(.serviceUnavailable, "not ready: \(reason)\n")
            }
            return Self.plain(.ok, "ready\n")
        }
        router.get("metrics") { _, _ in
            guard let metricsText = dependencies.metricsText else { throw Problem.notFound("metrics are not enabled") }
            let text = await metricsText()
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(string: text)))
        }
        router.get("openapi.json") { request, _ in
            ConditionalGet.respond(OpenAPIDocument.bytes, contentType: "application/json", request: request)
        }
    }

    /// The readiness probe, bounded by ``readinessTimeout`` (a pool waiting for an unreachable server never answers).
    private func readinessReason() async -> String? {
        let readiness = dependencies.readiness
        return await withTaskGroup(of: String?.self) { group in
            group.addTask { await readiness.notReadyReason() }
            group.addTask {
                try? await Task.sleep(for: Self.readinessTimeout)
                return "the database did not answer within \(Self.readinessTimeout)"
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
