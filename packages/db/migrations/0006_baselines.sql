-- chiproad storage, version 6: execution baselines. A baseline is a stored plan (a succeeded plan
-- job's result) saved under a name for its programme; forecasts are compared against it. The plan
-- itself stays in `plans` (append-only), so a baseline cannot change after it is saved.

CREATE TABLE plan_baselines (
  id text PRIMARY KEY,
  scenario_id text NOT NULL REFERENCES scenarios (id),
  name text NOT NULL,
  plan_id text NOT NULL REFERENCES plans (id),
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (scenario_id, name)
);
