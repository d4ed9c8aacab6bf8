import ArgumentParser
import Foundation
import Logging

/// `shipwatch-simulator`: the carrier simulator as its own test tool, outside the product binary.
@main
struct ShipwatchSimulator: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shipwatch-simulator",
        abstract: "Run the carrier simulator: USPS, UPS, FedEx and DHL APIs on one local port (a test tool).",
        discussion: """
            Point the adapters at it with SHIPWATCH_<CARRIER>_BASE_URL=http://127.0.0.1:PORT. Scenarios come from \
            --scenarios FILE (YAML: scenarios: {NUMBER: customs_stall:9, …}, faults: {ups: [{kind: rate_limited}]}) or \
            are derived from each number. Admin endpoints: GET /_admin/counters, POST /_admin/reset, \
            PUT /_admin/faults/CARRIER, PUT /_admin/scenarios, POST /_admin/clock/advance?seconds=N.
            """
    )

    @Option(help: "Port to listen on (0 picks a free one).") var port: Int = 8080
    @Option(help: "Address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "Scenario file (YAML or JSON).") var scenarios: String?
    @Option(name: .customLong("fault"), help: "carrier=kind[:probability], e.g. ups=rate_limited:0.5 (repeatable).")
    var faults: [String] = []
    @Option(name: .long, help: "trace, debug, info, notice, warning, error or critical.")
    var logLevel: String = "notice"

    func run() async throws {
        guard let level = Logger.Level(rawValue: logLevel) else {
            throw ValidationError("--log-level '\(logLevel)': expected trace, debug, info, notice, warning, error or critical")
        }
        var logger = Logger(label: "shipwatch-simulator")
        logger.logLevel = level
        do {
            let engine = try SimulatorLaunch.makeEngine(scenarioFile: scenarios, faultFlags: faults)
            try await SimulatorLaunch(logger: logger).run(host: host, port: port, engine: engine)
        } catch let error as SimulatorSetupError {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
    }
}
