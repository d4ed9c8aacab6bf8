/// Migration 16: one row per attempt of a webhook delivery (when, the receiver's status code, how long, the error,
/// and what followed), written in the transaction that records the attempt on its delivery.
///
/// Bounded: a delivery has at most `webhooks.max_attempts` rows (its attempt number is the primary key's second
/// half); a replay, which starts the delivery's attempts anew, deletes the earlier ones, and the rows go with
/// their delivery (endpoint removed, shipment deleted).
enum Migration0016WebhookAttempts {
    static let migration = Migration(version: 16, name: "webhook attempts", sql: [
        """
        CREATE TABLE webhook_attempts (
            delivery_id bigint NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
            -- The delivery's `attempts` when this attempt was claimed (1 for the first). A pass that dies mid-way
            -- leaves its attempt unrecorded, so numbers may skip.
            attempt integer NOT NULL CHECK (attempt > 0),
            attempted_at timestamptz NOT NULL,
            -- NULL when the receiver did not answer (timeout, refused connection, refused target).
            status_code integer,
            duration_ms integer NOT NULL CHECK (duration_ms >= 0),
            error text,
            outcome text NOT NULL CHECK (outcome IN ('delivered', 'retry', 'failed')),
            -- `shipwatch webhooks deliveries --attempts`: WHERE delivery_id = ANY($1) ORDER BY delivery_id, attempt;
            -- also the replay's DELETE … WHERE delivery_id = ANY($1) and the cascade from webhook_deliveries.
            CONSTRAINT webhook_attempts_pkey PRIMARY KEY (delivery_id, attempt)
        )
        """,
    ])
}
