import ArgumentParser
import Foundation
import ShipwatchApp

struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "API keys: create (the key alone on stdout), list (never a secret), revoke.",
        subcommands: [CreateKeyCommand.self, ListKeysCommand.self, RevokeKeyCommand.self]
    )
}

struct CreateKeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a key for one store; prints only the key on stdout (KEY=$(shipwatch keys create …)).")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The store the key sees.") var store: String
    @Option(help: "A name for people (who uses the key).") var name: String
    @Option(help: "storefront or ops.") var scope: String = "storefront"

    func run() async throws {
        try await runCommand {
            let created = try await KeysAction(context: try global.context()).create(store: store, name: name, scope: scope)
            FileHandle.standardError.write(Data((created.details + "\n").utf8))
            print(created.key)
        }
    }
}

struct ListKeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List keys (ids, stores, scopes, names; no secrets).")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this store's keys.") var store: String?

    func run() async throws {
        try await runCommand { emit(try await KeysAction(context: try global.context()).list(store: store)) }
    }
}

struct RevokeKeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke a key by its ID; effective on its next request.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The key's ID (from `keys list`).") var id: Int64

    func run() async throws {
        try await runCommand { emit(try await KeysAction(context: try global.context()).revoke(id: id)) }
    }
}
