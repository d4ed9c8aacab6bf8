import ArgumentParser
import Foundation
import ShipwatchApp

struct WebhooksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "webhooks",
        abstract: "Outbound webhooks: endpoints per store, signed deliveries (Standard Webhooks), retries, replays.",
        subcommands: [
            AddWebhookCommand.self, ListWebhooksCommand.self, RemoveWebhookCommand.self, RotateWebhookSecretCommand.self,
            DisableWebhookCommand.self, EnableWebhookCommand.self, DeliverWebhooksCommand.self, WebhookDeliveriesCommand.self,
            ReplayWebhookCommand.self,
        ]
    )
}

struct AddWebhookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an endpoint; prints only its signing secret on stdout (SECRET=$(shipwatch webhooks add …)).")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The store whose events the endpoint receives.") var store: String
    @Option(help: "https:// URL (http:// only to loopback).") var url: String
    @Option(help: "Comma-separated event types (default: every type).") var events: String?

    func run() async throws {
        try await runCommand {
            let added = try await WebhooksAction(context: try global.context()).add(store: store, url: url, events: events)
            FileHandle.standardError.write(Data((added.details + "\n").utf8))
            print(added.secret)
        }
    }
}

struct ListWebhooksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List endpoints (no secrets; why a disabled one is disabled).")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this store's endpoints.") var store: String?

    func run() async throws {
        try await runCommand { emit(try await WebhooksAction(context: try global.context()).list(store: store)) }
    }
}

struct RemoveWebhookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an endpoint and its deliveries.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The endpoint's ID (from `webhooks list`).") var id: Int64

    func run() async throws {
        try await runCommand { emit(try await WebhooksAction(context: try global.context()).remove(id: id)) }
    }
}

struct RotateWebhookSecretCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotate-secret",
        abstract: "Give an endpoint a new secret (printed alone on stdout); the old one signs alongside for 24 h.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The endpoint's ID.") var id: Int64

    func run() async throws {
        try await runCommand {
            let rotated = try await WebhooksAction(context: try global.context()).rotateSecret(id: id)
            FileHandle.standardError.write(Data((rotated.details + "\n").utf8))
            print(rotated.secret)
        }
    }
}

struct DisableWebhookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "disable", abstract: "Stop delivering to an endpoint (its deliveries wait).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The endpoint's ID.") var id: Int64

    func run() async throws {
        try await runCommand { emit(try await WebhooksAction(context: try global.context()).setEnabled(id: id, false)) }
    }
}

struct EnableWebhookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "enable", abstract: "Deliver to an endpoint again (clears its failure count).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The endpoint's ID.") var id: Int64

    func run() async throws {
        try await runCommand { emit(try await WebhooksAction(context: try global.context()).setEnabled(id: id, true)) }
    }
}

struct DeliverWebhooksCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deliver", abstract: "One bounded delivery pass (for cron); overlapping passes never repeat an attempt.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Most attempts in this pass.") var limit: Int?
    @Option(name: .customLong("max-duration"), help: "Longest pass in seconds (an attempt in flight still gets its timeout).")
    var maxDuration: Double?

    func run() async throws {
        try await runCommand {
            emit(try await WebhooksAction(context: try global.context()).deliver(limit: limit, maxDuration: maxDuration).line)
        }
    }
}

struct WebhookDeliveriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deliveries", abstract: "List deliveries: attempts, last status codes and durations (--attempts: each attempt).")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this endpoint's deliveries.") var endpoint: Int64?
    @Option(help: "pending, delivered or failed.") var status: String?
    @Option(help: "Most deliveries.") var limit: Int = 200
    @Flag(help: "One line per attempt of those deliveries: time, status code, duration, outcome, error.") var attempts = false

    func run() async throws {
        try await runCommand {
            emit(try await WebhooksAction(context: try global.context()).deliveries(
                endpointID: endpoint, status: status, limit: limit, attempts: attempts))
        }
    }
}

struct ReplayWebhookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "replay", abstract: "Send an event again, with the same id.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The event's id (evt_…, from `webhooks deliveries`).") var eventID: String

    func run() async throws {
        try await runCommand { emit(try await WebhooksAction(context: try global.context()).replay(eventID: eventID)) }
    }
}
