-- chiproad storage, version 2: local accounts, server-side sessions, API tokens, idempotency keys.
-- Secrets are never stored: sessions and tokens are kept as SHA-256 digests, passwords as argon2id hashes.

CREATE TABLE users (
  id text PRIMARY KEY,
  username text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('viewer', 'analyst', 'manager', 'compliance', 'admin')),
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE sessions (
  id_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
--> statement-breakpoint
CREATE INDEX sessions_user_idx ON sessions (user_id);
--> statement-breakpoint
CREATE TABLE api_tokens (
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id),
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('viewer', 'analyst', 'manager', 'compliance', 'admin')),
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  last_used_at timestamptz
);
--> statement-breakpoint
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);
--> statement-breakpoint
-- One row per (user, Idempotency-Key): status NULL while the first request is still running.
CREATE TABLE idempotency_keys (
  user_id text NOT NULL,
  key text NOT NULL,
  request_hash text NOT NULL,
  status integer,
  response jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);
--> statement-breakpoint
-- A dataset version, once imported, is history: its rows are never rewritten or removed.
CREATE TRIGGER dataset_rows_append_only BEFORE UPDATE OR DELETE ON dataset_rows
  FOR EACH ROW EXECUTE FUNCTION chiproad_reject_change();
--> statement-breakpoint
CREATE TRIGGER dataset_rows_no_truncate BEFORE TRUNCATE ON dataset_rows
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_reject_change();
--> statement-breakpoint
CREATE TRIGGER scenario_versions_no_truncate BEFORE TRUNCATE ON scenario_versions
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_reject_change();
