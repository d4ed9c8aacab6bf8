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
        Migration0007EvaluationSchedule.migration,
        Migration0008CarrierAllowance.migration,
        Migration0009ZoneInference.migration,
        Migration0010AbandonedRuns.migration,
        Migration0011APIKeysAndRateWindows.migration,
        Migration0012OpsUsersAndSessions.migration,
        Migration0013Webhooks.migration,
        Migration0014FindingShipmentFacts.migration,
        Migration0015PrintedNumbers.migration,
        Migration0016WebhookAttempts.migration,
        Migration0017OpenCarrierDomain.migration,
    ]

    /// The newest schema version this build knows.
    public static var latestVersion: Int { migrations.last?.version ?? 0 }
}
