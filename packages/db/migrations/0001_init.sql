-- chiproad storage, version 1. Applied identically to embedded PGlite and PostgreSQL by src/migrate.ts.
-- Statements are separated by drizzle-kit's statement-breakpoint marker lines.

CREATE TABLE scenarios (
  id text PRIMARY KEY,
  name text NOT NULL,
  country text,
  current_version integer NOT NULL CHECK (current_version >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
-- Every save is a new row; rows are never updated or deleted (trigger below).
CREATE TABLE scenario_versions (
  scenario_id text NOT NULL REFERENCES scenarios (id),
  version integer NOT NULL CHECK (version >= 1),
  name text NOT NULL,
  content text NOT NULL,
  format text NOT NULL CHECK (format IN ('yaml', 'json')),
  parsed jsonb NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scenario_id, version)
);
--> statement-breakpoint
CREATE TABLE jobs (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('plan', 'whatif', 'risk')),
  status text NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
  scenario_id text NOT NULL REFERENCES scenarios (id),
  scenario_version integer NOT NULL,
  params jsonb NOT NULL,
  progress double precision NOT NULL DEFAULT 0,
  message text,
  error jsonb,
  attempts integer NOT NULL DEFAULT 0,
  lease_owner text,
  lease_expires_at timestamptz,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
--> statement-breakpoint
CREATE INDEX jobs_queue_idx ON jobs (status, created_at);
--> statement-breakpoint
CREATE INDEX jobs_scenario_idx ON jobs (scenario_id, created_at);
--> statement-breakpoint
-- Results of plan, what-if and risk jobs. One row per job at most: the unique job_id backs up the
-- status check that JobRepository.complete() performs in the same transaction.
CREATE TABLE plans (
  id text PRIMARY KEY,
  job_id text NOT NULL UNIQUE REFERENCES jobs (id),
  scenario_id text NOT NULL REFERENCES scenarios (id),
  scenario_version integer NOT NULL,
  kind text NOT NULL,
  status text,
  result jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX plans_scenario_idx ON plans (scenario_id, kind, created_at);
--> statement-breakpoint
CREATE TABLE datasets (
  id text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('trade', 'entities')),
  current_version integer,
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE dataset_versions (
  dataset_id text NOT NULL REFERENCES datasets (id),
  version integer NOT NULL CHECK (version >= 1),
  source text NOT NULL,
  filename text,
  row_count integer NOT NULL,
  meta jsonb NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (dataset_id, version)
);
--> statement-breakpoint
-- Rows of one dataset version (a trade flow or an entity), kept as the data layer's JSON shape.
CREATE TABLE dataset_rows (
  dataset_id text NOT NULL,
  version integer NOT NULL,
  seq integer NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (dataset_id, version, seq),
  FOREIGN KEY (dataset_id, version) REFERENCES dataset_versions (dataset_id, version)
);
--> statement-breakpoint
CREATE TABLE screening_results (
  id text PRIMARY KEY,
  query jsonb NOT NULL,
  matches jsonb NOT NULL,
  match_count integer NOT NULL,
  entities_version integer,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  role text NOT NULL,
  action text NOT NULL,
  target_type text NOT NULL,
  target_id text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}'::jsonb
);
--> statement-breakpoint
-- Append-only tables: history must not be rewritten, so UPDATE and DELETE raise an error.
CREATE FUNCTION chiproad_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'chiproad: % on % is not allowed: the table is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION chiproad_reject_change();
--> statement-breakpoint
CREATE TRIGGER scenario_versions_append_only BEFORE UPDATE OR DELETE ON scenario_versions
  FOR EACH ROW EXECUTE FUNCTION chiproad_reject_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION chiproad_reject_change();
