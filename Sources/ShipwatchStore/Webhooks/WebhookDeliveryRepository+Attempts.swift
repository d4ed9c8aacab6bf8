import Foundation
import PostgresNIO

extension WebhookDeliveryRepository {
    /// The recorded attempts of these deliveries, by delivery and in attempt order (the primary key's order).
    public func attempts(deliveryIDs: [Int64]) async throws -> [WebhookAttemptRecord] {
        guard !deliveryIDs.isEmpty else { return [] }
        return try await database.withConnection { connection in
            let rows = try await connection.query(
                """
                SELECT delivery_id, attempt, attempted_at, status_code, duration_ms, error, outcome
                FROM webhook_attempts
                WHERE delivery_id = ANY(\(deliveryIDs)::int8[])
                ORDER BY delivery_id, attempt
                """,
                logger: database.logger
            )
            var records: [WebhookAttemptRecord] = []
            for try await (delivery, attempt, at, code, duration, error, outcome)
                in rows.decode((Int64, Int32, Date, Int32?, Int32, String?, String).self) {
                records.append(WebhookAttemptRecord(
                    deliveryID: delivery, attempt: Int(attempt), attemptedAt: at, statusCode: code.map(Int.init),
                    durationMilliseconds: Int(duration), error: error, outcome: outcome))
            }
            return records
        }
    }
}
