/**
 * Job throughput with 1, 2 and 4 `chiproad worker` processes on one PostgreSQL queue.
 *
 *   CHIPROAD_TEST_DATABASE_URL=postgres://… node --import tsx packages/server/bench/workers.ts [jobs] [scenario.yaml] [profile]
 *
 * (default: 200 jobs of the minimal test scenario, profile quick; a real example such as
 * examples/india-mcu-osat.yaml makes each job cost seconds of CPU instead of milliseconds.)
 *
 * For each worker count: a fresh schema, the workers started and idle, then `jobs` quick plans of
 * the minimal test scenario queued one after another (different seeds); measured from the first
 * enqueue to the last stored result. Reports wall time, jobs/s, speed-up against one worker measured in the same run,
 * jobs per worker, the mean compute time per job (finished − started) and the queue's overhead per
 * job (workers × wall / jobs − mean compute). Every job is checked to be stored exactly once.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@chiproad/db";
import { parseScenarioContent } from "../src/scenario-input.ts";
import { dropSchema } from "@chiproad/db";
import { startWorker } from "./support.ts";

const url = process.env.CHIPROAD_TEST_DATABASE_URL;
if (!url) {
  process.stderr.write("set CHIPROAD_TEST_DATABASE_URL to a PostgreSQL database\n");
  process.exit(2);
}
const JOBS = Number(process.argv[2] ?? 200);
const SCENARIO = process.argv[3] ?? join(import.meta.dirname, "..", "test", "fixtures", "minimal.yaml");
const PROFILE = process.argv[4] ?? "quick";
const content = readFileSync(SCENARIO, "utf8");

async function run(workers: number) {
  const schema = `chiproad_bench_${randomBytes(5).toString("hex")}`;
  const db = await openDatabase({ url: url!, schema, maxConnections: 5 });
  const actor = { user: "bench", role: "analyst" };
  const scenario = await db.scenarios.create(
    {
      name: "bench",
      content,
      format: "yaml",
      parsed: parseScenarioContent(content, "minimal.yaml"),
      country: "RUS",
    },
    actor,
  );
  // Workers first (idle, polling every 50 ms), then the jobs: the clock starts with the first enqueue.
  const children = await Promise.all(Array.from({ length: workers }, () => startWorker(url!, schema)));
  const t0 = performance.now();
  for (let i = 0; i < JOBS; i++)
    await db.jobs.enqueue(
      {
        kind: "plan",
        scenarioId: scenario.id,
        scenarioVersion: 1,
        params: { profile: "quick", seed: i + 1 },
      },
      actor,
    );
  const enqueued = performance.now();
  for (;;) {
    const done = await db.jobs.list({ scenarioId: scenario.id, limit: JOBS + 10 });
    if (done.every((j) => j.status === "succeeded" || j.status === "failed")) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const wall = (performance.now() - t0) / 1000;
  for (const c of children) c.kill("SIGTERM");
  const jobs = await db.jobs.list({ scenarioId: scenario.id, limit: JOBS + 10 });
  const failed = jobs.filter((j) => j.status !== "succeeded").length;
  let stored = 0;
  for (const j of jobs) stored += await db.plans.count({ jobId: j.id });
  const perWorker = new Map<string, number>();
  for (const j of jobs) perWorker.set(j.worker ?? "?", (perWorker.get(j.worker ?? "?") ?? 0) + 1);
  const compute =
    jobs.reduce((s, j) => s + (Date.parse(j.finishedAt ?? "") - Date.parse(j.startedAt ?? "")), 0) /
    jobs.length /
    1000;
  await db.close();
  await dropSchema(url!, schema);
  return {
    workers,
    wall,
    enqueue: (enqueued - t0) / 1000,
    jobsPerSecond: JOBS / wall,
    perWorker: [...perWorker.values()].sort((a, b) => b - a),
    compute,
    overhead: (workers * wall) / JOBS - compute,
    failed,
    storedOnce: stored === JOBS,
  };
}

process.stdout.write(
  `${JOBS} plans (profile ${PROFILE}) of ${SCENARIO.split("/").at(-1)}; ${cpus().length} cores (${cpus()[0]?.model}); load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}; Node ${process.version}\n\n`,
);
process.stdout.write(
  "| workers | wall s (enqueueing s) | jobs/s | speed-up | jobs per worker | compute s/job | queue overhead s/job | every job stored once |\n|---:|---:|---:|---:|---|---:|---:|---|\n",
);
let base: number | undefined;
for (const w of [1, 2, 4]) {
  const r = await run(w);
  base ??= r.jobsPerSecond;
  process.stdout.write(
    `| ${w} | ${r.wall.toFixed(1)} (${r.enqueue.toFixed(1)}) | ${r.jobsPerSecond.toFixed(2)} | ${(r.jobsPerSecond / base).toFixed(2)}× | ${r.perWorker.join(" / ")} | ${r.compute.toFixed(3)} | ${r.overhead.toFixed(3)} | ${r.storedOnce && r.failed === 0 ? "yes" : `NO (${r.failed} failed)`} |\n`,
  );
}
process.stdout.write(
  `\nload after: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}\n`,
);
