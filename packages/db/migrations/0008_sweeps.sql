-- chiproad storage, version 8: sweeps. A sweep is a grid of variants of one scenario version; each
-- variant is a job of kind 'sweep' (planned and risk-analysed by any worker), so the variants spread
-- over every worker process; the sweep's table is read from its jobs' stored results.
CREATE TABLE sweeps (
  id text PRIMARY KEY,
  scenario_id text NOT NULL REFERENCES scenarios (id),
  scenario_version integer NOT NULL,
  name text,
  dimensions jsonb NOT NULL,
  variants integer NOT NULL,
  params jsonb NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX sweeps_scenario_idx ON sweeps (scenario_id, created_at);
--> statement-breakpoint
ALTER TABLE jobs DROP CONSTRAINT jobs_kind_check;
--> statement-breakpoint
ALTER TABLE jobs ADD CONSTRAINT jobs_kind_check CHECK (kind IN ('plan', 'whatif', 'risk', 'sweep'));
--> statement-breakpoint
ALTER TABLE jobs ADD COLUMN sweep_id text REFERENCES sweeps (id);
--> statement-breakpoint
CREATE INDEX jobs_sweep_idx ON jobs (sweep_id);
