import Foundation
import ShipwatchCore
import ShipwatchStore

/// Writes the configured stores and their policies into the `stores` table.
struct StoreSynchronizer: Sendable {
    var config: AppConfig

    func synchronize(database: Database) async throws {
        let repository = StoreRepository(database: database)
        for key in config.stores.keys.sorted() {
            guard let settings = config.stores[key] else { continue }
            try await repository.upsert(key: key, displayName: settings.displayName ?? key, policy: settings.policy)
        }
        try await WebhookEndpointRepository(database: database).setCustomerEmailOptIn(
            stores: config.stores.keys.sorted(),
            optedIn: Set(config.webhooks.stores.filter(\.value.includeCustomerEmail).keys))
    }
}
