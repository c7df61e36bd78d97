import { randomUUID } from "node:crypto";
import { ChiproadError } from "@chiproad/data";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { type Actor, appendAudit } from "./audit.ts";
import type { Drizzle } from "./connection.ts";
import { JOB_PRIORITY, type JobRecord, queueJobs, toJobRecord } from "./jobs.ts";
import type { JobQueue } from "./queue.ts";
import { jobs, plans, sweeps } from "./schema.ts";

export interface SweepRecord {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  name: string | null;
  dimensions: string[];
  variants: number;
  params: Record<string, unknown>;
  createdBy: string;
  createdAt: string;
}

export interface NewSweep {
  scenarioId: string;
  scenarioVersion: number;
  name: string | null;
  dimensions: string[];
  params: Record<string, unknown>;
  /** Each variant's job params, in grid order. */
  variants: Record<string, unknown>[];
}

export interface SweepRepository {
  /** The sweep and one queued 'sweep' job per variant, in one transaction; audited. */
  create(input: NewSweep, actor: Actor): Promise<SweepRecord>;
  get(id: string): Promise<SweepRecord | undefined>;
  /** The scenario's sweeps, newest first (at most `limit`, default 50). */
  list(scenarioId: string, limit?: number): Promise<SweepRecord[]>;
  /**
   * The sweep's jobs — each variant's job and the jobs of its further sample ranges — in grid order
   * (then by created time), each with its stored result once it succeeded, less the `plan` a
   * variant's job keeps for its range jobs.
   */
  jobs(id: string): Promise<{ job: JobRecord; result: unknown }[]>;
  /** Cancels every queued or running job of the sweep (variants and sample ranges); audited. Returns how many were cancelled. */
  cancel(id: string, actor: Actor): Promise<number>;
}

function toRecord(r: typeof sweeps.$inferSelect): SweepRecord {
  return {
    ...r,
    dimensions: r.dimensions as string[],
    params: r.params as Record<string, unknown>,
    createdAt: r.createdAt.toISOString(),
  };
}

export function sweepRepository(db: Drizzle, queue?: JobQueue): SweepRepository {
  return {
    async create(input, actor) {
      return db.transaction(async (tx) => {
        const id = randomUUID();
        const [row] = await tx
          .insert(sweeps)
          .values({
            id,
            scenarioId: input.scenarioId,
            scenarioVersion: input.scenarioVersion,
            name: input.name,
            dimensions: input.dimensions,
            variants: input.variants.length,
            params: input.params,
            createdBy: actor.user,
          })
          .returning();
        // Queued in grid order, so that workers take the variants in that order.
        await queueJobs(
          tx,
          queue,
          input.variants.map((params, i) => ({
            kind: "sweep",
            priority: JOB_PRIORITY.sweep,
            scenarioId: input.scenarioId,
            scenarioVersion: input.scenarioVersion,
            params: { ...params, sweepId: id, variant: i },
            sweepId: id,
            createdBy: actor.user,
          })),
        );
        await appendAudit(tx, actor, {
          action: "sweep.create",
          targetType: "sweep",
          targetId: id,
          detail: {
            scenarioId: input.scenarioId,
            scenarioVersion: input.scenarioVersion,
            variants: input.variants.length,
          },
        });
        return toRecord(row!);
      });
    },
    async get(id) {
      const [row] = await db.select().from(sweeps).where(eq(sweeps.id, id));
      return row ? toRecord(row) : undefined;
    },
    async list(scenarioId, limit = 50) {
      const rows = await db
        .select()
        .from(sweeps)
        .where(eq(sweeps.scenarioId, scenarioId))
        .orderBy(desc(sweeps.createdAt), desc(sweeps.id))
        .limit(Math.max(1, Math.min(limit, 500)));
      return rows.map(toRecord);
    },
    async jobs(id) {
      const rows = await db
        .select({ job: jobs, result: sql<unknown>`${plans.result} - 'plan'` })
        .from(jobs)
        .leftJoin(plans, eq(plans.jobId, jobs.id))
        .where(eq(jobs.sweepId, id))
        .orderBy(asc(sql`(${jobs.params} ->> 'variant')::int`), asc(jobs.createdAt), asc(jobs.id));
      return rows.map((r) => ({ job: toJobRecord(r.job), result: r.result ?? undefined }));
    },
    async cancel(id, actor) {
      return db.transaction(async (tx) => {
        const [sweep] = await tx.select({ id: sweeps.id }).from(sweeps).where(eq(sweeps.id, id));
        if (!sweep) throw new ChiproadError("NOT_FOUND", `sweep "${id}" does not exist`);
        const cancelled = await tx
          .update(jobs)
          .set({ status: "cancelled", leaseOwner: null, leaseExpiresAt: null, finishedAt: sql`now()` })
          .where(and(eq(jobs.sweepId, id), inArray(jobs.status, ["queued", "running"])))
          .returning({ id: jobs.id, queueJobId: jobs.queueJobId });
        if (queue)
          await queue.cancel(
            tx,
            cancelled.flatMap((j) => (j.queueJobId ? [j.queueJobId] : [])),
          );
        await appendAudit(tx, actor, {
          action: "sweep.cancel",
          targetType: "sweep",
          targetId: id,
          detail: { cancelled: cancelled.length },
        });
        return cancelled.length;
      });
    },
  };
}
