import ArgumentParser
import ShipwatchApp

/// The `shipwatch` command: argument parsing only; the work happens in ShipwatchApp.
@main
struct Shipwatch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shipwatch",
        abstract: "Track USPS, UPS, FedEx and DHL shipments, flag stalled parcels, propose remedies.",
        discussion: """
            Configuration: --config FILE or SHIPWATCH_CONFIG (YAML; see deploy/shipwatch.example.yaml). \
            Database: --database-url or DATABASE_URL (postgres://user:pass@host:port/db, or postgres:///db?host=/socket/dir). \
            Carrier credentials come from the environment (SHIPWATCH_UPS_CLIENT_ID, …).

            Exit codes: 0 success; 1 the command failed (bad input, rejected rows); 2 a problem the operator must \
            see (database unreachable, invalid config, every carrier failing); 3 the carrier does not know the number.
            """,
        subcommands: [
            MigrateCommand.self, ShipmentsCommand.self, TrackCommand.self, PollCommand.self,
            RunsCommand.self, QuotaCommand.self, EvaluateCommand.self, RemediesCommand.self, ReportCommand.self, CodesCommand.self,
            ServeCommand.self, KeysCommand.self, UsersCommand.self, WebhooksCommand.self,
        ]
    )
}
