import Foundation
import ShipwatchStore

/// `shipwatch migrate [--dry-run]`: applies pending migrations, or lists them.
public struct MigrateAction: Sendable {
    public var context: ShipwatchContext

    public init(context: ShipwatchContext) {
        self.context = context
    }

    /// Returns the lines to print.
    public func run(dryRun: Bool) async throws -> [String] {
        let url = try context.databaseURL()
        return try await Database.with(url: url, logger: context.logger) { database in
            let migrator = Migrator()
            if dryRun {
                let plan = try await migrator.plan(on: database)
                var lines = ["applied: \(plan.applied.count) migration(s)"]
                if plan.pending.isEmpty {
                    lines.append("nothing to apply: the schema is current")
                } else {
                    lines.append("would apply:")
                    lines += plan.pending.map { "  \(String(format: "%04d", $0.version)) \($0.name) (\($0.sql.count) statement(s))" }
                }
                return lines
            }
            let applied = try await migrator.migrate(on: database)
            try await StoreSynchronizer(config: context.config).synchronize(database: database)
            if applied.isEmpty { return ["nothing to apply: the schema is current"] }
            return applied.map { "applied \(String(format: "%04d", $0.version)) \($0.name)" }
        }
    }
}
