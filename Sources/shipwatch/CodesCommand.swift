import ArgumentParser
import CarrierCatalog
import ShipwatchApp
import ShipwatchCore

struct CodesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "codes",
        abstract: "Carrier codes the status tables do not know, and ops' overrides for them.",
        subcommands: [UnmappedCodesCommand.self, OverridesCommand.self, SetOverrideCommand.self, RemoveOverrideCommand.self]
    )
}

struct UnmappedCodesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unmapped", abstract: "Unknown codes seen in stored scans, most frequent first.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "How many codes.") var limit: Int = 100
    @Option(help: "table or json.") var format: OutputFormatOption = .table

    func run() async throws {
        try await runCommand { emit(try await CodesAction(context: try global.context()).unmapped(limit: limit, format: format.value)) }
    }
}

struct OverridesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "overrides", abstract: "The code overrides in force.")
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        try await runCommand { emit(try await CodesAction(context: try global.context()).overrides()) }
    }
}

struct SetOverrideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "override", abstract: "Map a carrier code onto a milestone.")
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("\(CarrierCatalog.roster.namesInWords).")) var carrier: String
    @Option(help: "The carrier's code, as stored.") var code: String
    @Option(help: "The milestone, e.g. customs_held.") var milestone: String
    @Option(help: "Why (shown in `codes overrides`).") var note: String?

    func run() async throws {
        try await runCommand {
            emit(try await CodesAction(context: try global.context()).setOverride(carrier: carrier, code: code, milestone: milestone, note: note))
        }
    }
}

struct RemoveOverrideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a code override.")
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("\(CarrierCatalog.roster.namesInWords).")) var carrier: String
    @Option(help: "The carrier's code.") var code: String

    func run() async throws {
        try await runCommand { emit(try await CodesAction(context: try global.context()).removeOverride(carrier: carrier, code: code)) }
    }
}
