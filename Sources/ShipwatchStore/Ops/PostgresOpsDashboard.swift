import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// The ops dashboard's reads over PostgreSQL (``OpsDashboardReader``).
public struct PostgresOpsDashboard: OpsDashboardReader {
    public let database: Database

    public init(database: Database) {
        self.database = database
    }

    public func findings(_ filter: OpsFindingFilter, now: Date) async throws -> OpsFindingPage {
        try await PostgresOpsFindings(database: database).page(filter, now: now)
    }

    public func overview(scope: OpsStoreScope, now: Date) async throws -> OpsOverview {
        let stores = scope.sortedStores
        let since = now.addingTimeInterval(-30 * 86_400)
        let stallRules = OpsOverview.stallRules
        // Open findings of the visible stores (the partial index findings_open_report_idx holds only open rows).
        let openScope = "f.state = 'open' AND ($1::text[] IS NULL OR s.store_key = ANY($1::text[]))"
        // The figures are independent: each runs on its own pooled connection, at the same time.
        async let bySeverity = counts(
            "SELECT f.severity, count(*)::bigint FROM findings f JOIN shipments s ON s.id = f.shipment_id WHERE \(openScope) GROUP BY 1 ORDER BY 1",
            stores: stores)
        async let byRule = counts(
            "SELECT f.rule, count(*)::bigint FROM findings f JOIN shipments s ON s.id = f.shipment_id WHERE \(openScope) GROUP BY 1 ORDER BY 2 DESC, 1",
            stores: stores)
        async let stalls = counts(
            """
            SELECT s.carrier::text, count(*)::bigint FROM findings f JOIN shipments s ON s.id = f.shipment_id
            WHERE \(openScope) AND f.rule = ANY($2::text[]) GROUP BY 1 ORDER BY 2 DESC, 1
            """,
            stores: stores, extra: stallRules)
        async let delayed = counts(
            """
            SELECT s.carrier::text, count(DISTINCT s.id)::bigint FROM findings f JOIN shipments s ON s.id = f.shipment_id
            WHERE \(openScope) GROUP BY 1 ORDER BY 2 DESC, 1
            """,
            stores: stores)
        async let queue = queueAndHistory(stores: stores, since: since, now: now)
        async let oldest = oldestStall(scope: scope, now: now)
        let (waiting, perDay, silent) = try await queue
        return OpsOverview(
            openBySeverity: try await bySeverity, openByRule: try await byRule, remediesWaiting: waiting,
            stallsByCarrier: try await stalls, delayedByCarrier: try await delayed, oldestStall: try await oldest,
            openedPerDay: perDay, daysSilent: silent)
    }

    /// The approval queue's length, findings opened per day and rule since `since`, open findings by days silent.
    private func queueAndHistory(stores: [String]?, since: Date, now: Date) async throws -> (Int, [OpsDailyCount], [OpsSilenceCount]) {
        let logger = database.logger
        return try await database.withConnection { connection in
            // The approval queue (remedies_proposed_queue_idx holds only proposed rows).
            let waitingRows = try await connection.query(
                """
                SELECT count(*)::bigint FROM remedies r JOIN findings f ON f.id = r.finding_id JOIN shipments s ON s.id = f.shipment_id
                WHERE r.status = 'proposed' AND (\(stores)::text[] IS NULL OR s.store_key = ANY(\(stores)::text[]))
                """,
                logger: logger
            ).collect()
            let waiting = Int(try waitingRows.first?.decode(Int64.self) ?? 0)
            let dayRows = try await connection.query(
                """
                SELECT ((f.opened_at AT TIME ZONE 'UTC')::date - DATE '1970-01-01')::integer, f.rule, count(*)::bigint
                FROM findings f JOIN shipments s ON s.id = f.shipment_id
                WHERE f.opened_at >= \(since) AND (\(stores)::text[] IS NULL OR s.store_key = ANY(\(stores)::text[]))
                GROUP BY 1, 2 ORDER BY 1, 2
                """,
                logger: logger
            )
            var perDay: [OpsDailyCount] = []
            for try await (day, rule, count) in dayRows.decode((Int32, String, Int64).self) {
                perDay.append(OpsDailyCount(day: CalendarDate(daysSinceEpoch: Int(day)), rule: rule, count: Int(count)))
            }
            let silentRows = try await connection.query(
                """
                SELECT floor(extract(epoch FROM (\(now)::timestamptz - s.last_event_at)) / 86400)::integer AS days, count(*)::bigint
                FROM findings f JOIN shipments s ON s.id = f.shipment_id
                WHERE f.state = 'open' AND (\(stores)::text[] IS NULL OR s.store_key = ANY(\(stores)::text[]))
                GROUP BY 1 ORDER BY 1 NULLS LAST
                """,
                logger: logger
            )
            var silent: [OpsSilenceCount] = []
            for try await (days, count) in silentRows.decode((Int32?, Int64).self) {
                silent.append(OpsSilenceCount(days: days.map { max(0, Int($0)) }, count: Int(count)))
            }
            return (waiting, perDay, silent)
        }
    }

