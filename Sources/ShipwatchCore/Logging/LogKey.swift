/// Every structured-log metadata key Shipwatch writes, in one place, so log queries and dashboards can rely on
/// them. Dotted keys group one subsystem's figures (`ingest.inserted`); plain keys are shared across subsystems.
public enum LogKey {
    // Shared
    public static let carrier = "carrier"
    public static let status = "status"
    public static let error = "error"
    public static let detail = "detail"
    public static let reason = "reason"
    public static let attempt = "attempt"
    public static let durationMilliseconds = "duration_ms"
    public static let trackingNumber = "tracking_number"
    public static let shipmentID = "shipment_id"
    public static let store = "store"
    public static let code = "code"
    public static let description = "description"
    public static let milestone = "milestone"

    // Poll runs
    public static let runID = "run_id"
    public static let runOwner = "run_owner"
    public static let claimed = "claimed"
    public static let runsAbandoned = "runs.abandoned"
    public static let progressDone = "done"
    public static let progressTotal = "total"
    public static let progressPerCarrier = "per_carrier"
    public static let progressRate = "rate_per_s"
    public static let progressETA = "eta_s"

    // Carrier HTTP
    public static let batchSize = "batch_size"
    public static let retryAfter = "retry_after"
    public static let retryInMilliseconds = "retry_in_ms"
    public static let expiresIn = "expires_in"
    public static let carrierCode = "carrier.code"
    public static let numbers = "numbers"
    public static let batches = "batches"
    public static let failedBatches = "failed_batches"
    public static let httpCalls = "http_calls"
    public static let retries = "retries"

    // Ingest
    public static let ingestShipments = "ingest.shipments"
    public static let ingestInserted = "ingest.inserted"
    public static let ingestUpgraded = "ingest.upgraded"
    public static let ingestStatusChanges = "ingest.status_changes"
    public static let ingestRejected = "ingest.rejected"

    // Shipments and import
    public static let shipmentsRows = "shipments.rows"
    public static let shipmentsInserted = "shipments.inserted"
    public static let importFile = "file"
    public static let importRows = "rows"
    public static let importImported = "imported"
    public static let importAlreadyKnown = "already_known"
    public static let importRejected = "rejected"

    // Findings, remedies, reports
    public static let evaluationScope = "evaluation.scope"
    public static let evaluationScanned = "evaluation.scanned"
    public static let evaluationEvaluated = "evaluation.evaluated"
    public static let evaluationFiring = "evaluation.firing"
    public static let findingsShipments = "findings.shipments"
    public static let findingsFiring = "findings.firing"
    public static let findingsOpened = "findings.opened"
    public static let findingsEscalated = "findings.escalated"
    public static let findingsUpdated = "findings.updated"
    public static let findingsResolved = "findings.resolved"
    public static let remediesProposed = "remedies.proposed"
    public static let remediesWithdrawn = "remedies.withdrawn"
    public static let remedyID = "remedy.id"
    public static let remedyDecision = "remedy.decision"
    public static let remedyBy = "remedy.by"
    public static let reportStore = "report.store"
    public static let reportFindings = "report.findings"
    public static let reportRows = "report.rows"

    // Schema
    public static let migrationVersion = "migration.version"
    public static let migrationName = "migration.name"
}
