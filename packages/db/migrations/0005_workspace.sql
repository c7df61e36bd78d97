-- chiproad storage, version 5: the programme workspace (issue 13) — the agreements register and
-- working groups of a programme (scenario). Parties and obligations are edited with their agreement
-- as one document (jsonb); status changes are appended, never rewritten; screening flags are the
-- result of screening the parties when the agreement was last saved (re-screening on a new list
-- version raises alerts, see 0004); documents are stored in the database with their SHA-256.

CREATE TABLE agreements (
  id text PRIMARY KEY,
  scenario_id text NOT NULL REFERENCES scenarios (id),
  kind text NOT NULL CHECK (kind IN ('cooperation', 'mou', 'joint-venture', 'licence', 'supply')),
  title text NOT NULL,
  status text NOT NULL CHECK (status IN ('draft', 'negotiating', 'signed', 'in-force', 'expired', 'terminated')),
  -- [{ id, name, country, origin: domestic|foreign, kind: firm|organisation, aliases? }]
  parties jsonb NOT NULL,
  -- [{ id, party, description, activityIds[], due? }]
  obligations jsonb NOT NULL,
  notes text,
  -- Where the facts come from (a facts sheet's source ids, outlets and dates).
  sources jsonb NOT NULL DEFAULT '[]',
  -- Optimistic concurrency: a save names the version it edits.
  version integer NOT NULL DEFAULT 1,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX agreements_scenario_idx ON agreements (scenario_id, created_at);
--> statement-breakpoint
CREATE TABLE agreement_status_changes (
  agreement_id text NOT NULL REFERENCES agreements (id),
  seq integer NOT NULL,
  -- NULL: the agreement was created (as a draft).
  from_status text,
  to_status text NOT NULL,
  -- The date the change took effect (YYYY-MM-DD), as the parties record it.
  effective_on text NOT NULL,
  note text,
  changed_by text NOT NULL,
  changed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (agreement_id, seq)
);
--> statement-breakpoint
CREATE TRIGGER agreement_status_changes_append_only BEFORE UPDATE OR DELETE ON agreement_status_changes
  FOR EACH ROW EXECUTE FUNCTION chiproad_reject_change();
--> statement-breakpoint
CREATE TABLE agreement_flags (
  agreement_id text NOT NULL REFERENCES agreements (id),
  party_id text NOT NULL,
  party_name text NOT NULL,
  list text NOT NULL,
  -- The list's own release and the stored entity-list version (NULL: the shipped samples).
  list_version text NOT NULL,
  dataset_version integer,
  entity_id text NOT NULL,
  entity_name text NOT NULL,
  matched_name text NOT NULL,
  score double precision NOT NULL,
  threshold double precision NOT NULL,
  screened_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (agreement_id, party_id, list, entity_id)
);
--> statement-breakpoint
CREATE TABLE agreement_documents (
  id text PRIMARY KEY,
  agreement_id text NOT NULL REFERENCES agreements (id),
  filename text NOT NULL,
  content_type text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_by text NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX agreement_documents_agreement_idx ON agreement_documents (agreement_id, uploaded_at);
--> statement-breakpoint
CREATE TABLE working_groups (
  id text PRIMARY KEY,
  scenario_id text NOT NULL REFERENCES scenarios (id),
  name text NOT NULL,
  mandate text,
  -- [{ name, organisation, role }]
  members jsonb NOT NULL,
  sources jsonb NOT NULL DEFAULT '[]',
  version integer NOT NULL DEFAULT 1,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX working_groups_scenario_idx ON working_groups (scenario_id, created_at);
--> statement-breakpoint
CREATE TABLE working_group_meetings (
  id text PRIMARY KEY,
  group_id text NOT NULL REFERENCES working_groups (id),
  held_on text NOT NULL,
  agenda text NOT NULL,
  minutes text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX working_group_meetings_group_idx ON working_group_meetings (group_id, held_on);
--> statement-breakpoint
CREATE TABLE working_group_resolutions (
  id text PRIMARY KEY,
  group_id text NOT NULL REFERENCES working_groups (id),
  meeting_id text REFERENCES working_group_meetings (id),
  title text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('decision', 'resolution')),
  status text NOT NULL CHECK (status IN ('proposed', 'adopted', 'in-progress', 'done', 'rejected')),
  owner text NOT NULL,
  due_on text,
  -- A request for a decision brief for the higher bodies (the brief itself is made elsewhere).
  brief_requested_at timestamptz,
  brief_requested_by text,
  brief_request_note text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX working_group_resolutions_group_idx ON working_group_resolutions (group_id, created_at);
