import { createHash, randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { Worker } from "node:worker_threads";
import { ChiproadError, ERROR_TABLE, isErrorCode } from "@chiproad/data";
import type { Database, JobRecord } from "@chiproad/db";
import type { Logger } from "../logger.ts";
import type { RunMessage, WorkerMessage } from "./messages.ts";
import type { DatasetVersions } from "./requests.ts";

export interface JobRunnerOptions {
  db: Database;
  logger: Logger;
  /** Lease length; a job whose owner stops heartbeating for this long is re-queued. */
  leaseMs?: number;
  heartbeatMs?: number;
  pollMs?: number;
  /** Extra exec arguments for the worker; tsx is always loaded. */
  workerExecArgv?: string[];
}

const WORKER_URL = new URL("./worker-entry.mjs", import.meta.url);

/** Runner settings from the environment: CHIPROAD_JOB_LEASE_MS, CHIPROAD_JOB_POLL_MS. */
export function runnerOptionsFromEnv(env: NodeJS.ProcessEnv): Pick<JobRunnerOptions, "leaseMs" | "pollMs"> {
  const ms = (name: string) => {
    const text = env[name];
    if (text === undefined || text === "") return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 50 || n > 3_600_000)
      throw new ChiproadError(
        "BAD_INPUT",
        `${name}: expected milliseconds from 50 to 3600000, got "${text}"`,
      );
    return n;
  };
  const leaseMs = ms("CHIPROAD_JOB_LEASE_MS");
  const pollMs = ms("CHIPROAD_JOB_POLL_MS");
  return { ...(leaseMs ? { leaseMs } : {}), ...(pollMs ? { pollMs } : {}) };
}

/**
 * Whether the server runs jobs itself: yes unless CHIPROAD_IN_PROCESS_WORKER=0, which needs
 * PostgreSQL (the embedded database belongs to the server process, so no other process could run them).
 */
export function inProcessWorker(env: NodeJS.ProcessEnv, database: "pglite" | "postgres"): boolean {
  const value = env.CHIPROAD_IN_PROCESS_WORKER;
  if (value === undefined || value === "" || value === "1") return true;
  if (value !== "0")
    throw new ChiproadError("BAD_INPUT", `CHIPROAD_IN_PROCESS_WORKER: expected 0 or 1, got "${value}"`);
  if (database !== "postgres")
    throw new ChiproadError(
      "BAD_INPUT",
      "CHIPROAD_IN_PROCESS_WORKER=0 needs PostgreSQL (DATABASE_URL): with the embedded database no other process can run the jobs",
    );
  return false;
}

/**
 * Durable job runner: claims queued jobs from the database, runs each in a worker thread (so the HTTP
 * loop stays responsive), heartbeats its lease with progress, and writes the result exactly once.
 * If the process dies, the lease expires (or, on embedded PGlite, start-up re-queues at once) and the
 * job runs again from the start; JobRepository.complete() refuses a second result.
 */
export class JobRunner {
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly db: Database;
  private readonly logger: Logger;
  private readonly leaseMs: number;
  private readonly heartbeatMs: number;
  private readonly pollMs: number;
  private readonly execArgv: string[];
  private worker: Worker | null = null;
  /** Dataset versions whose rows the current worker already holds. */
  private workerHas = { trade: -1, entities: -1 };
  private running = false;
  private busy = false;
  private timer: NodeJS.Timeout | null = null;
  private current: { job: JobRecord; abort: () => void } | null = null;

  constructor(options: JobRunnerOptions) {
    this.db = options.db;
    this.logger = options.logger;
    this.leaseMs = options.leaseMs ?? 15_000;
    this.heartbeatMs = options.heartbeatMs ?? 1_000;
    this.pollMs = options.pollMs ?? 1_000;
    this.execArgv = ["--import", "tsx", ...(options.workerExecArgv ?? [])];
  }

  async start(): Promise<void> {
    // The embedded database belongs to this process alone, so any job marked running was left by a
    // previous process that died: re-queue it now instead of waiting for its lease to expire.
    const stale = await this.db.jobs.requeueStale({ all: this.db.kind === "pglite" });
    if (stale.requeued.length + stale.failed.length > 0)
      this.logger.warn(stale, "re-queued interrupted jobs");
    this.running = true;
    this.schedule(0);
  }

  /** Look for work now (called after an enqueue). */
  wake(): void {
    if (this.running && !this.busy) this.schedule(0);
  }

