/// Migration 11: API keys (storefront and ops scopes) and the fixed rate-limit windows every `serve` replica
/// shares.
enum Migration0011APIKeysAndRateWindows {
    static let migration = Migration(version: 11, name: "api keys and rate-limit windows", sql: [
        """
        CREATE TABLE api_keys (
            id bigserial PRIMARY KEY,
            -- The public part of the key text; its UNIQUE index serves APIKeyRepository.admit's
            -- WHERE key_id = $1 AND revoked_at IS NULL (one lookup per API request).
            key_id text NOT NULL UNIQUE CHECK (key_id ~ '^[0-9a-f]{16}$'),
            -- SHA-256 of the 256-bit secret part; the secret itself is never stored.
            secret_sha256 bytea NOT NULL CHECK (length(secret_sha256) = 32),
            store_key text REFERENCES stores (key) ON UPDATE CASCADE,
            name text NOT NULL CHECK (name <> ''),
            scope text NOT NULL CHECK (scope IN ('storefront', 'ops')),
            created_at timestamptz NOT NULL DEFAULT now(),
            revoked_at timestamptz,
            -- Only an ops key may span every store.
            CONSTRAINT api_keys_store_scoped CHECK (store_key IS NOT NULL OR scope = 'ops')
        )
        """,
        """
        -- `shipwatch keys list --store S`, APIKeyRepository.list(store:):
        -- WHERE store_key = $1 ORDER BY id DESC.
        CREATE INDEX api_keys_store_idx ON api_keys (store_key, id DESC)
        """,
        """
        -- One row per bucket (`key:<key_id>`, `ip:<address>`) and fixed window. The primary key is the upsert
        -- target of RateLimitRepository.hit and APIKeyRepository.admit:
        -- INSERT … ON CONFLICT (bucket, window_start) DO UPDATE SET hits = hits + 1.
        CREATE TABLE rate_limit_windows (
            bucket text NOT NULL CHECK (bucket <> ''),
            window_start timestamptz NOT NULL,
            hits integer NOT NULL CHECK (hits > 0),
            PRIMARY KEY (bucket, window_start)
        )
        """,
        """
        -- RateLimitRepository.purge(before:): DELETE … WHERE window_start < $1.
        CREATE INDEX rate_limit_windows_start_idx ON rate_limit_windows (window_start)
        """,
    ])
}
