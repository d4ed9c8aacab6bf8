import ShipwatchAPI
import ShipwatchStore

/// The ops dashboard's PostgreSQL adapters for `serve`.
enum OpsWiring {
    static func dependencies(database: Database, settings: ServeOpsSettings) -> OpsDependencies {
        OpsDependencies(
            users: PostgresOpsUsers(database: database), sessions: PostgresOpsSessions(database: database),
            reader: PostgresOpsDashboard(database: database), desk: PostgresOpsDecisionDesk(database: database),
            settings: settings.opsSettings)
    }
}