  /** Stops the running computation (its job is cancelled or lost); used when a job is cancelled. */
  abortIfRunning(jobId: string): void {
    if (this.current?.job.id === jobId) this.current.abort();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.current?.abort();
    await this.worker?.terminate();
    this.worker = null;
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delay);
  }

  private async tick(): Promise<void> {
    if (!this.running || this.busy) return;
    this.busy = true;
    let ranOne = false;
    try {
      if (this.db.kind === "postgres") await this.db.jobs.requeueStale();
      const job = await this.db.jobs.claim(this.owner, this.leaseMs);
      if (job) {
        ranOne = true;
        await this.run(job);
      }
    } catch (error) {
      this.logger.error({ err: error }, "job runner tick failed");
    } finally {
      this.busy = false;
      if (this.running) this.schedule(ranOne ? 0 : this.pollMs);
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_URL, { execArgv: this.execArgv });
    worker.unref();
    this.worker = worker;
    this.workerHas = { trade: -1, entities: -1 };
    return worker;
  }

  private async killWorker(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  /**
   * The reference data a job reads: the current dataset versions, or the versions `pinned` (a sweep
   * range job reads what its variant's plan read). Rows go to the worker once per version.
   */
  private async referenceInputs(pinned?: DatasetVersions): Promise<RunMessage["reference"]> {
    const versionOf = async (kind: "trade" | "entities"): Promise<number | null> => {
      if (!pinned) return (await this.db.datasets.current(kind))?.version ?? null;
      const version = pinned[kind];
      if (version !== null && !(await this.db.datasets.versions(kind)).some((v) => v.version === version))
        throw new ChiproadError("NOT_FOUND", `${kind} dataset version ${version} no longer exists`);
      return version;
    };
    const input = async (kind: "trade" | "entities") => {
      const version = await versionOf(kind);
      if (version === null) return null;
      return version === this.workerHas[kind]
        ? { version }
        : { version, rows: await this.db.datasets.rows(kind, version) };
    };
    const [trade, entities] = await Promise.all([input("trade"), input("entities")]);
    return { trade, entities };
  }

  /** The plan a job compares with or perturbs: the scenario's latest (what-if, risk) or its variant's (a sweep range). */
  private async baselineOf(job: JobRecord): Promise<unknown> {
    if (job.kind === "whatif" || job.kind === "risk")
      return (await this.db.plans.latest(job.scenarioId, "plan"))?.result;
    const planJob = (job.params as { range?: { planJob?: unknown } }).range?.planJob;
    if (job.kind === "sweep" && typeof planJob === "string")
      return ((await this.db.plans.byJob(planJob))?.result as { plan?: unknown } | undefined)?.plan;
    return undefined;
  }

  private async run(job: JobRecord): Promise<void> {
    const log = this.logger.child({ jobId: job.id, kind: job.kind, attempt: job.attempts });
    log.info("job started");
    const scenario = await this.db.scenarios.getVersion(job.scenarioId, job.scenarioVersion);
    if (!scenario) {
      await this.db.jobs.fail(job.id, this.owner, {
        code: "NOT_FOUND",
        message: `scenario ${job.scenarioId} version ${job.scenarioVersion} no longer exists`,
      });
      return;
    }
    const pinned = (job.params as { range?: { datasets?: DatasetVersions } }).range?.datasets;
    let reference: RunMessage["reference"];
    try {
      reference = await this.referenceInputs(job.kind === "sweep" ? pinned : undefined);
    } catch (error) {
      if (!(error instanceof ChiproadError)) throw error;
      await this.db.jobs.fail(job.id, this.owner, { code: error.code, message: error.message });
      return;
    }
    const worker = this.ensureWorker();
    const baseline = await this.baselineOf(job);
    const message: RunMessage = {
      type: "run",
      jobId: job.id,
      kind: job.kind,
      content: scenario.content,
      params: job.params,
      reference,
      source: {
        version: job.scenarioVersion,
        sha256: createHash("sha256").update(scenario.content).digest("hex"),
      },
      ...(baseline !== undefined ? { baseline } : {}),
    };

    let progress: { fraction: number; message: string } | undefined;
    let heartbeat: NodeJS.Timeout | undefined;
    const outcome = await new Promise<WorkerMessage | { type: "aborted" }>((resolve) => {
      const finish = (m: WorkerMessage | { type: "aborted" }) => {
        if (heartbeat) clearInterval(heartbeat);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        this.current = null;
        resolve(m);
      };
      const onMessage = (m: WorkerMessage) => {
        if (m.jobId !== job.id) return;
        if (m.type === "progress") progress = { fraction: m.fraction, message: m.message };
        else finish(m);
      };
      const onError = (error: Error) =>
        finish({
          type: "error",
          jobId: job.id,
          code: "INTERNAL",
          message: `worker crashed: ${error.message}`,
        });
      const onExit = (code: number) =>
        finish({
          type: "error",
          jobId: job.id,
          code: "INTERNAL",
          message: `worker exited with code ${code}`,
        });
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      this.current = { job, abort: () => finish({ type: "aborted" }) };
      heartbeat = setInterval(() => {
        this.db.jobs
          .heartbeat(job.id, this.owner, this.leaseMs, progress)
          .then((held) => {
            if (!held) {
              log.info("job no longer held (cancelled or re-queued); stopping its computation");
              finish({ type: "aborted" });
            }
          })
          .catch((error: unknown) => log.error({ err: error }, "heartbeat failed"));
      }, this.heartbeatMs);
      worker.postMessage(message);
    });

    if (outcome.type === "aborted") {
      // The computation cannot be interrupted from outside, so the worker is replaced.
      await this.killWorker();
      return;
    }
    if (reference.trade?.rows) this.workerHas.trade = reference.trade.version;
    if (reference.entities?.rows) this.workerHas.entities = reference.entities.version;
    if (outcome.type === "done") {
      const written = await this.db.jobs.complete(job.id, this.owner, {
        result: outcome.result,
        status: outcome.status,
        ...(outcome.followUps ? { followUps: outcome.followUps } : {}),
      });
      log.info(
        { written, status: outcome.status },
        written ? "job succeeded" : "job result discarded (no longer held)",
      );
    } else if (outcome.type === "error") {
      // Anything outside the user codes is shown as INTERNAL without its text, so it is logged here.
      if (!(isErrorCode(outcome.code) && ERROR_TABLE[outcome.code].user))
        log.error({ code: outcome.code, error: outcome.message }, "job failed");
      else log.info({ code: outcome.code }, "job failed on its input");
      if (this.worker && outcome.message.startsWith("worker")) await this.killWorker();
      await this.db.jobs.fail(job.id, this.owner, { code: outcome.code, message: outcome.message });
    }
  }
}
