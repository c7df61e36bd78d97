import { type AnyColumn, and, count, desc, eq, type Placeholder, sql } from "drizzle-orm";
import type { Drizzle } from "./connection.ts";
import type { JobKind } from "./jobs.ts";
import { plans } from "./schema.ts";

/** A stored result of a plan, what-if or risk job. Written only by JobRepository.complete(). */
export interface PlanRecord {
  id: string;
  jobId: string;
  scenarioId: string;
  scenarioVersion: number;
  kind: JobKind;
  status: string | null;
  result: unknown;
  createdAt: string;
}

export interface PlanRepository {
  byJob(jobId: string): Promise<PlanRecord | undefined>;
  byId(id: string): Promise<PlanRecord | undefined>;
  latest(scenarioId: string, kind?: JobKind): Promise<PlanRecord | undefined>;
  /** The id of the newest result of `kind` (a stored result never changes, so its id names its content). */
  latestId(scenarioId: string, kind?: JobKind): Promise<string | undefined>;
  list(scenarioId: string): Promise<Omit<PlanRecord, "result">[]>;
  count(filter?: { jobId?: string }): Promise<number>;
}

function toRecord(r: typeof plans.$inferSelect): PlanRecord {
  return { ...r, createdAt: r.createdAt.toISOString() };
}

/**
 * Which stored result of `kind` is a scenario's newest, as a query for its id: declared once for
 * `latestId` and for the gate's access query, which embeds it with the outer scenario's id.
 */
export function newestPlanIdQuery(
  db: Drizzle,
  scenarioId: AnyColumn | Placeholder,
  kind: JobKind | Placeholder,
) {
  return db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.scenarioId, scenarioId), eq(plans.kind, kind)))
    .orderBy(desc(plans.createdAt), desc(plans.id))
    .limit(1);
}

export function planRepository(db: Drizzle): PlanRepository {
  // The read behind every plan page: built once (see README, "Prepared reads").
  const newestId = newestPlanIdQuery(db, sql.placeholder("scenarioId"), sql.placeholder("kind")).prepare(
    "chiproad_plan_latest_id",
  );
  return {
    async byJob(jobId) {
      const [row] = await db.select().from(plans).where(eq(plans.jobId, jobId));
      return row ? toRecord(row) : undefined;
    },
    async byId(id) {
      const [row] = await db.select().from(plans).where(eq(plans.id, id));
      return row ? toRecord(row) : undefined;
    },
    async latest(scenarioId, kind = "plan") {
      const [row] = await db
        .select()
        .from(plans)
        .where(and(eq(plans.scenarioId, scenarioId), eq(plans.kind, kind)))
        .orderBy(desc(plans.createdAt), desc(plans.id))
        .limit(1);
      return row ? toRecord(row) : undefined;
    },
    async latestId(scenarioId, kind = "plan") {
      const [row] = await newestId.execute({ scenarioId, kind });
      return row?.id;
    },
    async list(scenarioId) {
      const rows = await db
        .select({
          id: plans.id,
          jobId: plans.jobId,
          scenarioId: plans.scenarioId,
          scenarioVersion: plans.scenarioVersion,
          kind: plans.kind,
          status: plans.status,
          createdAt: plans.createdAt,
        })
        .from(plans)
        .where(eq(plans.scenarioId, scenarioId))
        .orderBy(desc(plans.createdAt));
      return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
    },
    async count(filter = {}) {
      const [row] = await db
        .select({ n: count() })
        .from(plans)
        .where(filter.jobId ? eq(plans.jobId, filter.jobId) : undefined);
      return row?.n ?? 0;
    },
  };
}
