import ArgumentParser
import ShipwatchApp

struct SimulateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Run the carrier simulator: USPS, UPS, FedEx and DHL APIs on one local port.",
        discussion: """
            Point the adapters at it with SHIPWATCH_<CARRIER>_BASE_URL=http://127.0.0.1:PORT. Scenarios come from \
            --scenarios FILE (YAML: scenarios: {NUMBER: customs_stall:9, …}, faults: {ups: [{kind: rate_limited}]}) or \
            are derived from each number. Admin endpoints: GET /_admin/counters, POST /_admin/reset, \
            PUT /_admin/faults/CARRIER, PUT /_admin/scenarios, POST /_admin/clock/advance?seconds=N.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "Port to listen on (0 picks a free one).") var port: Int = 8080
    @Option(help: "Address to listen on.") var host: String = "127.0.0.1"
    @Option(help: "Scenario file (YAML or JSON).") var scenarios: String?
    @Option(name: .customLong("fault"), help: "carrier=kind[:probability], e.g. ups=rate_limited:0.5 (repeatable).")
    var faults: [String] = []

    func run() async throws {
        try await runCommand {
            let context = try global.context()
            let engine = try SimulateAction.makeEngine(scenarioFile: scenarios, faultFlags: faults)
            try await SimulateAction(logger: context.logger).run(host: host, port: port, engine: engine)
        }
    }
}
