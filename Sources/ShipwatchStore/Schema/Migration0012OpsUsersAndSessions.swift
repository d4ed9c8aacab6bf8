/// Migration 12: the ops dashboard's users (bcrypt hashes, roles, optional store limits) and their server-side
/// sessions. Login throttling counts in `rate_limit_windows` (migration 11), shared by every replica.
enum Migration0012OpsUsersAndSessions {
    static let migration = Migration(version: 12, name: "ops users and sessions", sql: [
        """
        CREATE TABLE ops_users (
            id bigserial PRIMARY KEY,
            -- Lower-cased; the UNIQUE index serves PostgresOpsUsers.user(email:) (WHERE email = $1), the
            -- INSERT … ON CONFLICT (email) DO NOTHING of create, and disable's WHERE email = $1.
            email text NOT NULL UNIQUE CHECK (email = lower(email) AND email LIKE '_%@_%'),
            -- bcrypt ($2a$/$2b$/$2y$ with its cost and salt); never the password.
            password_hash text NOT NULL CHECK (password_hash LIKE '$2%'),
            role text NOT NULL CHECK (role IN ('ops', 'admin')),
            -- The stores the user sees; empty: every store.
            stores text[] NOT NULL DEFAULT '{}',
            disabled_at timestamptz,
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        """
        -- The primary key serves PostgresOpsSessions.session(tokenHash:now:) and delete (WHERE token_sha256 = $1).
        CREATE TABLE ops_sessions (
            token_sha256 text PRIMARY KEY CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
            user_id bigint NOT NULL REFERENCES ops_users (id) ON DELETE CASCADE,
            csrf_token text NOT NULL CHECK (length(csrf_token) >= 32),
            created_at timestamptz NOT NULL DEFAULT now(),
            expires_at timestamptz NOT NULL
        )
        """,
        """
        -- PostgresOpsUsers.disable: DELETE FROM ops_sessions WHERE user_id = $1; also the cascade from ops_users.
        CREATE INDEX ops_sessions_user_idx ON ops_sessions (user_id)
        """,
        """
        -- PostgresOpsSessions.purge(before:): DELETE FROM ops_sessions WHERE expires_at < $1.
        CREATE INDEX ops_sessions_expiry_idx ON ops_sessions (expires_at)
        """,
        """
        -- The runs page's per-carrier activity, PostgresOpsDashboard.pollHealth:
        -- WHERE attempted_at >= $1 GROUP BY carrier (the last 24 hours of a ledger that only grows).
        CREATE INDEX poll_attempts_attempted_idx ON poll_attempts (attempted_at)
        """,
    ])
}
