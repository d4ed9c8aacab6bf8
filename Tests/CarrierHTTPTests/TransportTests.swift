import AsyncHTTPClient
import CarrierHTTP
import ShipwatchCore
import Testing

@Suite("AsyncHTTPClient transport")
struct TransportTests {
    let transport = AsyncHTTPClientTransport(client: .shared, logger: quietLogger)
    let request = FakeCarrierAPI(usesOAuth: false).trackingRequest(
        numbers: ["A1"], credentials: CarrierCredentials(apiKey: "api-key"), accessToken: nil, requestID: "r1"
    )

    @Test("a server slower than the deadline gives a transient error, quickly")
    func deadline() async throws {
        try await FakeCarrierServer.with { server in
            await server.state.enqueue(.delay(.seconds(60)))
            let started = ContinuousClock.now
            await #expect(throws: CarrierError.transient(detail: "deadline exceeded after 0.3 s")) {
                _ = try await transport.execute(
                    request, baseURL: server.baseURL, timeout: .milliseconds(300), maxBodyBytes: 1_024
                )
            }
            #expect(ContinuousClock.now - started < .seconds(30), "the answer takes 60 s; a loaded machine needs room")
        }
    }

    @Test("the client surfaces a missed deadline as transient for the batch")
    func deadlineThroughClient() async throws {
        try await FakeCarrierServer.with { server in
            await server.state.enqueue(.delay(.seconds(8)))
            let client = makeClient(server, clock: ManualClock(), api: FakeCarrierAPI(usesOAuth: false), retry: .none,
                                    requestTimeout: .milliseconds(300))
            let result = await client.track(["A1"])
            guard case .failure(.transient(let detail))? = result.outcomes["A1"] else {
                Issue.record("\(String(describing: result.outcomes["A1"]))")
                return
            }
            #expect(detail.contains("deadline exceeded"))
        }
    }

    @Test("a declared 50 MB body is refused before reading it")
    func declaredOversizedBody() async throws {
        try await FakeCarrierServer.with { server in
            await server.state.enqueue(.hugeBody(bytes: 50 * 1_024 * 1_024, declareLength: true))
            await #expect(throws: CarrierError.malformedPayload(detail: "body exceeds 1048576 bytes (Content-Length 52428800)")) {
                _ = try await transport.execute(request, baseURL: server.baseURL, timeout: .seconds(10), maxBodyBytes: 1_048_576)
            }
        }
    }

    @Test("a streamed 50 MB body without Content-Length is refused once past the limit")
    func streamedOversizedBody() async throws {
        try await FakeCarrierServer.with { server in
            await server.state.enqueue(.hugeBody(bytes: 50 * 1_024 * 1_024, declareLength: false))
            await #expect(throws: CarrierError.malformedPayload(detail: "body exceeds 1048576 bytes")) {
                _ = try await transport.execute(request, baseURL: server.baseURL, timeout: .seconds(10), maxBodyBytes: 1_048_576)
            }
        }
    }

    @Test("an answer within the limits comes back whole, headers included")
    func ordinaryAnswer() async throws {
        try await FakeCarrierServer.with { server in
            let response = try await transport.execute(request, baseURL: server.baseURL, timeout: .seconds(5), maxBodyBytes: 1_024)
            #expect(response.status == 200)
            #expect(response.header("content-type") == "application/json")
            #expect(String(decoding: response.body, as: UTF8.self).contains(#""A1""#))
        }
    }

    @Test("a refused connection is transient (AsyncHTTPClient retries connecting until the deadline)")
    func connectionRefused() async throws {
        let port = try await FakeCarrierServer.with { server in server.port }
        let baseURL = try #require(CarrierBaseURL("http://127.0.0.1:\(port)"))
        do {
            _ = try await transport.execute(request, baseURL: baseURL, timeout: .milliseconds(300), maxBodyBytes: 1_024)
            Issue.record("expected a failure")
        } catch {
            #expect(error.isRetryable)
        }
    }
}
