import ArgumentParser
import Foundation
import Logging
import ShipwatchApp
import ShipwatchCore
import ShipwatchStore

/// Rule evaluation and the delay report over a generated data set of N active shipments (see
/// `BenchmarkDataSet` for the mix): `shipwatch evaluate` twice (opening the findings, then the steady state) and
/// `shipwatch report delays` in each format. Prints the figures with their context.
struct EvaluateBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate", abstract: "Rule evaluation and delay report over generated shipments.")

    @Option(help: "Shipments to generate.") var shipments: Int = 1_000_000
    @Option(name: .customLong("database-url"), help: "A PostgreSQL database the benchmark may wipe.") var databaseURL: String

    func run() async throws {
        var logger = Logger(label: "bench")
        logger.logLevel = .error
        let url = try DatabaseURL(parsing: databaseURL)
        var config = AppConfig()
        // The three seed stores, each with the default policy (which comes from their documents).
        config.stores = [
            "charms": StoreSettings(displayName: "Shoe charms"),
            "phonecases": StoreSettings(displayName: "Phone cases"),
            "jewelry": StoreSettings(displayName: "Jewelry"),
        ]
        let context = ShipwatchContext(config: config, logger: logger)
        try await Database.with(url: url, logger: logger, maximumConnections: 8) { database in
            try await BenchDatabase.reset(database)
            let result = try await EvaluationBenchmark.run(context: context, database: database, count: shipments)
            for line in result.text.split(separator: "\n") { print("evaluate: \(line)") }
            print(String(format: "evaluate: peak RSS %.1f MiB", BenchFormat.peakResidentMiB()))
        }
    }
}
