import ArgumentParser
import ShipwatchApp

struct RemediesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remedies",
        abstract: "List remedy proposals and decide on them.",
        discussion: """
            Transitions: proposed → approved or rejected; approved → executed. The rules withdraw a proposal nobody \
            decided on when its finding resolves. Every decision records who (--by, default $USER), when and a note, \
            and is written to the audit log; the approval and the execution each keep their own. A rejected remedy is \
            not proposed again for the same shipment and rule unless the situation got worse: a higher severity, or \
            the rule's act_days passed since the rejection with the finding still open at act.
            """,
        subcommands: [
            ListRemediesCommand.self, ApproveRemedyCommand.self, RejectRemedyCommand.self, MarkRemedyExecutedCommand.self,
        ]
    )
}

struct ListRemediesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List remedies, newest first.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "proposed, approved, rejected, executed or withdrawn (default: all).") var status: String?
    @Option(help: "Only this store's remedies.") var store: String?
    @Option(help: "table or json.") var format: RemedyListFormat = .table
    @Option(help: "Most remedies to list.") var limit: Int = 200

    func run() async throws {
        try await runCommand {
            emit(try await RemediesAction(context: try global.context())
                .list(status: status, store: store, format: format.value, limit: limit))
        }
    }
}

/// `--format` of `remedies list`.
enum RemedyListFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json

    var value: OutputFormat { self == .json ? .json : .table }
}

/// The arguments every decision takes.
struct RemedyDecisionOptions: ParsableArguments {
    @Argument(help: "The remedy's id.") var id: Int64
    @Option(help: "A note recorded with the decision.") var note: String?
    @Option(help: "Who decides (default: $USER, else ops).") var by: String?
}

struct ApproveRemedyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "approve", abstract: "Approve a proposed remedy.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var decision: RemedyDecisionOptions

    func run() async throws {
        try await runCommand {
            emit(try await RemediesAction(context: try global.context())
                .approve(id: decision.id, note: decision.note, by: decision.by))
        }
    }
}

struct RejectRemedyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reject", abstract: "Reject a proposed remedy.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var decision: RemedyDecisionOptions

    func run() async throws {
        try await runCommand {
            emit(try await RemediesAction(context: try global.context())
                .reject(id: decision.id, note: decision.note, by: decision.by))
        }
    }
}

struct MarkRemedyExecutedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark-executed", abstract: "Record that an approved remedy was carried out.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var decision: RemedyDecisionOptions

    func run() async throws {
        try await runCommand {
            emit(try await RemediesAction(context: try global.context())
                .markExecuted(id: decision.id, note: decision.note, by: decision.by))
        }
    }
}
