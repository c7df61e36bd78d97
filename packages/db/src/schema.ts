// Drizzle mirror of migrations/0001_init.sql. The SQL files are the source of truth for both backends
// (they also hold the append-only triggers drizzle cannot express); test/schema.test.ts checks the two agree.
import {
  bigserial,
  boolean,
  customType,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const scenarios = pgTable("scenarios", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  country: text("country"),
  currentVersion: integer("current_version").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

export const scenarioVersions = pgTable(
  "scenario_versions",
  {
    scenarioId: text("scenario_id")
      .notNull()
      .references(() => scenarios.id),
    version: integer("version").notNull(),
    name: text("name").notNull(),
    content: text("content").notNull(),
    format: text("format", { enum: ["yaml", "json"] }).notNull(),
    parsed: jsonb("parsed").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scenarioId, t.version] })],
);

export const JOB_KINDS = ["plan", "whatif", "risk", "sweep"] as const;
export const JOB_STATUSES = ["queued", "running", "succeeded", "failed", "cancelled"] as const;

export const jobs = pgTable("jobs", {
  id: text("id").primaryKey(),
  kind: text("kind", { enum: JOB_KINDS }).notNull(),
  status: text("status", { enum: JOB_STATUSES }).notNull(),
  scenarioId: text("scenario_id")
    .notNull()
    .references(() => scenarios.id),
  scenarioVersion: integer("scenario_version").notNull(),
  params: jsonb("params").notNull(),
  progress: doublePrecision("progress").notNull().default(0),
  message: text("message"),
  error: jsonb("error"),
  attempts: integer("attempts").notNull().default(0),
  leaseOwner: text("lease_owner"),
  /** Who claimed the last attempt (kept after the job ends). */
  worker: text("worker"),
  /** The sweep a 'sweep' job is a variant of (0008). */
  sweepId: text("sweep_id"),
  /** Higher runs first (0009): interactive jobs before sweep variants. */
  priority: integer("priority").notNull().default(0),
  /** PostgreSQL: the pg-boss job that dispatches this one (0009); null on the embedded database. */
  queueJobId: text("queue_job_id"),
  leaseExpiresAt: ts("lease_expires_at"),
  createdBy: text("created_by").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
  startedAt: ts("started_at"),
  finishedAt: ts("finished_at"),
});

export const plans = pgTable("plans", {
  id: text("id").primaryKey(),
  jobId: text("job_id")
    .notNull()
    .unique()
    .references(() => jobs.id),
  scenarioId: text("scenario_id")
    .notNull()
    .references(() => scenarios.id),
  scenarioVersion: integer("scenario_version").notNull(),
  kind: text("kind", { enum: JOB_KINDS }).notNull(),
  status: text("status"),
  result: jsonb("result").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
});

export const DATASET_KINDS = ["trade", "entities"] as const;

export const datasets = pgTable("datasets", {
  id: text("id").primaryKey(),
  kind: text("kind", { enum: DATASET_KINDS }).notNull(),
  currentVersion: integer("current_version"),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

export const datasetVersions = pgTable(
  "dataset_versions",
  {
    datasetId: text("dataset_id")
      .notNull()
      .references(() => datasets.id),
    version: integer("version").notNull(),
    source: text("source").notNull(),
    filename: text("filename"),
    rowCount: integer("row_count").notNull(),
    meta: jsonb("meta").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.datasetId, t.version] })],
);

export const datasetRows = pgTable(
  "dataset_rows",
  {
    datasetId: text("dataset_id").notNull(),
    version: integer("version").notNull(),
    seq: integer("seq").notNull(),
    data: jsonb("data").notNull(),
  },
  (t) => [primaryKey({ columns: [t.datasetId, t.version, t.seq] })],
);

export const screeningResults = pgTable("screening_results", {
  id: text("id").primaryKey(),
  query: jsonb("query").notNull(),
  matches: jsonb("matches").notNull(),
  matchCount: integer("match_count").notNull(),
  entitiesVersion: integer("entities_version"),
  createdBy: text("created_by").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
});

export const auditLog = pgTable("audit_log", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  at: ts("at").notNull().defaultNow(),
  actor: text("actor").notNull(),
  role: text("role").notNull(),
  action: text("action").notNull(),
  targetType: text("target_type").notNull(),
  targetId: text("target_id").notNull(),
  detail: jsonb("detail").notNull().default({}),
});

/** Roles, lowest first; each includes the rights of those before it (see packages/server/src/auth). */
export const USER_ROLES = ["viewer", "analyst", "manager", "compliance", "admin"] as const;

