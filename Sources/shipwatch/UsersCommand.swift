import ArgumentParser
import Foundation
import ShipwatchApp

struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Ops dashboard users: create (bcrypt password), list, disable.",
        subcommands: [CreateUserCommand.self, ListUsersCommand.self, DisableUserCommand.self]
    )
}

struct CreateUserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a dashboard user; prompts for the password without echo, or reads one line with --password-stdin.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The user's e-mail address (the sign-in name and the audit actor).") var email: String
    @Option(help: "ops or admin (admins may also map carrier codes).") var role: String = "ops"
    @Option(help: "Limit the user to this store (repeatable); none: every store.") var store: [String] = []
    @Flag(help: "Read the password from the first line of standard input.") var passwordStdin = false

    func run() async throws {
        try await runCommand {
            let password = passwordStdin ? PasswordInput.fromStandardInput() : PasswordInput.prompt()
            guard let password else {
                throw ShipwatchFailure.invalidOption(
                    option: passwordStdin ? "--password-stdin" : "password",
                    reason: passwordStdin ? "standard input is empty" : "no terminal to prompt on, or the two entries differ (use --password-stdin)")
            }
            emit(try await UsersAction(context: try global.context()).create(email: email, role: role, stores: store, password: password))
        }
    }
}

struct ListUsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List dashboard users (no password hashes).")
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        try await runCommand { emit(try await UsersAction(context: try global.context()).list()) }
    }
}

struct DisableUserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "disable", abstract: "Disable a user; their sessions end at once.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The user's e-mail address.") var email: String

    func run() async throws {
        try await runCommand { emit(try await UsersAction(context: try global.context()).disable(email: email)) }
    }
}
