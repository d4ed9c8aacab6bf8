import ArgumentParser
import CarrierCatalog
import ShipwatchApp
import ShipwatchCore

struct TrackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "track",
        abstract: "Look a number up live at its carrier and print the normalized timeline.",
        discussion: "Exit code 0 when found, 3 when the carrier does not know the number, 1 on other errors."
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The tracking number.") var number: String
    @Option(help: ArgumentHelp("\(CarrierCatalog.roster.namesInWords) (detected when omitted).")) var carrier: String?
    @Option(help: "table or json.") var format: OutputFormatOption = .table

    func run() async throws {
        try await runCommand {
            emit(try await TrackAction(context: try global.context()).run(number: number, carrier: carrier, format: format.value))
        }
    }
}
