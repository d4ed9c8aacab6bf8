import ShipwatchCore

/// Ready when the database answers and every migration of this build has been applied.
public struct PostgresReadiness: ServiceReadiness {
    public let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func notReadyReason() async -> String? {
        do {
            let plan = try await Migrator().plan(on: database)
            return plan.isUpToDate ? nil : "\(plan.pending.count) migration(s) pending: run `shipwatch migrate`"
        } catch {
            return "database unavailable: \(Database.describe(error))"
        }
    }
}
