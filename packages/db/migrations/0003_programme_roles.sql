-- chiproad storage, version 3: per-programme (scenario) roles.
-- A member's role on a programme replaces their global role for that programme's scenario-scoped
-- operations; it is one of the programme roles only (viewer, analyst, manager): compliance and admin
-- powers over datasets and users stay global. History of changes is in the audit log.

CREATE TABLE programme_members (
  scenario_id text NOT NULL REFERENCES scenarios (id),
  user_id text NOT NULL REFERENCES users (id),
  role text NOT NULL CHECK (role IN ('viewer', 'analyst', 'manager')),
  granted_by text NOT NULL,
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scenario_id, user_id)
);
--> statement-breakpoint
CREATE INDEX programme_members_user_idx ON programme_members (user_id);
--> statement-breakpoint
-- A programme listed here is restricted: only its members (and admins) see it; others get 404.
CREATE TABLE programme_restrictions (
  scenario_id text PRIMARY KEY REFERENCES scenarios (id),
  restricted_by text NOT NULL,
  restricted_at timestamptz NOT NULL DEFAULT now()
);
