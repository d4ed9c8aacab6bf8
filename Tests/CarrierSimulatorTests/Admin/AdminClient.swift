import CarrierDHL
import CarrierSimulator
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ShipwatchCore

/// Requests the simulator's router answers in-process (`app.test(.router)`), as a DHL client and as an admin.
struct AdminClient: Sendable {
    let client: any TestClientProtocol

    /// Runs `body` against the simulator router of `engine`, without a network.
    static func run(engine: SimulatorEngine, _ body: @Sendable (AdminClient) async throws -> Void) async throws {
        let app = Application(router: SimulatorRouter.build(engine: engine))
        try await app.test(.router) { client in
            try await body(AdminClient(client: client))
        }
    }

    func counters() async throws -> SimulatorCounters {
        try await client.execute(uri: "/_admin/counters", method: .get) { response in
            try JSONDecoder().decode(SimulatorCounters.self, from: Data(Array(buffer: response.body)))
        }
    }

    func send(_ method: HTTPRequest.Method, _ uri: String, json: String? = nil, headers: [String: String] = [:]) async throws -> TestResponse {
        var fields = HTTPFields()
        for (name, value) in headers {
            guard let fieldName = HTTPField.Name(name) else { preconditionFailure("bad header name \(name)") }
            fields[fieldName] = value
        }
        return try await client.execute(uri: uri, method: method, headers: fields, body: json.map { ByteBuffer(string: $0) })
    }

    /// A DHL tracking request, the one carrier needing no token; returns the status and the parsed answer.
    func trackDHL(_ number: String) async throws -> (status: HTTPResponse.Status, outcome: TrackingOutcome?) {
        let response = try await send(.get, "/track/shipments?trackingNumber=\(number)", headers: ["DHL-API-Key": "admin-tests"])
        let wire = WireResponse(status: Int(response.status.code), body: Array(buffer: response.body))
        let outcomes = try? LiveSimulator.api(for: .dhl).parseTrackingResponse(wire, requested: [number])
        return (response.status, outcomes?[number])
    }
}
