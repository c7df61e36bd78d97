-- chiproad storage, version 10: computed reports (capability gaps, partner fit), stored once per
-- input. The key names everything the answer depends on — scenario version, dataset versions,
-- weights and the fingerprint of the code that computed it — so a stored report is served only
-- for exactly that input, by any server process, after a restart too. Rows are derived data and
-- may be deleted at any time.
CREATE TABLE reports (
  key text PRIMARY KEY,
  scenario_id text NOT NULL REFERENCES scenarios (id),
  kind text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX reports_scenario_idx ON reports (scenario_id);
