import CarrierHTTP
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// A real HTTP server on 127.0.0.1 (ephemeral port) speaking `FakeCarrierAPI`'s dialect under `/fake`.
struct FakeCarrierServer: Sendable {
    let port: Int
    let state: FakeCarrierState

    /// The base URL with its `/fake` path prefix.
    var baseURL: CarrierBaseURL { CarrierBaseURL("http://127.0.0.1:\(port)/fake/")! }

    /// Starts a server, runs `body` against it, and stops the server.
    static func with<T: Sendable>(
        _ state: FakeCarrierState = FakeCarrierState(),
        _ body: @Sendable (FakeCarrierServer) async throws -> T
    ) async throws -> T {
        let router = Router()
        addRoutes(to: router, state: state)
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "fake-carrier")
        logger.logLevel = .critical
        let app = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: logger
        )
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            defer { group.cancelAll() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next(), port > 0 else { throw ServerDidNotStart() }
            return try await body(FakeCarrierServer(port: port, state: state))
        }
    }

    struct ServerDidNotStart: Error {}

    private static func addRoutes(to router: Router<BasicRequestContext>, state: FakeCarrierState) {
        router.post("/fake/oauth/token") { _, _ -> Response in
            let grant = await state.issueToken()
            if grant.delay > .zero { try await Task.sleep(for: grant.delay) }
            guard grant.status == 200 else { return json(grant.status, #"{"error":"invalid_client"}"#) }
            return json(200, #"{"access_token":"\#(grant.token)","expires_in":\#(grant.lifetime)}"#)
        }
        router.get("/fake/track") { request, _ -> Response in
            let numbers = (request.uri.queryParameters.get("numbers") ?? "").split(separator: ",").map(String.init)
            let reply = await state.recordTrack(numbers: numbers, rawQuery: request.uri.query ?? "")
            let token = request.headers[.authorization].map { String($0.dropFirst("Bearer ".count)) } ?? ""
            switch reply {
            case .status(let status, let retryAfter)?:
                var extra = HTTPFields()
                if let retryAfter { extra[HTTPField.Name("Retry-After")!] = retryAfter }
                return json(status, #"{"error":"scripted","contact":"jane.doe@example.com"}"#, extra: extra)
            case .delay(let duration)?:
                try await Task.sleep(for: duration)
            case .hugeBody(let bytes, let declareLength)?:
                return hugeBody(bytes: bytes, declareLength: declareLength)
            case nil:
                break
            }
            let apiKeyAccepted = request.headers[HTTPField.Name("X-API-Key")!] == "api-key"
            let tokenAccepted = await state.isValid(token: token)
            guard apiKeyAccepted || tokenAccepted else { return json(401, #"{"error":"invalid_token"}"#) }
            if numbers.contains(where: { $0.hasPrefix("FAIL") }) { return json(500, #"{"error":"boom"}"#) }
            return json(200, answer(for: numbers))
        }
    }

    /// FAIL… numbers fail their whole request; BAD… come back unreadable; NF… unknown; the rest found.
    private static func answer(for numbers: [String]) -> String {
        var results: [String: Any] = [:]
        for number in numbers {
            if number.hasPrefix("BAD") {
                results[number] = "garbage"
            } else if number.hasPrefix("NF") {
                results[number] = ["state": "notfound"]
            } else {
                results[number] = ["state": "found", "status": "In transit"]
            }
        }
        let data = (try? JSONSerialization.data(withJSONObject: ["results": results])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    private static func json(_ status: Int, _ text: String, extra: HTTPFields = HTTPFields()) -> Response {
        var headers: HTTPFields = [.contentType: "application/json"]
        headers.append(contentsOf: extra)
        return Response(status: .init(code: status), headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    private static func hugeBody(bytes: Int, declareLength: Bool) -> Response {
        let body = ResponseBody(contentLength: declareLength ? bytes : nil) { writer in
            let chunk = ByteBuffer(repeating: UInt8(ascii: "a"), count: 64 * 1024)
            var written = 0
            while written < bytes {
                try await writer.write(chunk)
                written += chunk.readableBytes
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "application/json"], body: body)
    }
}
