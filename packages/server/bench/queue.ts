/**
 * The PostgreSQL job queue (pg-boss) alone: its overhead per job and its ceiling in jobs/s, with
 * workers in separate processes whose "computation" is an artificial wait instead of CPU — so that 16
 * workers on this 2-core machine behave like 16 machines whose own CPU is not shared (what a queue
 * sees from many machines: fetch, claim, heartbeat-free short jobs, store the result once).
 *
 *   CHIPROAD_TEST_DATABASE_URL=postgres://… node --import tsx packages/server/bench/queue.ts [jobs] [workers,…] [costs ms,…]
 *
 * Default: 1000 jobs; 1, 2, 4, 8, 16 workers; cost 0 and 100 ms. For each cell a fresh schema: the
 * jobs are queued first (measured apart: enqueue rate), then the idle workers are told to go, and the
 * clock runs until the last result is stored. Reports jobs/s, the ideal with that cost
 * (workers / cost), efficiency, and the queue's time per job per worker (workers × wall / jobs −
 * cost). Every job is checked to be stored exactly once.
 */
import { type ChildProcess, fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { type Database, openDatabase } from "@chiproad/db";
import pg from "pg";
import { dropSchema } from "@chiproad/db";

const url = process.env.CHIPROAD_TEST_DATABASE_URL;
if (!url) {
  process.stderr.write("set CHIPROAD_TEST_DATABASE_URL to a PostgreSQL database\n");
  process.exit(2);
}

const actor = { user: "bench", role: "admin" };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A worker process: claims, waits `cost` ms, stores a small result; until told to stop. */
async function client(schema: string, cost: number): Promise<void> {
  const db = await openDatabase({ url, schema, migrate: false, maxConnections: 2 });
  const owner = `bench-${process.pid}`;
  let go = false;
  let stop = false;
  process.on("message", (m: string) => {
    if (m === "go") go = true;
    if (m === "stop") stop = true;
  });
  process.send?.("ready");
  while (!go) await sleep(5);
  let done = 0;
  while (!stop) {
    const job = await db.jobs.claim(owner, 60_000);
    if (!job) {
      await sleep(10);
      continue;
    }
    if (cost > 0) await sleep(cost);
    await db.jobs.complete(job.id, owner, { result: { n: done } });
    done++;
  }
  process.send?.(`done ${done}`);
  await db.close();
  process.exit(0);
}

async function cell(jobs: number, workers: number, cost: number) {
  const schema = `chiproad_qbench_${randomBytes(5).toString("hex")}`;
  const db: Database = await openDatabase({ url, schema, maxConnections: 4 });
  try {
    const scenario = await db.scenarios.create(
      { name: "queue bench", content: "x", format: "yaml", parsed: {} },
      actor,
    );
    const children: ChildProcess[] = [];
    const ready: Promise<void>[] = [];
    for (let i = 0; i < workers; i++) {
      const child = fork(import.meta.filename, ["--client", schema, String(cost)], {
        execArgv: ["--import", "tsx"],
      });
      children.push(child);
      ready.push(new Promise((r) => child.once("message", () => r())));
    }
    await Promise.all(ready);
    const t0 = performance.now();
    const ids: string[] = [];
    for (let i = 0; i < jobs; i++)
      ids.push(
        (
          await db.jobs.enqueue(
            { kind: "plan", scenarioId: scenario.id, scenarioVersion: 1, params: {} },
            actor,
          )
        ).id,
      );
    const enqueueS = (performance.now() - t0) / 1000;
    const start = performance.now();
    for (const c of children) c.send("go");
    const counter = new pg.Client({ connectionString: url });
    await counter.connect();
    for (;;) {
      const { rows } = await counter.query(
        `SELECT count(*)::int AS n FROM ${schema}.jobs WHERE status = 'succeeded'`,
      );
      if ((rows[0]?.n ?? 0) >= jobs) break;
      await sleep(20);
    }
    await counter.end();
    const wall = (performance.now() - start) / 1000;
    const perWorker = await Promise.all(
      children.map(
        (c) =>
          new Promise<number>((r) => {
            c.on("message", (m: string) => {
              if (m.startsWith("done")) r(Number(m.split(" ")[1]));
            });
            c.send("stop");
          }),
      ),
    );
    let once = true;
    for (const id of ids) if ((await db.plans.count({ jobId: id })) !== 1) once = false;
    return { enqueueS, wall, perWorker, once };
  } finally {
    await db.close();
    await dropSchema(url!, schema);
  }
}

async function main() {
  const jobs = Number(process.argv[2] ?? 1000);
  const workerCounts = (process.argv[3] ?? "1,2,4,8,16").split(",").map(Number);
  const costs = (process.argv[4] ?? "0,100").split(",").map(Number);
  console.log(
    `queue bench: ${jobs} jobs, ${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")}, ${new Date().toISOString()}`,
  );
  console.log(
    "| cost ms | workers | enqueue jobs/s | wall s | jobs/s | ideal jobs/s | efficiency | queue ms/job per worker | jobs per worker | stored once |",
  );
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
  for (const cost of costs)
    for (const w of workerCounts) {
      const r = await cell(jobs, w, cost);
      const rate = jobs / r.wall;
      const ideal = cost > 0 ? (w * 1000) / cost : Number.NaN;
      const overhead = ((w * r.wall) / jobs) * 1000 - cost;
      console.log(
        `| ${cost} | ${w} | ${(jobs / r.enqueueS).toFixed(0)} | ${r.wall.toFixed(1)} | ${rate.toFixed(1)} | ${
          cost > 0 ? ideal.toFixed(0) : "–"
        } | ${cost > 0 ? `${((rate / ideal) * 100).toFixed(0)} %` : "–"} | ${overhead.toFixed(1)} | ${r.perWorker.join(" / ")} | ${
          r.once ? "yes" : "NO"
        } |`,
      );
    }
  console.log(
    `load at end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ")}`,
  );
}

if (process.argv[2] === "--client") await client(process.argv[3]!, Number(process.argv[4]));
else await main();
