import ArgumentParser
import ShipwatchApp

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply pending database migrations (numbered, append-only, each in a transaction)."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "List what would be applied, apply nothing.")
    var dryRun = false

    func run() async throws {
        try await runCommand {
            let lines = try await MigrateAction(context: try global.context()).run(dryRun: dryRun)
            emit(lines.joined(separator: "\n"))
        }
    }
}

/// Runs an action; on failure prints the reason and exits with the documented code.
func runCommand(_ body: () async throws -> Void) async throws {
    do {
        try await runAction(body)
    } catch let failure as CommandFailure {
        failure.exit()
    }
}
