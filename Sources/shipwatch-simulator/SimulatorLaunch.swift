import CarrierCatalog
import CarrierSimulator
import Foundation
import Logging
import ShipwatchCore
import Yams

/// The scenario file of `shipwatch-simulator --scenarios FILE` (YAML or JSON).
struct SimulatorScenarioFile: Sendable, Decodable {
    /// Tracking number → scenario spec (`customs_stall:9`, `domestic_delivered`, …).
    var scenarios: [String: String]?
    /// Carrier → faults to inject.
    var faults: [String: [Fault]]?
    var tokenLifetimeSeconds: Double?
    /// Carrier → the only API key accepted (for carriers that authenticate with a key, such as DHL).
    var apiKeys: [String: String]?

    enum CodingKeys: String, CodingKey {
        case scenarios, faults
        case tokenLifetimeSeconds = "token_lifetime_seconds"
        case apiKeys = "api_keys"
    }
}

/// `shipwatch-simulator --port N`: builds the engine and runs the carrier simulator until SIGTERM/SIGINT.
struct SimulatorLaunch: Sendable {
    var logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }

    /// Builds the engine from an optional scenario file and `carrier=kind[:probability]` fault flags.
    static func makeEngine(scenarioFile: String?, faultFlags: [String]) throws -> SimulatorEngine {
        var file = SimulatorScenarioFile(scenarios: nil, faults: nil, tokenLifetimeSeconds: nil, apiKeys: nil)
        if let scenarioFile {
            do {
                let text = try String(contentsOfFile: scenarioFile, encoding: .utf8)
                file = try YAMLDecoder().decode(SimulatorScenarioFile.self, from: text)
            } catch {
                throw SimulatorSetupError("\(scenarioFile): \(error)")
            }
        }
        var scenarios: [String: Scenario] = [:]
        for (number, spec) in file.scenarios ?? [:] {
            guard let scenario = Scenario(spec: spec) else {
                throw SimulatorSetupError("\(scenarioFile ?? "scenarios"): unknown scenario '\(spec)' for \(number)")
            }
            scenarios[TrackingNumber.normalize(number)] = scenario
        }
        var faults: [Carrier: [Fault]] = [:]
        for (name, list) in file.faults ?? [:] {
            guard let carrier = CarrierCatalog.roster.carrier(named: name) else { throw SimulatorSetupError("faults: unknown carrier '\(name)'") }
            faults[carrier, default: []] += list
        }
        for flag in faultFlags {
            let parts = flag.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let carrier = CarrierCatalog.roster.carrier(named: parts[0]), let fault = Fault(flag: parts[1]) else {
                let kinds = Fault.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                throw SimulatorSetupError("--fault '\(flag)': expected carrier=kind[:probability], kind one of \(kinds)")
            }
            faults[carrier, default: []].append(fault)
        }
        var apiKeys: [Carrier: String] = [:]
        for (name, key) in file.apiKeys ?? [:] {
            guard let carrier = CarrierCatalog.roster.carrier(named: name) else { throw SimulatorSetupError("api_keys: unknown carrier '\(name)'") }
            apiKeys[carrier] = key
        }
        return SimulatorEngine(
            scenarios: scenarios,
            faults: faults,
            tokenLifetimeSeconds: file.tokenLifetimeSeconds ?? 3_599,
            apiKeys: apiKeys
        )
    }

    func run(host: String, port: Int, engine: SimulatorEngine) async throws {
        try await CarrierSimulatorServer.run(engine: engine, host: host, port: port, logger: logger) { bound in
            let base = "http://\(host):\(bound)"
            var lines = ["carrier simulator listening on \(base) (admin: \(base)/_admin/counters)"]
            for carrier in CarrierCatalog.roster.carriers {
                lines.append("SHIPWATCH_\(carrier.rawValue.uppercased())_BASE_URL=\(base)")
            }
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
    }
}

/// A scenario file or fault flag the simulator cannot use: what and where, in one line.
struct SimulatorSetupError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