    /// The open stall with the oldest last scan (one keyset probe per stall rule).
    private func oldestStall(scope: OpsStoreScope, now: Date) async throws -> OpsFindingRow? {
        var oldest: OpsFindingRow?
        for rule in OpsOverview.stallRules {
            let page = try await findings(OpsFindingFilter(scope: scope, rule: rule, sort: .longestSilence, limit: 1), now: now)
            if let row = page.rows.first, row.lastEventAt != nil,
               oldest == nil || (row.lastEventAt ?? now) < (oldest?.lastEventAt ?? now) {
                oldest = row
            }
        }
        return oldest
    }

    /// Runs a `label, count` query whose `$1` is the visible stores (and `$2` `extra`, when given).
    private func counts(_ sql: String, stores: [String]?, extra: [String]? = nil) async throws -> [OpsCount] {
        var bindings = PostgresBindings()
        if let stores { bindings.append(stores) } else { bindings.appendNull() }
        if let extra { bindings.append(extra) }
        let query = PostgresQuery(unsafeSQL: sql, binds: bindings)
        return try await database.withConnection { connection in
            var counts: [OpsCount] = []
            let rows = try await connection.query(query, logger: database.logger)
            for try await (label, count) in rows.decode((String, Int64).self) {
                counts.append(OpsCount(label: label, count: Int(count)))
            }
            return counts
        }
    }

    public func shipment(id: Int64, scope: OpsStoreScope) async throws -> OpsShipmentDetail? {
        let shipments = ShipmentRepository(database: database)
        guard let shipment = try await shipments.find(id: id), scope.allows(shipment.store) else { return nil }
        let events = try await shipments.events(shipmentID: id)
        let findings = try await FindingRepository(database: database).findings(shipmentID: id).map { finding in
            OpsFindingDetail(
                id: finding.id, rule: finding.rule.rawValue, severity: finding.severity.rawValue, state: finding.state.rawValue, stage: finding.stage,
                stageSince: finding.stageSince, openedAt: finding.openedAt, resolvedAt: finding.resolvedAt,
                evidenceJSON: finding.evidenceJSON)
        }
        let remedies = try await PostgresOpsDecisionDesk(database: database).remedies(shipmentID: id)
        let audit = try await auditEntries(findingIDs: findings.map { String($0.id) }, remedyIDs: remedies.map { String($0.id) })
        return OpsShipmentDetail(shipment: shipment, events: Array(events.reversed()), findings: findings, remedies: remedies, audit: audit)
    }

    /// The audit history of these findings and remedies, oldest first (two probes of `audit_log_entity_idx`).
    private func auditEntries(findingIDs: [String], remedyIDs: [String]) async throws -> [OpsAuditEntry] {
        guard !findingIDs.isEmpty || !remedyIDs.isEmpty else { return [] }
        return try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT at, actor, entity, entity_id, action, detail::text FROM audit_log
                WHERE (entity = 'finding' AND entity_id = ANY(\(findingIDs)::text[]))
                   OR (entity = 'remedy' AND entity_id = ANY(\(remedyIDs)::text[]))
                ORDER BY at, id
                """,
                logger: database.logger
            )
            var entries: [OpsAuditEntry] = []
            for try await (at, actor, entity, entityID, action, detail) in rows.decode((Date, String, String, String, String, String).self) {
                entries.append(OpsAuditEntry(at: at, actor: actor, entity: entity, entityID: entityID, action: action, detailJSON: detail))
            }
            return entries
        }
    }

    public func pollHealth(now: Date) async throws -> OpsPollHealth {
        let runs = try await PollRunRepository(database: database).recent(limit: 25).map { run in
            OpsPollRun(
                id: run.id, startedAt: run.startedAt, finishedAt: run.finishedAt, status: run.status, owner: run.owner,
                host: run.host, callsUsedJSON: run.callsUsedJSON, error: run.error)
        }
        let since = now.addingTimeInterval(-86_400)
        let activity: [String: (Int, Int)] = try await database.withConnection { connection in
            // poll_attempts_attempted_idx: the last day of attempts only.
            let rows = try await connection.query(
                """
                SELECT carrier::text, count(*)::bigint, count(*) FILTER (WHERE error IS NOT NULL)::bigint
                FROM poll_attempts WHERE attempted_at >= \(since) GROUP BY 1
                """,
                logger: database.logger
            )
            var activity: [String: (Int, Int)] = [:]
            for try await (carrier, attempts, errors) in rows.decode((String, Int64, Int64).self) {
                activity[carrier] = (Int(attempts), Int(errors))
            }
            return activity
        }
        let allowance = PostgresCarrierAllowance(database: database)
        var carriers: [OpsCarrierHealth] = []
        for carrier in Carrier.allCases {
            let state = try await allowance.state(of: carrier, now: now)
            let (attempts, errors) = activity[carrier.rawValue] ?? (0, 0)
            let banned = state.bannedUntil.flatMap { $0 > now ? $0 : nil }
            carriers.append(OpsCarrierHealth(
                carrier: carrier, attempts24h: attempts, errors24h: errors, callsThisHour: state.hourUsed,
                callsToday: state.dayUsed, bannedUntil: banned, banReason: banned == nil ? nil : state.banReason))
        }
        let codes = try await CarrierCodeOverrideRepository(database: database).unmappedCodes(limit: 50).map { code in
            OpsUnmappedCode(
                carrier: code.carrier, code: code.code, sampleDescription: code.sampleDescription, occurrences: code.occurrences,
                shipments: code.shipments, lastSeenAt: code.lastSeenAt)
        }
        return OpsPollHealth(runs: runs, carriers: carriers, unmappedCodes: codes)
    }
}
