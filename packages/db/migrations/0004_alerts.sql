-- chiproad storage, version 4: sanctions monitoring. Each time an entity-list version becomes current
-- (import or rollback) every known counterparty is screened against the version screened before and
-- the new one; one `screening_runs` row records that comparison and `alerts` hold its differences.
-- A run and its alerts are written in one transaction: a re-screening interrupted midway leaves
-- nothing, and the next start-up re-screens the same versions again.

CREATE TABLE screening_runs (
  id text PRIMARY KEY,
  dataset_id text NOT NULL,
  -- NULL: the shipped sample lists (no version imported before).
  from_version integer,
  to_version integer NOT NULL,
  party_count integer NOT NULL,
  alert_count integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX screening_runs_dataset_idx ON screening_runs (dataset_id, created_at);
--> statement-breakpoint
CREATE TABLE alerts (
  id text PRIMARY KEY,
  run_id text NOT NULL REFERENCES screening_runs (id),
  kind text NOT NULL CHECK (kind IN ('added', 'removed', 'changed')),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged')),
  -- Where the party comes from ('scenario', 'screened', later 'agreement') and its id there.
  party_source text NOT NULL,
  party_id text NOT NULL,
  party_name text NOT NULL,
  -- partner / domestic for a scenario's firms; NULL for a screened name.
  party_role text,
  -- The programme (scenario) the party belongs to; NULL for names screened on their own.
  scenario_id text,
  list text NOT NULL,
  entity_id text NOT NULL,
  entity_name text NOT NULL,
  matched_name text NOT NULL,
  publication_date text,
  -- Stored dataset versions compared (old NULL = shipped samples) and the releases the list named.
  old_dataset_version integer,
  new_dataset_version integer NOT NULL,
  old_list_version text,
  new_list_version text,
  old_score double precision,
  new_score double precision,
  -- The threshold the party was screened at (the scenario's sanctions threshold, else the default).
  threshold double precision NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  acknowledged_by text,
  acknowledged_at timestamptz,
  note text
);
--> statement-breakpoint
CREATE INDEX alerts_scenario_idx ON alerts (scenario_id, status, created_at);
--> statement-breakpoint
CREATE INDEX alerts_status_idx ON alerts (status, created_at);
