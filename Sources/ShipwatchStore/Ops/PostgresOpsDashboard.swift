import Foundation
import Logging
import PostgresNIO
import ShipwatchCore

/// The ops dashboard's reads over PostgreSQL (``OpsDashboardReader``).
public struct PostgresOpsDashboard: OpsDashboardReader {
    public let database: Database
    /// The carriers whose call allowance and last day of polls the runs page shows, in this order.
    public let carriers: [Carrier]

    public init(database: Database, carriers: [Carrier]) {
        self.database = database
        self.carriers = carriers
    }

    public func findings(_ filter: OpsFindingFilter, now: Date) async throws -> OpsFindingPage {
        try await PostgresOpsFindings(database: database).page(filter, now: now)
    }

    public func overview(scope: OpsStoreScope, now: Date) async throws -> OpsOverview {
        let stores = scope.sortedStores
        let since = now.addingTimeInterval(-30 * 86_400)
        let stallRules = Set(OpsOverview.stallRules.map(\.rawValue))
        // Open findings of the visible stores, from the findings alone (migration 14 copies the shipment's store,
        // carrier, stage and last scan onto each finding): index-only scans of findings_open_facets_idx.
        let openScope = "f.state = 'open' AND ($1::text[] IS NULL OR f.store_key = ANY($1::text[]))"
        // The figures are independent: each runs on its own pooled connection, at the same time. Severity, rule
        // and stalls per carrier come from one pass (a few dozen groups), summed here.
        async let facets = openFacets(scope: openScope, stores: stores)
        async let delayed = counts(
            """
            SELECT d.carrier::text, count(*)::bigint FROM (SELECT DISTINCT f.carrier, f.shipment_id FROM findings f WHERE \(openScope)) d
            GROUP BY 1 ORDER BY 2 DESC, 1
            """,
            stores: stores)
        async let waiting = remediesWaiting(stores: stores)
        async let perDay = openedPerDay(stores: stores, since: since)
        async let silent = daysSilent(stores: stores, now: now)
        async let oldest = oldestStall(scope: scope, now: now)
        let open = try await facets
        return OpsOverview(
            openBySeverity: OpenFindingFacet.sum(open, by: \.severity).sorted { $0.label < $1.label },
            openByRule: OpenFindingFacet.sum(open, by: \.rule).sorted(by: OpenFindingFacet.largestFirst),
            remediesWaiting: try await waiting,
            stallsByCarrier: OpenFindingFacet.sum(open.filter { stallRules.contains($0.rule) }, by: \.carrier)
                .sorted(by: OpenFindingFacet.largestFirst),
            delayedByCarrier: try await delayed, oldestStall: try await oldest,
            openedPerDay: try await perDay, daysSilent: try await silent)
    }

    /// Open findings counted by carrier, severity and rule (findings_open_facets_idx, index only).
    private func openFacets(scope: String, stores: [String]?) async throws -> [OpenFindingFacet] {
        var bindings = PostgresBindings()
        if let stores { bindings.append(stores) } else { bindings.appendNull() }
        let query = PostgresQuery(
            unsafeSQL: "SELECT f.carrier::text, f.severity, f.rule, count(*)::bigint FROM findings f WHERE \(scope) GROUP BY 1, 2, 3",
            binds: bindings)
        return try await database.withConnection { connection in
            var facets: [OpenFindingFacet] = []
            for try await (carrier, severity, rule, count) in try await connection.query(query, logger: database.logger)
                .decode((String, String, String, Int64).self) {
                facets.append(OpenFindingFacet(carrier: carrier, severity: severity, rule: rule, count: Int(count)))
            }
            return facets
        }
    }

