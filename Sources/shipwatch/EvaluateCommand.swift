import ArgumentParser
import ShipwatchApp

struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Run the delay rules over active shipments; open, update and resolve findings; propose remedies.",
        discussion: """
            Active: not retired and not delivered or cancelled, plus every shipment with an open finding (so it can \
            resolve). Shipments no rule can fire for are left out in SQL. Idempotent: running it again with nothing \
            new changes nothing. Every change is written to the audit log (actor "rules").
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only shipments updated since then (ISO 8601 date, or date-time with offset).") var since: String?

    func run() async throws {
        try await runCommand {
            let summary = try await EvaluateAction(context: try global.context()).run(since: since)
            emit(summary.report)
        }
    }
}
