import ShipwatchApp
import ShipwatchStore

/// The three seed stores the data-set benchmarks use, each with the default policy (which comes from their
/// documents).
enum BenchStores {
    static var config: AppConfig {
        var config = AppConfig()
        config.stores = [
            "charms": StoreSettings(displayName: "Shoe charms"),
            "phonecases": StoreSettings(displayName: "Phone cases"),
            "jewelry": StoreSettings(displayName: "Jewelry"),
        ]
        return config
    }

    /// Wipes the benchmark database and registers the stores of `config`.
    static func resetDatabase(_ database: Database, config: AppConfig) async throws {
        try await BenchDatabase.reset(database)
        for (key, settings) in config.stores {
            try await StoreRepository(database: database).upsert(key: key, displayName: settings.displayName ?? key, policy: settings.policy)
        }
    }
}
