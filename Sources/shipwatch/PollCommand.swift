import ArgumentParser
import Foundation
import ShipwatchApp

struct PollCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "poll",
        abstract: "One bounded polling pass over due shipments (what cron runs every few minutes).",
        discussion: """
            Claims due shipments with row leases (FOR UPDATE SKIP LOCKED), so overlapping runs on one machine or many \
            never fetch the same shipment; a crashed run's leases expire and are picked up later. Carriers are polled \
            concurrently, each within its rate limit and quota; a carrier-wide failure opens that carrier's circuit and \
            defers its shipments while the others go on. SIGTERM/SIGINT stop claiming, finish or hand back in-flight \
            work and write the run record.

            Exit codes: 0 the run did its work (per-shipment failures are recorded, not fatal); 2 a problem the operator \
            must see: database unreachable, every carrier failing, invalid config.
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "Most shipments to claim in this run (default: poll.limit).") var limit: Int?
    @Option(name: .customLong("max-duration"), help: "Time bound in seconds (default: poll.max_duration_seconds).")
    var maxDuration: Double?
    @Option(help: "Only poll this carrier.") var carrier: String?

    func run() async throws {
        try await runCommand {
            let interactive = isatty(STDERR_FILENO) == 1
            do {
                let summary = try await PollAction(context: try global.context())
                    .run(limit: limit, maxDuration: maxDuration, carrierName: carrier, interactive: interactive)
                emit(summary.line)
            } catch let failure as PollFailure {
                emit(failure.summary.line)
                throw CommandFailure(message: "every carrier with work failed this run", code: 2)
            }
        }
    }
}

struct RunsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "runs", abstract: "Show recent poll runs from the ledger.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "How many runs.") var limit: Int = 20
    @Option(help: "table or json.") var format: OutputFormatOption = .table

    func run() async throws {
        try await runCommand {
            emit(try await RunsAction(context: try global.context()).run(limit: limit, format: format.value))
        }
    }
}

struct QuotaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quota",
        abstract: "Each carrier's shared call allowance: used and left this hour and today, rate, pace, ban.",
        discussion: """
            Quotas, the request rate and Retry-After bans are kept in PostgreSQL and shared by every poll process \
            on every host. The hour is rolling; the day is the UTC day. 'next normal call' is when the spread pace \
            pays for the next call of ordinary work (out-for-delivery parcels may draw a little ahead).
            """
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "table or json.") var format: OutputFormatOption = .table

    func run() async throws {
        try await runCommand {
            emit(try await QuotaAction(context: try global.context()).run(format: format.value))
        }
    }
}
