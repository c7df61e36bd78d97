// Drizzle mirror of migrations/0001_init.sql. The SQL files are the source of truth for both backends
// (they also hold the append-only triggers drizzle cannot express); test/schema.test.ts checks the two agree.
import {
  bigserial,
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

export const JOB_KINDS = ["plan", "whatif", "risk"] as const;
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
