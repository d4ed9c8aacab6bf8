import AsyncHTTPClient
import CarrierSimulator
import Foundation
import NIOCore
import NIOHTTP1
import ShipwatchCore
import ShipwatchTestSupport
import Testing

/// `shipwatch serve` as a real process: keys from the CLI, a registration over HTTP, a poll against the simulator,
/// the storefront and customer views of the result, revocation, and a graceful SIGTERM.
@Suite("serve process: keys, registration, poll, read, SIGTERM", .serialized)
struct ServeProcessTests {
    static let number = "1Z1000000000000018"

    @Test("a shipment registered over HTTP, polled from the simulator, reads back normalized; SIGTERM exits 0")
    func endToEnd() async throws {
        try await withTestDatabaseURL { url, _ in
            let engine = SimulatorEngine(scenarios: [Self.number: .customsStall(days: 6)])
            try await SimulatorHarness.withSimulator(engine) { baseURL in
                let yaml = PollTestConfig.yaml(baseURL: baseURL) + """
                    stores:
                      charms: {display_name: Shoe Charms}
                    serve:
                      page: {requests_per_minute_per_ip: 100}

                    """
                let environment = try PollProcessTests.environment(url: url, baseURL: baseURL, yaml: yaml)
                let created = try await ShipwatchProcess.run(["keys", "create", "--store", "charms", "--name", "site"], environment: environment)
                #expect(created.status == 0, "\(created.stderr)")
                let key = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
                #expect(key.hasPrefix("sw_") && key.count == 84 && !key.contains("\n"))
                let listed = try await ShipwatchProcess.run(["keys", "list"], environment: environment)
                #expect(listed.stdout.contains("charms") && !listed.stdout.contains(String(key.suffix(64))))

                let server = try ShipwatchProcess.start(["serve", "--port", "0"], environment: environment)
                let api = try await Self.apiURL(of: server)
                #expect(api.hasPrefix("http://127.0.0.1:"))

                let body = #"{"order_ref": "A-1", "tracking_number": "\#(Self.number)", "destination_postal_code": "10001"}"#
                let registered = try await Self.request(.POST, api + "/v1/shipments", key: key, body: body)
                #expect(registered.status == 201, "\(registered.body)")
                #expect(try await Self.request(.GET, api + "/readyz").status == 200)

                let poll = try await ShipwatchProcess.run(["poll"], environment: environment)
                #expect(poll.status == 0, "\(poll.stderr)")

                let tracking = try await Self.request(.GET, api + "/v1/trackings/\(Self.number)", key: key)
                #expect(tracking.status == 200)
                let json = try JSONSerialization.jsonObject(with: Data(tracking.body.utf8)) as? [String: Any] ?? [:]
                #expect(json["status"] as? String == "customs_held", "\(tracking.body)")
                #expect(((json["events"] as? [Any])?.count ?? 0) > 2)
                let page = try await Self.request(.GET, api + "/track/\(Self.number)?postal_code=10001")
                #expect(page.status == 200)
                #expect(page.body.contains("Shoe Charms"))
                let metrics = try await Self.request(.GET, api + "/metrics")
                #expect(metrics.body.contains("shipwatch_shipments"), "\(metrics.body.prefix(400))")
                // Requests by route, method and status, under the labels Hummingbird's own middleware used.
                let trackingRoute = #"{http_route="/v1/trackings/{tracking_number}",http_request_method="GET",http_response_status_code="200""#
                #expect(metrics.body.contains("hb_requests" + trackingRoute + "} 1"), "\(metrics.body)")
                #expect(metrics.body.contains("http_server_request_duration_count" + trackingRoute + "} 1"), "\(metrics.body)")
                // Database pool use: the configured bound (default 20), every lease so far timed, and the gauges
                // of leases now in use and callers now waiting.
                #expect(Self.sample("shipwatch_db_pool_connections_max", in: metrics.body) == 20, "\(metrics.body)")
                #expect((Self.sample("shipwatch_db_pool_acquire_seconds_count", in: metrics.body) ?? 0) >= 4)
                #expect((Self.sample("shipwatch_db_pool_hold_seconds_count", in: metrics.body) ?? 0) >= 4)
                #expect(Self.sample("shipwatch_db_pool_in_use", in: metrics.body) != nil)
                #expect(Self.sample("shipwatch_db_pool_waiting", in: metrics.body) == 0)
                #expect(Self.sample("shipwatch_db_pool_lease_failures_total", in: metrics.body) == 0)

                let keyID = try #require(created.stderr.firstMatch(of: #/key (\d+) /#)?.1)
                let revoked = try await ShipwatchProcess.run(["keys", "revoke", String(keyID)], environment: environment)
                #expect(revoked.status == 0, "\(revoked.stderr)")
                #expect(try await Self.request(.GET, api + "/v1/trackings/\(Self.number)", key: key).status == 401)

                kill(server.process.processIdentifier, SIGTERM)
                let stopped = await server.finish()
                #expect(stopped.status == 0, "\(stopped.stderr)")
                #expect(!stopped.stdout.contains("SHIPWATCH_API_URL="), "the URL line is printed once")
            }
        }
    }

    /// The value of the unlabelled sample `name` in a Prometheus text exposition, nil when absent.
    static func sample(_ name: String, in text: String) -> Double? {
        for line in text.split(separator: "\n") where line.hasPrefix(name + " ") {
            return Double(line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// Reads the server's stdout until its `SHIPWATCH_API_URL=` line (at most 60 s).
    static func apiURL(of server: ShipwatchProcess) async throws -> String {
        let handle = server.output.fileHandleForReading
        let text: String = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var collected = Data()
                let deadline = Date().addingTimeInterval(60)
                while Date() < deadline {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    collected += chunk
                    if String(decoding: collected, as: UTF8.self).contains("\n") { break }
                }
                continuation.resume(returning: String(decoding: collected, as: UTF8.self))
            }
        }
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("SHIPWATCH_API_URL=") }) else {
            server.kill()
            throw HarnessError("serve printed no SHIPWATCH_API_URL line: \(text)")
        }
        return String(line.dropFirst("SHIPWATCH_API_URL=".count))
    }

    static func request(_ method: HTTPMethod, _ url: String, key: String? = nil, body: String? = nil) async throws -> (status: Int, body: String) {
        var request = HTTPClientRequest(url: url)
        request.method = method
        if let key { request.headers.add(name: "Authorization", value: "Bearer \(key)") }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        let buffer = try await response.body.collect(upTo: 1 << 20)
        return (Int(response.status.code), String(buffer: buffer))
    }
}
