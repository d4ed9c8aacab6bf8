import CarrierCatalog
import CarrierDHL
import CarrierFedEx
import CarrierSimulator
import CarrierUPS
import CarrierUSPS
import Foundation
import ShipwatchCore
import Testing

/// `shipwatch track` against the simulator, through the real adapters and HTTP: the JSON shape and the exit codes.
@Suite("shipwatch track", .serialized)
struct TrackCommandTests {
    static let numbers: [(Carrier, String)] = [
        (.ups, "1Z999AA10123456784"), (.fedex, "797806677146"), (.usps, "9400100000000000000013"), (.dhl, "1234567891"),
    ]

    static func environment(_ baseURL: String) -> [String: String] {
        var environment: [String: String] = ["SHIPWATCH_DHL_API_KEY": "test-key"]
        for carrier in CarrierCatalog.roster.carriers {
            let prefix = "SHIPWATCH_\(carrier.rawValue.uppercased())_"
            environment[prefix + "BASE_URL"] = baseURL
            environment[prefix + "CLIENT_ID"] = "test-id"
            environment[prefix + "CLIENT_SECRET"] = "test-secret"
        }
        return environment
    }

    @Test("found: exit 0 and the normalized timeline as JSON, newest first", arguments: numbers)
    func found(_ carrier: Carrier, _ number: String) async throws {
        let engine = SimulatorEngine(scenarios: [number: .customsStall(days: 6)])
        try await SimulatorHarness.withSimulator(engine) { baseURL in
            let result = try await ShipwatchProcess.run(["track", number, "--format", "json"], environment: Self.environment(baseURL))
            #expect(result.status == 0, "\(result.stderr)")
            let document = try JSONDecoder().decode(TrackJSON.self, from: Data(result.stdout.utf8))
            #expect(document.carrier == carrier.rawValue)
            #expect(document.tracking_number == number)
            #expect(document.status == "customs_held")
            #expect(document.events.first?.milestone == "customs_held")
            let instants = document.events.map(\.occurred_at)
            #expect(instants == instants.sorted(by: >), "events are not newest first")
            #expect(document.events.allSatisfy { $0.occurred_at.hasSuffix("Z") })
            #expect(document.events.contains { $0.location.country == "CN" })
        }
    }

    @Test("unknown to the carrier: exit 3 with a one-line reason")
    func notFound() async throws {
        let engine = SimulatorEngine(scenarios: ["1Z999AA10123456784": .notFound])
        try await SimulatorHarness.withSimulator(engine) { baseURL in
            let result = try await ShipwatchProcess.run(["track", "1Z999AA10123456784"], environment: Self.environment(baseURL))
            #expect(result.status == 3)
            #expect(result.stderr.contains("does not know 1Z999AA10123456784"), "\(result.stderr)")
        }
    }

    @Test("carrier failing: exit 1")
    func carrierDown() async throws {
        let engine = SimulatorEngine(faults: [.fedex: [Fault(kind: .invalidToken)]])
        try await SimulatorHarness.withSimulator(engine) { baseURL in
            let result = try await ShipwatchProcess.run(["track", "797806677146"], environment: Self.environment(baseURL))
            #expect(result.status == 1)
            #expect(result.stderr.contains("unauthorized"), "\(result.stderr)")
        }
    }

    @Test("an ambiguous number without --carrier: exit 1 naming the candidates")
    func ambiguous() async throws {
        let result = try await ShipwatchProcess.run(["track", "00001234567890123452"], environment: [:])
        #expect(result.status == 1)
        #expect(result.stderr.contains("usps") && result.stderr.contains("fedex"), "\(result.stderr)")
    }
}

/// The fields of `track --format json` the tests read.
struct TrackJSON: Decodable {
    struct Event: Decodable {
        struct Location: Decodable {
            var city: String?
            var country: String?
        }

        var occurred_at: String
        var milestone: String
        var carrier_code: String
        var location: Location
    }

    var carrier: String
    var tracking_number: String
    var status: String?
    var events: [Event]
}
