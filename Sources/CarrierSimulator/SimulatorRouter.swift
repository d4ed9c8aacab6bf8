import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ShipwatchCore

/// Builds the Hummingbird router of the carrier simulator: the carriers' real paths plus `/_admin/…`.
public enum SimulatorRouter {
    /// Largest request body the simulator reads.
    static let maxRequestBytes = 1 << 20

    public static func build(engine: SimulatorEngine) -> Router<BasicRequestContext> {
        let router = Router()
        for endpoint in SimulatorEndpoint.all {
            let method: HTTPRequest.Method = endpoint.method == .get ? .get : .post
            router.on(RouterPath(endpoint.route), method: method) { request, _ -> Response in
                var request = request
                let wire = try await wireRequest(from: &request, method: endpoint.method)
                let reply = await engine.handle(endpoint, request: wire)
                if reply.delayMilliseconds > 0 {
                    try await Task.sleep(for: .milliseconds(reply.delayMilliseconds))
                }
                return response(from: reply.response)
            }
        }
        SimulatorAdminRoutes.add(to: router, engine: engine)
        return router
    }

    static func wireRequest(from request: inout Request, method: WireMethod) async throws -> WireRequest {
        let body = try await request.collectBody(upTo: maxRequestBytes)
        let headers = request.headers.map { WireField($0.name.rawName, $0.value) }
        return WireRequest(
            method: method,
            path: request.uri.path,
            query: QueryString.parse(request.uri.query ?? ""),
            headers: headers,
            body: body.readableBytes > 0 ? Array(buffer: body) : nil
        )
    }

    static func response(from wire: WireResponse) -> Response {
        var headers = HTTPFields()
        for field in wire.headers {
            if let name = HTTPField.Name(field.name) { headers.append(HTTPField(name: name, value: field.value)) }
        }
        return Response(
            status: HTTPResponse.Status(code: wire.status),
            headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: wire.body))
        )
    }
}

/// Parses and percent-decodes `a=1&b=two%20words`.
enum QueryString {
    static func parse(_ query: String) -> [WireField] {
        query.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = parts.first.map(String.init).flatMap(decode) else { return nil }
            let value = parts.count > 1 ? decode(String(parts[1])) ?? "" : ""
            return WireField(name, value)
        }
    }

    private static func decode(_ text: String) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
