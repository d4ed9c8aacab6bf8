// TEMPORARY (branch wt/serve only): versions 7, 8 and 9 belong to the poller branches (sweep, quota, robust),
// which were not merged when migration 10 was written; the migrator requires versions 1, 2, 3… without gaps.
// At merge, delete this file and its three lines in ShipwatchSchema.migrations in favour of the real ones.
enum MigrationPlaceholders0007to0009 {
    static let migrations = [7, 8, 9].map { version in
        Migration(version: version, name: "placeholder \(version)", sql: ["SELECT 1"])
    }
}
