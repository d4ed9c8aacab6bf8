/// Shipwatch's PostgreSQL schema, as an append-only list of migrations.
///
/// Never edit a released migration (its checksum is recorded in every database it ran on): append a new one.
/// Every index states, in a SQL comment, the query that uses it.
public enum ShipwatchSchema {
    public static let migrations: [Migration] = [
        Migration0001StoresAndShipments.migration,
        Migration0002ScanEvents.migration,
        Migration0003PollLedger.migration,
        Migration0004FindingsRemediesAudit.migration,
        Migration0005CarrierCodeOverrides.migration,
        Migration0006PollClaims.migration,
    ] + MigrationPlaceholders0007to0009.migrations + [
        Migration0010APIKeysAndRateWindows.migration,
    ]

    /// The newest schema version this build knows.
    public static var latestVersion: Int { migrations.last?.version ?? 0 }
}
