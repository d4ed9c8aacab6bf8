import CarrierSimulator
import Foundation
import Logging
import ShipwatchCore
import Yams

/// The scenario file of `shipwatch simulate --scenarios FILE` (YAML or JSON).
public struct SimulatorScenarioFile: Sendable, Decodable {
    /// Tracking number → scenario spec (`customs_stall:9`, `domestic_delivered`, …).
    public var scenarios: [String: String]?
    /// Carrier → faults to inject.
    public var faults: [String: [Fault]]?
    public var tokenLifetimeSeconds: Double?
    public var dhlAPIKey: String?

    enum CodingKeys: String, CodingKey {
        case scenarios, faults
        case tokenLifetimeSeconds = "token_lifetime_seconds"
        case dhlAPIKey = "dhl_api_key"
    }
}

/// `shipwatch simulate --port N`: runs the carrier simulator until SIGTERM/SIGINT.
public struct SimulateAction: Sendable {
    public var logger: Logger

    public init(logger: Logger) {
        self.logger = logger
    }

    /// Builds the engine from an optional scenario file and `carrier=kind[:probability]` fault flags.
    public static func makeEngine(scenarioFile: String?, faultFlags: [String]) throws -> SimulatorEngine {
        var file = SimulatorScenarioFile(scenarios: nil, faults: nil, tokenLifetimeSeconds: nil, dhlAPIKey: nil)
        if let scenarioFile {
            do {
                let text = try String(contentsOfFile: scenarioFile, encoding: .utf8)
                file = try YAMLDecoder().decode(SimulatorScenarioFile.self, from: text)
            } catch {
                throw ShipwatchFailure.fileAccess(path: scenarioFile, reason: "\(error)")
            }
        }
        var scenarios: [String: Scenario] = [:]
        for (number, spec) in file.scenarios ?? [:] {
            guard let scenario = Scenario(spec: spec) else {
                throw ShipwatchFailure.rejectedInput("\(scenarioFile ?? "scenarios"): unknown scenario '\(spec)' for \(number)")
            }
            scenarios[TrackingNumber.normalize(number)] = scenario
        }
        var faults: [Carrier: [Fault]] = [:]
        for (name, list) in file.faults ?? [:] {
            guard let carrier = Carrier(name: name) else { throw ShipwatchFailure.unknownCarrier(name, context: "faults: ") }
            faults[carrier, default: []] += list
        }
        for flag in faultFlags {
            let parts = flag.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let carrier = Carrier(name: parts[0]), let fault = Fault(flag: parts[1]) else {
                let kinds = Fault.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                throw ShipwatchFailure.invalidOption(option: "--fault '\(flag)'", reason: "expected carrier=kind[:probability], kind one of \(kinds)")
            }
            faults[carrier, default: []].append(fault)
        }
        return SimulatorEngine(
            scenarios: scenarios,
            faults: faults,
            tokenLifetimeSeconds: file.tokenLifetimeSeconds ?? 3_599,
            dhlAPIKey: file.dhlAPIKey
        )
    }

    public func run(host: String, port: Int, engine: SimulatorEngine) async throws {
        try await CarrierSimulatorServer.run(engine: engine, host: host, port: port, logger: logger) { bound in
            let base = "http://\(host):\(bound)"
            var lines = ["carrier simulator listening on \(base) (admin: \(base)/_admin/counters)"]
            for carrier in Carrier.allCases {
                lines.append("SHIPWATCH_\(carrier.rawValue.uppercased())_BASE_URL=\(base)")
            }
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
    }
}
