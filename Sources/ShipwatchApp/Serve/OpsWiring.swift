import CarrierCatalog
import CarrierHTTP
import ShipwatchAPI
import ShipwatchCore
import ShipwatchStore

/// The ops dashboard's PostgreSQL adapters for `serve`.
enum OpsWiring {
    /// `carriers`: the configured carrier limits the runs page shows (as `shipwatch quota` computes them).
    static func dependencies(database: Database, settings: ServeOpsSettings, carriers: CarrierSettingsByCarrier) -> OpsDependencies {
        var opsSettings = settings.opsSettings
        opsSettings.carrierLimits = carrierLimits(carriers)
        return OpsDependencies(
            users: PostgresOpsUsers(database: database), sessions: PostgresOpsSessions(database: database),
            reader: PostgresOpsDashboard(database: database, carriers: CarrierCatalog.roster.carriers), desk: PostgresOpsDecisionDesk(database: database),
            settings: opsSettings)
    }

    /// Every carrier's limits: its documented defaults under the configuration's overrides.
    static func carrierLimits(_ carriers: CarrierSettingsByCarrier) -> [Carrier: CallLimits] {
        Dictionary(uniqueKeysWithValues: CarrierCatalog.roster.carriers.map { carrier in
            (carrier, CarrierRegistry.limits(for: carrier, settings: carriers[carrier]).callLimits)
        })
    }
}
