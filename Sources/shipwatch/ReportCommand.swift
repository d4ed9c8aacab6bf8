import ArgumentParser
import ShipwatchApp

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports for ops.",
        subcommands: [DelayReportCommand.self]
    )
}

struct DelayReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delays",
        abstract: "Every open finding: where each stuck parcel is, since when, and the remedy its store's policy gives.",
        discussion: """
            Fields: store, order_ref, carrier, tracking_number, rule, severity, stage, last_event_at, \
            days_since_last_event, last_location, remedy {kind, compensation, status} (CSV: remedy_kind, \
            remedy_compensation, remedy_status), plus a summary by rule and by carrier. Act first, then the longest \
            silence first. Run `shipwatch evaluate` (or poll) first to bring the findings up to date.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this store's findings.") var store: String?
    @Option(help: "table, csv or json.") var format: OutputFormatOption = .table
    @Option(help: "Write the report to this file instead of stdout.") var output: String?

    func run() async throws {
        try await runCommand {
            emit(try await DelayReportAction(context: try global.context())
                .run(store: store, format: format.value, output: output))
        }
    }
}
