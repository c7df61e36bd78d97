import { randomUUID } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import PgBoss from "pg-boss";
import { QUEUE_STATEMENT } from "./changes.ts";
import type { Drizzle } from "./connection.ts";

/**
 * The job engine on PostgreSQL: pg-boss 10 (Node 20; 11 and later need Node 22). Why pg-boss and not
 * graphile-worker: it is a library of SQL over the `pg` driver we already use, it runs its queries
 * through our own connection (so a job is queued in the same transaction as its jobs row and its
 * audit entry), and it has priorities, retries with back-off, cancellation, expiry and dead-letter
 * queues built in; graphile-worker 0.18 needs Node 22 and its own task runner.
 *
 * pg-boss dispatches; the `jobs` table stays the record users read (status, progress, result,
 * worker, attempts) and keeps the exactly-once write of the result. Each jobs row on PostgreSQL has
 * one pg-boss job in JOB_QUEUE (`jobs.queue_job_id`). A worker fetches the next pg-boss job (highest
 * priority, then oldest; SKIP LOCKED) and claims its row; when the worker's lease lapses (kill -9),
 * the next runner to look fails the pg-boss job, which pg-boss retries (RETRY_LIMIT) and then moves
 * to DEAD_LETTER_QUEUE, where a runner marks the row failed.
 */
export const JOB_QUEUE = "chiproad-jobs";
export const DEAD_LETTER_QUEUE = "chiproad-jobs-dead";
/** Retries after the first attempt when a worker dies mid-job (so three attempts in all). */
export const RETRY_LIMIT = 2;
/**
 * pg-boss's own expiry of an active job, a backstop only: a dead worker is noticed by its lapsed
 * lease (CHIPROAD_JOB_LEASE_MS, seconds) long before this.
 */
const EXPIRE_SECONDS = 6 * 3600;

/** The pg-boss schema beside chiproad's: `<schema>_queue`, or `chiproad_queue` in the default schema. */
export function queueSchemaOf(schema: string | undefined): string {
  return schema ? `${schema}_queue` : "chiproad_queue";
}

export interface QueuedJob {
  /** The pg-boss job's id. */
  queueJobId: string;
  /** The chiproad job (jobs.id) it dispatches. */
  jobId: string;
  /** How many times pg-boss has retried it (0 on the first attempt). */
  retryCount: number;
}

/** What the jobs and sweeps repositories need from pg-boss. */
export interface JobQueue {
  /** Queues chiproad jobs inside `tx` (the transaction that inserts their rows); returns pg-boss ids in order. */
  send(tx: Drizzle, items: { jobId: string; priority: number }[]): Promise<string[]>;
  cancel(tx: Drizzle, queueJobIds: string[]): Promise<void>;
  /** The next job to run, or undefined when the queue is empty. */
  fetch(): Promise<QueuedJob | undefined>;
  /** Closes a pg-boss job (inside `tx` when given). */
  complete(queueJobId: string, output?: Record<string, unknown>, tx?: Drizzle): Promise<void>;
  /**
   * Gives the job back after its attempt was lost or crashed: pg-boss retries it, or when its retries
   * are used up, moves it to the dead-letter queue. Returns false if it was not active or waiting.
   */
  fail(queueJobIds: string[], reason: string): Promise<number>;
  /** Dead-lettered jobs not yet handled (their rows must be marked failed), then acknowledged by `complete`. */
  fetchDead(limit: number): Promise<{ queueJobId: string; jobId: string; retryCount: number }[]>;
  completeDead(queueJobIds: string[]): Promise<void>;
  stop(): Promise<void>;
}

/** A pg-boss `Db` running its (positional) SQL through a Drizzle handle or transaction. */
export function executorOf(db: Drizzle): PgBoss.Db {
  return {
    async executeSql(text, values = []) {
      const marked = QUEUE_STATEMENT + text;
      const query = values.length === 0 ? sql.raw(marked) : positional(marked, values);
      const result = (await db.execute(query)) as unknown as { rows: unknown[] };
      return { rows: result.rows as never[] };
    },
  };
}

