import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dropSchema, openDatabase, POSTGRES_SKIPPED_WARNING, postgresRequired } from "@chiproad/db";
import { afterAll, describe, expect, it } from "vitest";
import { MINIMAL_SCENARIO } from "./harness.ts";

const MAIN = join(import.meta.dirname, "..", "src", "main.ts");
const PG_URL = process.env.CHIPROAD_TEST_DATABASE_URL?.trim();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      const port = typeof address === "object" && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  base: string;
  /** Session cookie and Origin of the first-start admin, signed in through POST /api/auth/login. */
  headers: Record<string, string>;
  output: () => string;
}

const ADMIN_PASSWORD = "restart test secret phrase";

async function signIn(base: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ username: "admin", password: ADMIN_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return { cookie: res.headers.get("set-cookie")?.split(";")[0] ?? "", origin: base };
}

async function startServer(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      CHIPROAD_ADMIN_PASSWORD: ADMIN_PASSWORD,
      CHIPROAD_SKIP_WEB_BUILD: "1",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`server did not become healthy:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, base, headers: await signIn(base), output: () => output };
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}

async function getJob(s: Started, id: string): Promise<Record<string, unknown>> {
  return (await (await fetch(`${s.base}/api/jobs/${id}`, { headers: s.headers })).json()) as Record<
    string,
    unknown
  >;
}

/** A slow plan: the example programme (or the minimal fixture) with a long engine time limit. */
async function enqueueSlowPlan(s: Started): Promise<string> {
  const base = s.base;
  let scenarioId = "example-russia-coprocessor";
  if ((await fetch(`${base}/api/scenarios/${scenarioId}`, { headers: s.headers })).status !== 200) {
    const created = await fetch(`${base}/api/scenarios`, {
      method: "POST",
      headers: { ...s.headers, "content-type": "application/json" },
      body: JSON.stringify({ content: MINIMAL_SCENARIO }),
    });
    scenarioId = String(((await created.json()) as { id: string }).id);
  }
  const res = await fetch(`${base}/api/scenarios/${scenarioId}/plans`, {
    method: "POST",
    headers: { ...s.headers, "content-type": "application/json" },
    body: JSON.stringify({ timeLimitMs: 3000, maxSchedules: 10_000_000, seed: 11 }),
  });
  expect(res.status).toBe(202);
  return ((await res.json()) as { jobId: string }).jobId;
}

async function restartScenario(env: Record<string, string>, countPlans: (jobId: string) => Promise<number>) {
  const first = await startServer(env);
  let second: Started | undefined;
  try {
    const jobId = await enqueueSlowPlan(first);
    // Wait until the worker is computing (progress reported), then kill -9 mid-run.
    const until = Date.now() + 60_000;
    for (;;) {
      const job = await getJob(first, jobId);
      if (job.status === "running" && Number(job.progress) > 0) break;
      if (job.status !== "queued" && job.status !== "running")
        throw new Error(`job ended early: ${job.status}`);
      if (Date.now() > until) throw new Error(`job never ran:\n${first.output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await stop(first.child, "SIGKILL");

    second = await startServer(env);
    const deadline = Date.now() + 120_000;
    let job = await getJob(second, jobId);
    while (job.status !== "succeeded" && job.status !== "failed") {
      if (Date.now() > deadline) throw new Error(`job not finished after restart: ${JSON.stringify(job)}`);
      await new Promise((r) => setTimeout(r, 250));
      job = await getJob(second, jobId);
    }
    expect(job.status).toBe("succeeded");
    expect(job.attempts).toBe(2);
    expect(job.result).toBeDefined();
    await stop(second.child, "SIGTERM");
    expect(await countPlans(jobId)).toBe(1);
  } finally {
    await stop(first.child, "SIGKILL");
    if (second) await stop(second.child, "SIGKILL");
  }
}

describe("a server killed mid-job and restarted", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it("re-queues the job on embedded PGlite; it completes exactly once", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "chiproad-restart-"));
    dirs.push(dataDir);
    await restartScenario({ CHIPROAD_DATA_DIR: dataDir }, async (jobId) => {
      const db = await openDatabase({ dataDir });
      try {
        return await db.plans.count({ jobId });
      } finally {
        await db.close();
      }
    });
  }, 240_000);

  if (PG_URL) {
    it("re-queues the job after its lease expires on PostgreSQL; it completes exactly once", async () => {
      const schema = `chiproad_restart_${randomBytes(5).toString("hex")}`;
      try {
        await restartScenario(
          { DATABASE_URL: PG_URL, DATABASE_SCHEMA: schema, CHIPROAD_JOB_LEASE_MS: "3000" },
          async (jobId) => {
            const db = await openDatabase({ url: PG_URL, schema });
            try {
              return await db.plans.count({ jobId });
            } finally {
              await db.close();
            }
          },
        );
      } finally {
        await dropSchema(PG_URL, schema);
      }
    }, 240_000);
  } else if (postgresRequired()) {
    it("runs on PostgreSQL because CHIPROAD_REQUIRE_POSTGRES=1", () => {
      throw new Error(`CHIPROAD_REQUIRE_POSTGRES=1 but ${POSTGRES_SKIPPED_WARNING}`);
    });
  } else {
    console.warn(`\n*** ${POSTGRES_SKIPPED_WARNING} (restart test) ***\n`);
  }
});
