import { randomUUID } from "node:crypto";
import { and, asc, count, desc, eq, inArray, lt, sql } from "drizzle-orm";
import { type Actor, appendAudit } from "./audit.ts";
import type { Drizzle } from "./connection.ts";
import { ChiproadError } from "@chiproad/data";
import { type JobQueue, RETRY_LIMIT } from "./queue.ts";
import { type JOB_KINDS, type JOB_STATUSES, jobs, plans } from "./schema.ts";

export type JobKind = (typeof JOB_KINDS)[number];
export type JobStatus = (typeof JOB_STATUSES)[number];

/**
 * Which jobs run first when several wait (higher first, then the oldest): a person waiting for a plan,
 * a what-if or a risk analysis goes before the variants of a sweep, which can take hours in all.
 */
export const JOB_PRIORITY: Record<JobKind, number> = { plan: 10, whatif: 10, risk: 10, sweep: 0 };

export interface JobError {
  code: string;
  message: string;
}

export interface JobRecord {
  id: string;
  kind: JobKind;
  status: JobStatus;
  scenarioId: string;
  scenarioVersion: number;
  params: Record<string, unknown>;
  progress: number;
  message: string | null;
  error: JobError | null;
  attempts: number;
  /** Higher runs first (JOB_PRIORITY). */
  priority: number;
  leaseOwner: string | null;
  /** The worker (server or `chiproad worker` process) that claimed the last attempt. */
  worker: string | null;
  createdBy: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** What a finished job leaves: its result, and the jobs it asks to be run next. */
export interface JobOutcomeRecord {
  result: unknown;
  status?: string | null;
  /**
   * Params of further jobs of the same kind, sweep, scenario version, author and priority, queued in
   * the same transaction as the result (so they exist exactly when it does): a sweep variant's
   * further sample ranges.
   */
  followUps?: Record<string, unknown>[];
}

export interface EnqueueJob {
  kind: JobKind;
  scenarioId: string;
  scenarioVersion: number;
  params: Record<string, unknown>;
}

export interface JobRepository {
  enqueue(input: EnqueueJob, actor: Actor): Promise<JobRecord>;
  get(id: string): Promise<JobRecord | undefined>;
  list(options?: { scenarioId?: string; limit?: number }): Promise<JobRecord[]>;
  /** Queued or running jobs created by `user` (the per-user cap counts these). */
  activeCount(user: string): Promise<number>;
  /**
   * Takes the next queued job (highest priority, then oldest) for `owner` with a lease of `leaseMs`,
   * or returns undefined. On PostgreSQL pg-boss picks it (SKIP LOCKED, so concurrent workers never take
   * the same one); on the embedded database the jobs table is the queue.
   */
  claim(owner: string, leaseMs: number): Promise<JobRecord | undefined>;
  /**
   * Extends the lease and records progress. Returns false when `owner` no longer holds the job
   * (cancelled, or its lease expired and it was re-queued): the runner must then stop.
   */
  heartbeat(
    id: string,
    owner: string,
    leaseMs: number,
    progress?: { fraction: number; message?: string },
  ): Promise<boolean>;
  /**
   * Stores the job's result and marks it succeeded — once: the status/owner check and the insert share
   * one transaction, and plans.job_id is unique. Returns false (and writes nothing) if the job is no
   * longer running under `owner`.
   */
  complete(id: string, owner: string, outcome: JobOutcomeRecord): Promise<boolean>;
  fail(id: string, owner: string, error: JobError): Promise<boolean>;
  /** Cancels a queued or running job; finished jobs are returned unchanged. */
  cancel(id: string, actor: Actor): Promise<JobRecord>;
  /**
   * Puts running jobs whose lease expired (or all running jobs with `all`, used at start-up of the
   * single-process embedded database) back in the queue; a job is tried RETRY_LIMIT + 1 times in all,
   * then fails. On PostgreSQL pg-boss counts: the lapsed job's pg-boss job is failed, which retries
   * it or, the last time, dead-letters it; dead-lettered jobs are marked failed here.
   */
  requeueStale(options?: { all?: boolean }): Promise<{ requeued: string[]; failed: string[] }>;
}

type JobRow = typeof jobs.$inferSelect;

/** A job to queue with others of one write: what `queueJobs` needs besides its id and order. */
export interface QueuedJob {
  kind: JobKind;
  priority: number;
  scenarioId: string;
  scenarioVersion: number;
  params: Record<string, unknown>;
  sweepId: string | null;
  createdBy: string;
}

/**
 * Queues `items` inside the caller's transaction, in the order given (increasing created_at, which
 * orders the embedded queue; on PostgreSQL pg-boss gets them in the same transaction): a sweep's
 * variants, a variant's further sample ranges. Returns their ids, in order.
 */
export async function queueJobs(
  tx: Drizzle,
  queue: JobQueue | undefined,
  items: QueuedJob[],
): Promise<string[]> {
  if (items.length === 0) return [];
  const ids = items.map(() => randomUUID());
  const queueJobIds = queue
    ? await queue.send(
        tx,
        items.map((item, i) => ({ jobId: ids[i]!, priority: item.priority })),
      )
    : [];
  await tx.insert(jobs).values(
    items.map((item, i) => ({
      ...item,
      id: ids[i]!,
      status: "queued" as const,
      queueJobId: queueJobIds[i] ?? null,
      createdAt: sql`now() + make_interval(secs => ${i / 1000})`,
    })),
  );
  return ids;
}

/** A jobs row as a record (also used by the sweeps repository). */
export function toJobRecord(r: JobRow): JobRecord {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    scenarioId: r.scenarioId,
    scenarioVersion: r.scenarioVersion,
    params: r.params as Record<string, unknown>,
    progress: r.progress,
    message: r.message,
    error: (r.error as JobError | null) ?? null,
    attempts: r.attempts,
    priority: r.priority,
    leaseOwner: r.leaseOwner,
    worker: r.worker,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
    startedAt: r.startedAt?.toISOString() ?? null,
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

const leaseUntil = (leaseMs: number) => sql`now() + make_interval(secs => ${leaseMs / 1000})`;
const owned = (id: string, owner: string) =>
  and(eq(jobs.id, id), eq(jobs.status, "running"), eq(jobs.leaseOwner, owner));

const ACTIVE = ["queued", "running"] as const;

/** A job whose worker stopped on every one of its RETRY_LIMIT + 1 attempts. */
const gaveUp = () => ({
  status: "failed" as const,
  leaseOwner: null,
  leaseExpiresAt: null,
  finishedAt: sql`now()`,
  error: {
    code: "INTERNAL",
    message: `gave up after ${RETRY_LIMIT + 1} attempts: the worker stopped each time`,
  },
});

export function jobRepository(db: Drizzle, queue?: JobQueue): JobRepository {
  const claimRow = (id: string, owner: string, leaseMs: number, lapsedToo: boolean) =>
    db
      .update(jobs)
      .set({
        status: "running",
        leaseOwner: owner,
        worker: owner,
        leaseExpiresAt: leaseUntil(leaseMs),
        attempts: sql`${jobs.attempts} + 1`,
        startedAt: sql`coalesce(${jobs.startedAt}, now())`,
        message: null,
      })
      .where(
        and(
          eq(jobs.id, id),
          lapsedToo
            ? sql`(${jobs.status} = 'queued' OR (${jobs.status} = 'running' AND ${jobs.leaseExpiresAt} < now()))`
            : eq(jobs.status, "queued"),
        ),
      )
      .returning();

  /** pg-boss: the next job whose row can still run; pg-boss jobs of finished rows are closed. */
  async function claimFromQueue(q: JobQueue, owner: string, leaseMs: number) {
    for (;;) {
      const next = await q.fetch();
      if (!next) return undefined;
      const [row] = await claimRow(next.jobId, owner, leaseMs, true);
      if (row) return toJobRecord(row);
      const [left] = await db.select({ status: jobs.status }).from(jobs).where(eq(jobs.id, next.jobId));
      await q.complete(next.queueJobId, { skipped: left?.status ?? "missing" });
    }
  }

  return {
    async enqueue(input, actor) {
      return db.transaction(async (tx) => {
        const id = randomUUID();
        const priority = JOB_PRIORITY[input.kind];
        const [queueJobId] = queue ? await queue.send(tx, [{ jobId: id, priority }]) : [];
        const [row] = await tx
          .insert(jobs)
          .values({
            id,
            priority,
            queueJobId: queueJobId ?? null,
            kind: input.kind,
            status: "queued",
            scenarioId: input.scenarioId,
            scenarioVersion: input.scenarioVersion,
            params: input.params,
            createdBy: actor.user,
          })
          .returning();
        await appendAudit(tx, actor, {
          action: "job.enqueue",
          targetType: "job",
          targetId: row!.id,
          detail: { kind: input.kind, scenarioId: input.scenarioId, scenarioVersion: input.scenarioVersion },
        });
        return toJobRecord(row!);
      });
    },

    async get(id) {
      const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
      return row ? toJobRecord(row) : undefined;
    },

    async list(options = {}) {
      const rows = await db
        .select()
        .from(jobs)
        .where(options.scenarioId ? eq(jobs.scenarioId, options.scenarioId) : undefined)
        .orderBy(desc(jobs.createdAt))
        .limit(options.limit ?? 100);
      return rows.map(toJobRecord);
    },

    async activeCount(user) {
      const [row] = await db
        .select({ n: count() })
        .from(jobs)
        .where(and(eq(jobs.createdBy, user), inArray(jobs.status, [...ACTIVE])));
      return row?.n ?? 0;
    },

    async claim(owner, leaseMs) {
      if (queue) return claimFromQueue(queue, owner, leaseMs);
      const [next] = await db
        .select({ id: jobs.id })
        .from(jobs)
        .where(eq(jobs.status, "queued"))
        .orderBy(desc(jobs.priority), asc(jobs.createdAt), asc(jobs.id))
        .limit(1);
      if (!next) return undefined;
      const [row] = await claimRow(next.id, owner, leaseMs, false);
      return row ? toJobRecord(row) : undefined;
    },

    async heartbeat(id, owner, leaseMs, progress) {
      const rows = await db
        .update(jobs)
        .set({
          leaseExpiresAt: leaseUntil(leaseMs),
          ...(progress ? { progress: Math.max(0, Math.min(1, progress.fraction)) } : {}),
          ...(progress?.message !== undefined ? { message: progress.message } : {}),
        })
        .where(owned(id, owner))
        .returning({ id: jobs.id });
      return rows.length > 0;
    },

    async complete(id, owner, outcome) {
      return db.transaction(async (tx) => {
        const [job] = await tx.select().from(jobs).where(owned(id, owner)).for("update");
        if (!job) return false;
        await tx.insert(plans).values({
          id: randomUUID(),
          jobId: id,
          scenarioId: job.scenarioId,
          scenarioVersion: job.scenarioVersion,
          kind: job.kind,
          status: outcome.status ?? null,
          result: outcome.result,
        });
        await tx
          .update(jobs)
          .set({
            status: "succeeded",
            progress: 1,
            message: null,
            leaseOwner: null,
            leaseExpiresAt: null,
            finishedAt: sql`now()`,
          })
          .where(eq(jobs.id, id));
        // The pg-boss job closes in the same transaction as the stored result.
        if (queue && job.queueJobId) await queue.complete(job.queueJobId, { outcome: "succeeded" }, tx);
        await queueJobs(
          tx,
          queue,
          (outcome.followUps ?? []).map((params) => ({
            kind: job.kind,
            priority: job.priority,
            scenarioId: job.scenarioId,
            scenarioVersion: job.scenarioVersion,
            params,
            sweepId: job.sweepId,
            createdBy: job.createdBy,
          })),
        );
        return true;
      });
    },

    async fail(id, owner, error) {
      const rows = await db
        .update(jobs)
        .set({ status: "failed", error, leaseOwner: null, leaseExpiresAt: null, finishedAt: sql`now()` })
        .where(owned(id, owner))
        .returning({ id: jobs.id, queueJobId: jobs.queueJobId });
      // A job that failed on its input or its computation fails the same way again: not retried.
      const queueJobId = rows[0]?.queueJobId;
      if (queue && queueJobId) await queue.complete(queueJobId, { outcome: "failed", code: error.code });
      return rows.length > 0;
    },

    async cancel(id, actor) {
      return db.transaction(async (tx) => {
        const [job] = await tx.select().from(jobs).where(eq(jobs.id, id)).for("update");
        if (!job) throw new ChiproadError("NOT_FOUND", `job "${id}" does not exist`);
        if (job.status !== "queued" && job.status !== "running") return toJobRecord(job);
        const [row] = await tx
          .update(jobs)
          .set({ status: "cancelled", leaseOwner: null, leaseExpiresAt: null, finishedAt: sql`now()` })
          .where(eq(jobs.id, id))
          .returning();
        if (queue && job.queueJobId) await queue.cancel(tx, [job.queueJobId]);
        await appendAudit(tx, actor, {
          action: "job.cancel",
          targetType: "job",
          targetId: id,
          detail: { kind: job.kind, previousStatus: job.status },
        });
        return toJobRecord(row!);
      });
    },

    async requeueStale(options = {}) {
      if (queue) return requeueWithQueue(queue, options.all === true);
      const maxAttempts = RETRY_LIMIT + 1;
      return db.transaction(async (tx) => {
        const stale = await tx
          .select({ id: jobs.id, attempts: jobs.attempts })
          .from(jobs)
          .where(
            options.all
              ? eq(jobs.status, "running")
              : and(eq(jobs.status, "running"), lt(jobs.leaseExpiresAt, sql`now()`)),
          )
          .for("update", { skipLocked: true });
        const failed = stale.filter((j) => j.attempts >= maxAttempts).map((j) => j.id);
        const requeued = stale.filter((j) => j.attempts < maxAttempts).map((j) => j.id);
        if (requeued.length > 0) {
          await tx
            .update(jobs)
            .set({
              status: "queued",
              leaseOwner: null,
              leaseExpiresAt: null,
              message: "re-queued after its worker stopped",
            })
            .where(inArray(jobs.id, requeued));
        }
        if (failed.length > 0) {
          await tx.update(jobs).set(gaveUp()).where(inArray(jobs.id, failed));
        }
        return { requeued, failed };
      });
    },
  };

  /**
   * pg-boss decides whether a lapsed job runs again: its pg-boss job is failed (retried, or moved to
   * the dead-letter queue after RETRY_LIMIT retries). A row whose pg-boss job was already closed (pg-boss
   * expired it during a very long attempt) gets a new one. Dead-lettered rows are marked failed.
   */
  async function requeueWithQueue(
    q: JobQueue,
    all: boolean,
  ): Promise<{ requeued: string[]; failed: string[] }> {
    const lapsed = await db.transaction(async (tx) => {
      const rows = await tx
        .select({ id: jobs.id, queueJobId: jobs.queueJobId, priority: jobs.priority })
        .from(jobs)
        .where(
          all
            ? eq(jobs.status, "running")
            : and(eq(jobs.status, "running"), lt(jobs.leaseExpiresAt, sql`now()`)),
        )
        .for("update", { skipLocked: true });
      if (rows.length === 0) return rows;
      await tx
        .update(jobs)
        .set({
          status: "queued",
          leaseOwner: null,
          leaseExpiresAt: null,
          message: "re-queued after its worker stopped",
        })
        .where(
          inArray(
            jobs.id,
            rows.map((r) => r.id),
          ),
        );
      return rows;
    });
    for (const row of lapsed) {
      const failed = row.queueJobId ? await q.fail([row.queueJobId], "the worker's lease lapsed") : 0;
      if (failed === 0) {
        await db.transaction(async (tx) => {
          const [queueJobId] = await q.send(tx, [{ jobId: row.id, priority: row.priority }]);
          await tx.update(jobs).set({ queueJobId }).where(eq(jobs.id, row.id));
        });
      }
    }
    const dead = await q.fetchDead(50);
    const failed: string[] = [];
    for (const d of dead) {
      const rows = await db
        .update(jobs)
        .set(gaveUp())
        .where(and(eq(jobs.id, d.jobId), inArray(jobs.status, [...ACTIVE])))
        .returning({ id: jobs.id });
      failed.push(...rows.map((r) => r.id));
    }
    await q.completeDead(dead.map((d) => d.queueJobId));
    return { requeued: lapsed.map((r) => r.id), failed };
  }
}