function positional(text: string, values: unknown[]): SQL {
  const chunks: SQL[] = [];
  const placeholder = /\$(\d+)/g;
  let last = 0;
  for (let m = placeholder.exec(text); m; m = placeholder.exec(text)) {
    chunks.push(sql.raw(text.slice(last, m.index)));
    chunks.push(sql`${sql.param(values[Number(m[1]) - 1])}`);
    last = placeholder.lastIndex;
  }
  chunks.push(sql.raw(text.slice(last)));
  return sql.join(chunks);
}

function boss(db: Drizzle, schema: string, install: boolean): PgBoss {
  const instance = new PgBoss({
    db: executorOf(db),
    schema,
    migrate: install,
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: 60,
  });
  // pg-boss reports maintenance errors as events; an unhandled 'error' event would end the process.
  instance.on("error", () => {});
  return instance;
}

/**
 * Installs (or upgrades) pg-boss's schema and chiproad's two queues. Run by the role that migrates.
 */
export async function installQueue(db: Drizzle, schema: string): Promise<void> {
  const instance = boss(db, schema, true);
  await instance.start();
  try {
    if (!(await instance.getQueue(DEAD_LETTER_QUEUE)))
      await instance.createQueue(DEAD_LETTER_QUEUE, { name: DEAD_LETTER_QUEUE, policy: "standard" });
    if (!(await instance.getQueue(JOB_QUEUE)))
      await instance.createQueue(JOB_QUEUE, {
        name: JOB_QUEUE,
        policy: "standard",
        retryLimit: RETRY_LIMIT,
        retryDelay: 0,
        expireInSeconds: EXPIRE_SECONDS,
        deadLetter: DEAD_LETTER_QUEUE,
      });
  } finally {
    await instance.stop({ graceful: false, close: false, wait: true });
  }
}

/** Opens the queue on an installed schema (see installQueue). */
export async function openQueue(db: Drizzle, schema: string): Promise<JobQueue> {
  const instance = boss(db, schema, false);
  await instance.start();
  return {
    async send(tx, items) {
      // Sorted, so that pg-boss (priority, then created_on, then id) keeps the given order among
      // jobs queued in one transaction: a sweep's variants run in grid order.
      const ids = items.map(() => randomUUID()).sort();
      if (items.length > 0)
        await instance.insert(
          items.map((item, i) => ({
            id: ids[i]!,
            name: JOB_QUEUE,
            data: { jobId: item.jobId },
            priority: item.priority,
          })),
          { db: executorOf(tx) },
        );
      return ids;
    },
    async cancel(tx, queueJobIds) {
      if (queueJobIds.length > 0) await instance.cancel(JOB_QUEUE, queueJobIds, { db: executorOf(tx) });
    },
    async fetch() {
      const [job] = await instance.fetch<{ jobId: string }>(JOB_QUEUE, {
        batchSize: 1,
        priority: true,
        includeMetadata: true,
      });
      return job ? { queueJobId: job.id, jobId: job.data.jobId, retryCount: job.retryCount } : undefined;
    },
    async complete(queueJobId, output, tx) {
      await instance.complete(JOB_QUEUE, queueJobId, output ?? {}, tx ? { db: executorOf(tx) } : {});
    },
    async fail(queueJobIds, reason) {
      if (queueJobIds.length === 0) return 0;
      // pg-boss 10 accepts an id array with output data; its typings only declare one of the two.
      const fail = instance.fail.bind(instance) as unknown as (
        name: string,
        ids: string[],
        data: object,
      ) => Promise<{ affected?: number }>;
      const result = await fail(JOB_QUEUE, queueJobIds, { reason });
      return result?.affected ?? 0;
    },
    async fetchDead(limit) {
      const jobs = await instance.fetch<{ jobId: string }>(DEAD_LETTER_QUEUE, {
        batchSize: limit,
        includeMetadata: true,
      });
      return jobs.map((j) => ({ queueJobId: j.id, jobId: j.data.jobId, retryCount: j.retryCount }));
    },
    async completeDead(queueJobIds) {
      if (queueJobIds.length > 0) await instance.complete(DEAD_LETTER_QUEUE, queueJobIds);
    },
    async stop() {
      await instance.stop({ graceful: false, close: false, wait: true });
    },
  };
}
