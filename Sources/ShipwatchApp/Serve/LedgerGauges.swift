import Foundation
import Logging
import Metrics
import ShipwatchStore

/// Gauges read from the database at each scrape: shipments due for polling and shipments in all, so a
/// Prometheus alert can see a poller that fell behind without the poller exporting anything itself.
struct LedgerGauges: Sendable {
    let database: Database
    let due = Gauge(label: "shipwatch_shipments_due", dimensions: [])
    let total = Gauge(label: "shipwatch_shipments", dimensions: [])

    func refresh() async {
        let repository = ShipmentRepository(database: database)
        do {
            due.record(try await repository.dueCount(asOf: Date()))
            total.record(try await repository.count())
        } catch {
            database.logger.warning("metrics: the ledger could not be read", metadata: ["error": "\(Database.describe(error))"])
        }
    }
}
