import Foundation
import PostgresNIO
import ShipwatchCore

/// The runs page's webhook section: each endpoint of the visible stores with its deliveries of the last 24 hours,
/// counted in SQL. Reads no secret, payload or customer data.
struct PostgresOpsWebhookHealth {
    let database: Database

    /// Endpoints of `scope`'s stores by store and id. A delivery counts when it was created or last attempted at or
    /// after `since`, under its status now (`pending` covers both not yet tried and waiting for a retry).
    ///
    /// The endpoints are a handful of rows (sequential scan). Both lateral subqueries filter each endpoint's
    /// deliveries on the same `coalesce(last_attempt_at, created_at) >= since` (for the last attempt this is the
    /// same as `last_attempt_at >= since`), a range of webhook_deliveries_endpoint_recent_idx (migration 14), so
    /// the cost follows the last day's deliveries, not the endpoint's whole history.
    func endpoints(scope: OpsStoreScope, since: Date) async throws -> [OpsWebhookEndpointHealth] {
        let stores = scope.sortedStores
        return try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT ep.id, ep.store_key, ep.url, ep.event_types, ep.enabled, ep.disabled_reason, ep.disabled_at,
                       ep.consecutive_failures::bigint,
                       counts.delivered, counts.pending, counts.failed,
                       last.last_attempt_at, last.last_status_code, last.last_error
                FROM webhook_endpoints ep
                CROSS JOIN LATERAL (
                    SELECT count(*) FILTER (WHERE d.status = 'delivered')::bigint AS delivered,
                           count(*) FILTER (WHERE d.status = 'pending')::bigint AS pending,
                           count(*) FILTER (WHERE d.status = 'failed')::bigint AS failed
                    FROM webhook_deliveries d
                    WHERE d.endpoint_id = ep.id AND coalesce(d.last_attempt_at, d.created_at) >= \(since)
                ) counts
                LEFT JOIN LATERAL (
                    SELECT d.last_attempt_at, d.last_status_code, d.last_error
                    FROM webhook_deliveries d
                    WHERE d.endpoint_id = ep.id AND coalesce(d.last_attempt_at, d.created_at) >= \(since)
                      AND d.last_attempt_at IS NOT NULL
                    ORDER BY d.last_attempt_at DESC, d.id DESC
                    LIMIT 1
                ) last ON true
                WHERE \(stores)::text[] IS NULL OR ep.store_key = ANY(\(stores)::text[])
                ORDER BY ep.store_key, ep.id
                """,
                logger: database.logger
            )
            var endpoints: [OpsWebhookEndpointHealth] = []
            for try await row in rows {
                let columns = try row.decode(
                    (Int64, String, String, [String]?, Bool, String?, Date?, Int64, Int64, Int64, Int64, Date?, Int32?, String?).self)
                let attempt = columns.11.map { at in
                    OpsWebhookEndpointHealth.Attempt(at: at, statusCode: columns.12.map(Int.init), error: columns.13)
                }
                endpoints.append(OpsWebhookEndpointHealth(
                    id: columns.0, store: columns.1, url: columns.2, eventTypes: columns.3, enabled: columns.4,
                    disabledReason: columns.5, disabledAt: columns.6, consecutiveFailures: Int(columns.7),
                    delivered24h: Int(columns.8), pending24h: Int(columns.9), failed24h: Int(columns.10), lastAttempt: attempt))
            }
            return endpoints
        }
    }
}