    /// The approval queue's length (remedies_proposed_queue_idx holds only proposed rows); a finding's store is
    /// looked up only when the user sees some stores.
    private func remediesWaiting(stores: [String]?) async throws -> Int {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT count(*)::bigint FROM remedies r
                WHERE r.status = 'proposed'
                  AND (\(stores)::text[] IS NULL
                       OR EXISTS (SELECT 1 FROM findings f WHERE f.id = r.finding_id AND f.store_key = ANY(\(stores)::text[])))
                """,
                logger: database.logger
            ).collect()
            return Int(try rows.first?.decode(Int64.self) ?? 0)
        }
    }

    /// Findings opened per UTC day and rule since `since`, in any state (findings_opened_idx, index only).
    private func openedPerDay(stores: [String]?, since: Date) async throws -> [OpsDailyCount] {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT ((f.opened_at AT TIME ZONE 'UTC')::date - DATE '1970-01-01')::integer, f.rule, count(*)::bigint
                FROM findings f
                WHERE f.opened_at >= \(since) AND (\(stores)::text[] IS NULL OR f.store_key = ANY(\(stores)::text[]))
                GROUP BY 1, 2 ORDER BY 1, 2
                """,
                logger: database.logger
            )
            var perDay: [OpsDailyCount] = []
            for try await (day, rule, count) in rows.decode((Int32, String, Int64).self) {
                perDay.append(OpsDailyCount(day: CalendarDate(daysSinceEpoch: Int(day)), rule: rule, count: Int(count)))
            }
            return perDay
        }
    }

    /// Open findings by whole days since their shipment's last scan (findings_open_facets_idx, index only).
    private func daysSilent(stores: [String]?, now: Date) async throws -> [OpsSilenceCount] {
        try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT floor(date_part('epoch', \(now)::timestamptz - f.shipment_last_event_at) / 86400)::integer AS days,
                       count(*)::bigint
                FROM findings f
                WHERE f.state = 'open' AND (\(stores)::text[] IS NULL OR f.store_key = ANY(\(stores)::text[]))
                GROUP BY 1 ORDER BY 1 NULLS LAST
                """,
                logger: database.logger
            )
            var silent: [OpsSilenceCount] = []
            for try await (days, count) in rows.decode((Int32?, Int64).self) {
                silent.append(OpsSilenceCount(days: days.map { max(0, Int($0)) }, count: Int(count)))
            }
            return silent
        }
    }

    /// The open stall with the oldest last scan: one keyset probe per stall rule, at the same time.
    private func oldestStall(scope: OpsStoreScope, now: Date) async throws -> OpsFindingRow? {
        let candidates = try await withThrowingTaskGroup(of: OpsFindingRow?.self) { group in
            for rule in OpsOverview.stallRules {
                group.addTask {
                    try await findings(OpsFindingFilter(scope: scope, rule: rule, sort: .longestSilence, limit: 1), now: now).rows.first
                }
            }
            var rows: [OpsFindingRow] = []
            for try await row in group {
                if let row, row.lastEventAt != nil { rows.append(row) }
            }
            return rows
        }
        return candidates.min { ($0.lastEventAt ?? now, $0.findingID) < ($1.lastEventAt ?? now, $1.findingID) }
    }

    /// Runs a `label, count` query whose `$1` is the visible stores.
    private func counts(_ sql: String, stores: [String]?) async throws -> [OpsCount] {
        var bindings = PostgresBindings()
        if let stores { bindings.append(stores) } else { bindings.appendNull() }
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
                id: finding.id, rule: finding.rule, severity: finding.severity, state: finding.state.rawValue, stage: finding.stage,
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

    public func pollHealth(scope: OpsStoreScope, now: Date) async throws -> OpsPollHealth {
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
        var health: [OpsCarrierHealth] = []
        for carrier in carriers {
            let state = try await allowance.state(of: carrier, now: now)
            let (attempts, errors) = activity[carrier.rawValue] ?? (0, 0)
            let banned = state.bannedUntil.flatMap { $0 > now ? $0 : nil }
            health.append(OpsCarrierHealth(
                carrier: carrier, attempts24h: attempts, errors24h: errors, callsThisHour: state.hourUsed,
                callsToday: state.dayUsed, bannedUntil: banned, banReason: banned == nil ? nil : state.banReason))
        }
        let codes = try await CarrierCodeOverrideRepository(database: database).unmappedCodes(limit: 50).map { code in
            OpsUnmappedCode(
                carrier: code.carrier, code: code.code, sampleDescription: code.sampleDescription, occurrences: code.occurrences,
                shipments: code.shipments, lastSeenAt: code.lastSeenAt)
        }
        let endpoints = try await PostgresOpsWebhookHealth(database: database).endpoints(scope: scope, since: since)
        return OpsPollHealth(runs: runs, carriers: health, unmappedCodes: codes, webhookEndpoints: endpoints)
    }
}
