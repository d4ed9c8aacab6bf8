/// Migration 5: ops' own mapping of carrier codes onto milestones, over the built-in status tables.
enum Migration0005CarrierCodeOverrides {
    static let migration = Migration(version: 5, name: "carrier code overrides", sql: [
        """
        -- The primary key serves CarrierCodeOverrideRepository's lookups and deletes
        -- (WHERE carrier = $1 AND code = $2) and its list (ORDER BY carrier, code).
        CREATE TABLE carrier_code_overrides (
            carrier shipwatch_carrier NOT NULL,
            code text NOT NULL CHECK (code <> ''),
            milestone shipwatch_milestone NOT NULL,
            note text,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (carrier, code)
        )
        """,
    ])
}
