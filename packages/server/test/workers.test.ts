/**
 * `chiproad worker` processes sharing one PostgreSQL queue: every job done exactly once and both
 * workers used; kill -9 of a worker mid-job loses no job — its lease lapses, the other worker runs it
 * again and stores its result once. PostgreSQL only (the embedded database belongs to one process).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import {
  type Database,
  JOB_QUEUE,
  openDatabase,
  POSTGRES_SKIPPED_WARNING,
  postgresRequired,
  dropSchema,
} from "@chiproad/db";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inProcessWorker, runnerOptionsFromEnv } from "../src/jobs/runner.ts";
import {
  expandGrid,
  parseScenarioOrThrow,
  parseSweepGrid,
  runVariant,
  SAMPLES_PER_JOB,
} from "@chiproad/domain";
import { type Harness, harness, json, SWEEP_GRID, SWEEP_SCENARIO } from "./harness.ts";

const url = process.env.CHIPROAD_TEST_DATABASE_URL?.trim();
if (!url) console.warn(`\n*** ${POSTGRES_SKIPPED_WARNING} (chiproad worker processes) ***\n`);

describe.runIf(!url && postgresRequired())("chiproad worker processes [postgres]", () => {
  it("runs because CHIPROAD_REQUIRE_POSTGRES=1", () => {
    throw new Error(`CHIPROAD_REQUIRE_POSTGRES=1 but ${POSTGRES_SKIPPED_WARNING}`);
  });
});

const WORKER_MAIN = join(import.meta.dirname, "..", "src", "worker-main.ts");

interface Worker {
  process: ChildProcess;
  id: string;
}

describe.runIf(url)("chiproad worker processes [postgres]", () => {
  const schema = `chiproad_test_${randomBytes(6).toString("hex")}`;
  let db: Database;
  let h: Harness;
  let scenarioId: string;
  const workers: Worker[] = [];

  function startWorker(): Promise<Worker> {
    const child = spawn(process.execPath, ["--import", "tsx", WORKER_MAIN], {
      env: {
        ...process.env,
        DATABASE_URL: url,
        DATABASE_SCHEMA: schema,
        CHIPROAD_JOB_POLL_MS: "100",
        CHIPROAD_JOB_LEASE_MS: "1500",
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    return new Promise((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new Error(`worker did not start: ${out}`)), 60_000);
      child.stdout?.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const m = /chiproad worker (\S+) is running/.exec(out);
        if (m) {
          clearTimeout(timer);
          const worker = { process: child, id: m[1]! };
          workers.push(worker);
          resolve(worker);
        }
      });
      child.on("exit", (code) => reject(new Error(`worker exited with ${code}: ${out}`)));
    });
  }

  /** Straight into the queue (the API's per-user cap of active jobs is not what is tested here). */
  async function enqueue(kind: "plan" | "risk", params: Record<string, unknown>): Promise<string> {
    const job = await db.jobs.enqueue(
      { kind, scenarioId, scenarioVersion: 1, params },
      { user: "worker-test", role: "analyst" },
    );
    return job.id;
  }

  async function settle(ids: string[], timeoutMs = 120_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const jobs = await Promise.all(ids.map((id) => db.jobs.get(id)));
      if (jobs.every((j) => j && ["succeeded", "failed", "cancelled"].includes(j.status)))
        return jobs.map((j) => j!);
      if (Date.now() > deadline)
        throw new Error(`jobs still running: ${JSON.stringify(jobs.map((j) => j?.status))}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  beforeAll(async () => {
    db = await openDatabase({ url: url!, schema, maxConnections: 10 });
    // The API without an in-process runner: jobs wait in the queue for the worker processes.
    h = harness(db);
    scenarioId = String((await json(h.request("POST", "/api/scenarios", { content: SWEEP_SCENARIO }))).id);
    await Promise.all([startWorker(), startWorker()]);
  }, 120_000);

  afterAll(async () => {
    for (const w of workers) w.process.kill("SIGKILL");
    await db?.close();
    await dropSchema(url!, schema);
  });

  /** The pg-boss job(s) behind a chiproad job: pg-boss dispatched it, and how often it retried. */
  async function queueJobs(jobId: string): Promise<{ state: string; retry_count: number }[]> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT state, retry_count FROM ${schema}_queue.job WHERE name = $1 AND data->>'jobId' = $2`,
        [JOB_QUEUE, jobId],
      );
      return rows;
    } finally {
      await client.end();
    }
  }

  it("runs every job exactly once, on both workers, and says which worker ran it", {
    timeout: 180_000,
  }, async () => {
    const ids: string[] = [];
    for (let seed = 1; seed <= 8; seed++) ids.push(await enqueue("plan", { profile: "quick", seed }));
    const jobs = await settle(ids);
    expect(jobs.map((j) => j.status)).toEqual(ids.map(() => "succeeded"));
    for (const id of ids) expect(await db.plans.count({ jobId: id })).toBe(1);
    const used = new Set(jobs.map((j) => j.worker));
    expect([...used].every((w) => workers.some((x) => x.id === w))).toBe(true);
    expect(used.size).toBe(2);
    const view = await json<{ worker?: string; attempts: number }>(h.request("GET", `/api/jobs/${ids[0]}`));
    expect(workers.map((w) => w.id)).toContain(view.worker);
    expect(view.attempts).toBe(1);
    for (const id of ids) expect(await queueJobs(id)).toEqual([{ state: "completed", retry_count: 0 }]);
  });

  it("runs a sweep's variants and sample ranges on the worker processes; its table equals the variants run one by one", {
    timeout: 180_000,
  }, async () => {
    const samples = 2 * SAMPLES_PER_JOB + 1;
    const res = await h.request("POST", `/api/scenarios/${scenarioId}/sweeps`, {
      grid: SWEEP_GRID,
      samples,
      profile: "quick",
      seed: 4,
    });
    expect(res.status).toBe(202);
    const { id } = await json<{ id: string }>(res);
    const deadline = Date.now() + 120_000;
    let view: { status: string; rows: unknown[]; variants: { worker?: string }[] };
    for (;;) {
      view = await json(h.request("GET", `/api/scenarios/${scenarioId}/sweeps/${id}`));
      if (view.status !== "running" || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(view.status).toBe("succeeded");
    const alone = expandGrid(parseSweepGrid(SWEEP_GRID, "grid")).map((v) =>
      runVariant(parseScenarioOrThrow(SWEEP_SCENARIO, "s.yaml"), {}, v, {
        samples,
        profile: "quick",
        seed: 4,
      }),
    );
    expect(view.rows).toEqual(JSON.parse(JSON.stringify(alone)));
    for (const v of view.variants) expect(workers.map((w) => w.id)).toContain(v.worker);
    const jobs = await db.jobs.list({ scenarioId, limit: 1000 });
    const ranges = jobs.filter((j) => (j.params as { range?: unknown }).range);
    expect(ranges.length).toBe(2 * alone.filter((row) => row.samples > 0).length);
    for (const j of ranges) {
      expect(j.status).toBe("succeeded");
      expect(workers.map((w) => w.id)).toContain(j.worker);
      expect(await db.plans.count({ jobId: j.id })).toBe(1);
    }
  });

  it("loses no job when a worker is killed with SIGKILL mid-job: the other runs it again, result stored once", {
    timeout: 180_000,
  }, async () => {
    const id = await enqueue("risk", { samples: 400, profile: "quick", seed: 5 });
    let running: string | null = null;
    const deadline = Date.now() + 60_000;
    while (!running && Date.now() < deadline) {
      const job = await db.jobs.get(id);
      if (job?.status === "running" && job.leaseOwner) running = job.leaseOwner;
      else if (job?.status === "succeeded")
        throw new Error("the job finished before it could be interrupted");
      else await new Promise((r) => setTimeout(r, 50));
    }
    const victim = workers.find((w) => w.id === running);
    expect(victim).toBeDefined();
    victim!.process.kill("SIGKILL");
    const [job] = await settle([id]);
    expect(job!.status).toBe("succeeded");
    expect(job!.attempts).toBe(2);
    expect(job!.worker).not.toBe(victim!.id);
    expect(workers.map((w) => w.id)).toContain(job!.worker);
    expect(await db.plans.count({ jobId: id })).toBe(1);
    // pg-boss retried it once, after the dead worker's lease lapsed.
    expect(await queueJobs(id)).toEqual([{ state: "completed", retry_count: 1 }]);
  });
});

describe("CHIPROAD_IN_PROCESS_WORKER", () => {
  it("keeps the in-process runner by default, and leaves jobs to workers only on PostgreSQL", () => {
    expect(inProcessWorker({}, "pglite")).toBe(true);
    expect(inProcessWorker({ CHIPROAD_IN_PROCESS_WORKER: "0" }, "postgres")).toBe(false);
    expect(() => inProcessWorker({ CHIPROAD_IN_PROCESS_WORKER: "0" }, "pglite")).toThrow(/needs PostgreSQL/);
    expect(() => inProcessWorker({ CHIPROAD_IN_PROCESS_WORKER: "no" }, "postgres")).toThrow(
      /expected 0 or 1/,
    );
    expect(() => runnerOptionsFromEnv({ CHIPROAD_JOB_POLL_MS: "fast" })).toThrow(/CHIPROAD_JOB_POLL_MS/);
    expect(runnerOptionsFromEnv({ CHIPROAD_JOB_POLL_MS: "100" })).toEqual({ pollMs: 100 });
  });
});
