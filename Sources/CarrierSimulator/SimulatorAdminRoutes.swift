import CarrierCatalog
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ShipwatchCore

/// `/_admin/…`: counters, reset, faults, scenarios and the clock, for tests and demos.
enum SimulatorAdminRoutes {
    static func add(to router: Router<BasicRequestContext>, engine: SimulatorEngine) {
        router.get("/_admin/health") { _, _ in "ok" }
        router.get("/_admin/counters") { _, _ -> Response in
            json(await engine.currentCounters())
        }
        router.post("/_admin/reset") { _, _ -> Response in
            await engine.resetCounters()
            return json(await engine.currentCounters())
        }
        router.put("/_admin/faults/:carrier") { request, context -> Response in
            guard let name = context.parameters.get("carrier"), let carrier = CarrierCatalog.roster.carrier(named: name) else {
                return problem(404, "unknown carrier")
            }
            var request = request
            let body = try await request.collectBody(upTo: 1 << 16)
            do {
                let faults = try JSONDecoder().decode([Fault].self, from: Data(Array(buffer: body)))
                await engine.setFaults(faults, for: carrier)
                return json(faults)
            } catch {
                return problem(400, "expected a JSON array of faults: \(error)")
            }
        }
        router.put("/_admin/scenarios") { request, _ -> Response in
            var request = request
            let body = try await request.collectBody(upTo: 1 << 22)
            guard let specs = try? JSONDecoder().decode([String: String].self, from: Data(Array(buffer: body))) else {
                return problem(400, "expected a JSON object of tracking number → scenario")
            }
            var scenarios: [String: Scenario] = [:]
            for (number, spec) in specs {
                guard let scenario = Scenario(spec: spec) else { return problem(400, "unknown scenario '\(spec)' for \(number)") }
                scenarios[number] = scenario
            }
            await engine.setScenarios(scenarios)
            return json(["updated": scenarios.count])
        }
        router.post("/_admin/clock/advance") { request, _ -> Response in
            guard let text = request.uri.queryParameters["seconds"], let seconds = Double(text) else {
                return problem(400, "give ?seconds=N")
            }
            await engine.advanceClock(seconds: seconds)
            return json(["now": ISO8601DateFormatter().string(from: await engine.now)])
        }
    }

    static func json(_ value: some Encodable) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func problem(_ status: Int, _ message: String) -> Response {
        var response = json(["error": message])
        response.status = HTTPResponse.Status(code: status)
        return response
    }
}