export const users = pgTable("users", {
  id: text("id").primaryKey(),
  username: text("username").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  role: text("role", { enum: USER_ROLES }).notNull(),
  disabled: boolean("disabled").notNull().default(false),
  createdAt: ts("created_at").notNull().defaultNow(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

export const sessions = pgTable("sessions", {
  idHash: text("id_hash").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id),
  createdAt: ts("created_at").notNull().defaultNow(),
  lastSeenAt: ts("last_seen_at").notNull().defaultNow(),
  expiresAt: ts("expires_at").notNull(),
});

/** Single sign-on logins in progress, keyed by the digest of the flow cookie (migration 0011). */
export const oidcLogins = pgTable("oidc_logins", {
  flowKey: text("flow_key").primaryKey(),
  state: text("state").notNull(),
  nonce: text("nonce").notNull(),
  codeVerifier: text("code_verifier").notNull(),
  expiresAt: ts("expires_at").notNull(),
});

/** Events counted by rate limits, keyed by the digest of what is counted (migration 0012). */
export const rateEvents = pgTable("rate_events", {
  bucket: text("bucket").notNull(),
  key: text("key").notNull(),
  at: ts("at").notNull(),
});

export const apiTokens = pgTable("api_tokens", {
  id: text("id").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id),
  name: text("name").notNull(),
  role: text("role", { enum: USER_ROLES }).notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: ts("created_at").notNull().defaultNow(),
  expiresAt: ts("expires_at").notNull(),
  revokedAt: ts("revoked_at"),
  lastUsedAt: ts("last_used_at"),
});

export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    userId: text("user_id").notNull(),
    key: text("key").notNull(),
    requestHash: text("request_hash").notNull(),
    status: integer("status"),
    response: jsonb("response"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

export const SCREENING_ALERT_KINDS = ["added", "removed", "changed"] as const;
export const ALERT_STATUSES = ["open", "acknowledged"] as const;

/** migrations/0004_alerts.sql: one re-screening of every known party between two entity-list versions. */
export const screeningRuns = pgTable("screening_runs", {
  id: text("id").primaryKey(),
  datasetId: text("dataset_id").notNull(),
  fromVersion: integer("from_version"),
  toVersion: integer("to_version").notNull(),
  partyCount: integer("party_count").notNull(),
  alertCount: integer("alert_count").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
});

export const alerts = pgTable("alerts", {
  id: text("id").primaryKey(),
  runId: text("run_id")
    .notNull()
    .references(() => screeningRuns.id),
  kind: text("kind", { enum: SCREENING_ALERT_KINDS }).notNull(),
  status: text("status", { enum: ALERT_STATUSES }).notNull().default("open"),
  partySource: text("party_source").notNull(),
  partyId: text("party_id").notNull(),
  partyName: text("party_name").notNull(),
  partyRole: text("party_role"),
  scenarioId: text("scenario_id"),
  list: text("list").notNull(),
  entityId: text("entity_id").notNull(),
  entityName: text("entity_name").notNull(),
  matchedName: text("matched_name").notNull(),
  publicationDate: text("publication_date"),
  oldDatasetVersion: integer("old_dataset_version"),
  newDatasetVersion: integer("new_dataset_version").notNull(),
  oldListVersion: text("old_list_version"),
  newListVersion: text("new_list_version"),
  oldScore: doublePrecision("old_score"),
  newScore: doublePrecision("new_score"),
  threshold: doublePrecision("threshold").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
  acknowledgedBy: text("acknowledged_by"),
  acknowledgedAt: ts("acknowledged_at"),
  note: text("note"),
});

/** Roles a programme membership may hold: compliance and admin powers stay global. */
export const PROGRAMME_ROLES = ["viewer", "analyst", "manager"] as const;

export const programmeMembers = pgTable(
  "programme_members",
  {
    scenarioId: text("scenario_id")
      .notNull()
      .references(() => scenarios.id),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    role: text("role", { enum: PROGRAMME_ROLES }).notNull(),
    grantedBy: text("granted_by").notNull(),
    grantedAt: ts("granted_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scenarioId, t.userId] })],
);

export const programmeRestrictions = pgTable("programme_restrictions", {
  scenarioId: text("scenario_id")
    .primaryKey()
    .references(() => scenarios.id),
  restrictedBy: text("restricted_by").notNull(),
  restrictedAt: ts("restricted_at").notNull().defaultNow(),
});

/** migrations/0005_workspace.sql: the programme workspace (issue 13), agreements and working groups. */
export const AGREEMENT_KINDS = ["cooperation", "mou", "joint-venture", "licence", "supply"] as const;
export const AGREEMENT_STATUSES = [
  "draft",
  "negotiating",
  "signed",
  "in-force",
  "expired",
  "terminated",
] as const;

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

export const agreements = pgTable("agreements", {
  id: text("id").primaryKey(),
  scenarioId: text("scenario_id")
    .notNull()
    .references(() => scenarios.id),
  kind: text("kind", { enum: AGREEMENT_KINDS }).notNull(),
  title: text("title").notNull(),
  status: text("status", { enum: AGREEMENT_STATUSES }).notNull(),
  parties: jsonb("parties").notNull(),
  obligations: jsonb("obligations").notNull(),
  notes: text("notes"),
  sources: jsonb("sources").notNull().default([]),
  version: integer("version").notNull().default(1),
  createdBy: text("created_by").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

export const agreementStatusChanges = pgTable(
  "agreement_status_changes",
  {
    agreementId: text("agreement_id")
      .notNull()
      .references(() => agreements.id),
    seq: integer("seq").notNull(),
    fromStatus: text("from_status", { enum: AGREEMENT_STATUSES }),
    toStatus: text("to_status", { enum: AGREEMENT_STATUSES }).notNull(),
    effectiveOn: text("effective_on").notNull(),
    note: text("note"),
    changedBy: text("changed_by").notNull(),
    changedAt: ts("changed_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.seq] })],
);

export const agreementFlags = pgTable(
  "agreement_flags",
  {
    agreementId: text("agreement_id")
      .notNull()
      .references(() => agreements.id),
    partyId: text("party_id").notNull(),
    partyName: text("party_name").notNull(),
    list: text("list").notNull(),
    listVersion: text("list_version").notNull(),
    datasetVersion: integer("dataset_version"),
    entityId: text("entity_id").notNull(),
    entityName: text("entity_name").notNull(),
    matchedName: text("matched_name").notNull(),
    score: doublePrecision("score").notNull(),
    threshold: doublePrecision("threshold").notNull(),
    screenedAt: ts("screened_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.partyId, t.list, t.entityId] })],
);

export const agreementDocuments = pgTable("agreement_documents", {
  id: text("id").primaryKey(),
  agreementId: text("agreement_id")
    .notNull()
    .references(() => agreements.id),
  filename: text("filename").notNull(),
  contentType: text("content_type").notNull(),
  size: integer("size").notNull(),
  sha256: text("sha256").notNull(),
  content: bytea("content").notNull(),
  uploadedBy: text("uploaded_by").notNull(),
  uploadedAt: ts("uploaded_at").notNull().defaultNow(),
});

export const RESOLUTION_KINDS = ["decision", "resolution"] as const;
export const RESOLUTION_STATUSES = ["proposed", "adopted", "in-progress", "done", "rejected"] as const;

export const workingGroups = pgTable("working_groups", {
  id: text("id").primaryKey(),
  scenarioId: text("scenario_id")
    .notNull()
    .references(() => scenarios.id),
  name: text("name").notNull(),
  mandate: text("mandate"),
  members: jsonb("members").notNull(),
  sources: jsonb("sources").notNull().default([]),
  version: integer("version").notNull().default(1),
  createdBy: text("created_by").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

export const workingGroupMeetings = pgTable("working_group_meetings", {
  id: text("id").primaryKey(),
  groupId: text("group_id")
    .notNull()
    .references(() => workingGroups.id),
  heldOn: text("held_on").notNull(),
  agenda: text("agenda").notNull(),
  minutes: text("minutes"),
  createdBy: text("created_by").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
});

export const workingGroupResolutions = pgTable("working_group_resolutions", {
  id: text("id").primaryKey(),
  groupId: text("group_id")
    .notNull()
    .references(() => workingGroups.id),
  meetingId: text("meeting_id").references(() => workingGroupMeetings.id),
  title: text("title").notNull(),
  kind: text("kind", { enum: RESOLUTION_KINDS }).notNull(),
  status: text("status", { enum: RESOLUTION_STATUSES }).notNull(),
  owner: text("owner").notNull(),
  dueOn: text("due_on"),
  briefRequestedAt: ts("brief_requested_at"),
  briefRequestedBy: text("brief_requested_by"),
  briefRequestNote: text("brief_request_note"),
  createdBy: text("created_by").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/** Execution baselines: a stored plan saved under a name for its programme (0006). */
export const planBaselines = pgTable("plan_baselines", {
  id: text("id").primaryKey(),
  scenarioId: text("scenario_id")
    .notNull()
    .references(() => scenarios.id),
  name: text("name").notNull(),
  planId: text("plan_id")
    .notNull()
    .references(() => plans.id),
  createdBy: text("created_by").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
});

/** Sweeps: a grid of variants of one scenario version, each variant a 'sweep' job (0008). */
export const sweeps = pgTable("sweeps", {
  id: text("id").primaryKey(),
  scenarioId: text("scenario_id")
    .notNull()
    .references(() => scenarios.id),
  scenarioVersion: integer("scenario_version").notNull(),
  name: text("name"),
  dimensions: jsonb("dimensions").notNull(),
  variants: integer("variants").notNull(),
  params: jsonb("params").notNull(),
  createdBy: text("created_by").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
});

/** Computed reports, stored once per input (0010); the key names every input, see reports.ts. */
export const reports = pgTable("reports", {
  key: text("key").primaryKey(),
  scenarioId: text("scenario_id")
    .notNull()
    .references(() => scenarios.id),
  kind: text("kind").notNull(),
  body: text("body").notNull(),
  createdAt: ts("created_at").notNull().defaultNow(),
});
