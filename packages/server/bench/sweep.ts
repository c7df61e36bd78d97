/**
 * A 20-variant × 500-sample sweep of the India example with 1 and 2 `chiproad worker` processes on
 * one PostgreSQL queue (pg-boss), and the same variants run one by one in this process.
 *
 *   CHIPROAD_TEST_DATABASE_URL=postgres://… node --import tsx packages/server/bench/sweep.ts [samples] [profile] [grid]
 *
 * Grid `full` (default): the second fiscal-support tranche × 1, 0.75, 0.5, 0.25, 0 (5) × Taiwan
 * available or blocked (2) × Japan available or blocked (2) = 20 variants; grid `one`: the scenario
 * alone, one variant (where only splitting its samples into jobs lets a second worker help). Each
 * variant is planned and risk-analysed with `samples` samples (default 500) on the `quick` profile,
 * one seed for all; a variant's samples run as jobs of SAMPLES_PER_JOB. Reports wall time from the
 * sweep's creation to its last stored job (the workers warmed up first with one plan each, untimed),
 * speed-up against one worker measured in the same run, jobs per worker, and whether the table
 * equals the one computed variant by variant in this process.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { openDatabase } from "@chiproad/db";
import { expandGrid, parseScenarioOrThrow, parseSweepGrid, runVariant } from "@chiproad/domain";
import { buildReferenceData } from "../src/reference-data.ts";
import { sweepVariants } from "../src/jobs/sweep-jobs.ts";
import { parseScenarioContent } from "../src/scenario-input.ts";
import { dropSchema } from "@chiproad/db";
import { startWorker } from "./support.ts";

const url = process.env.CHIPROAD_TEST_DATABASE_URL;
if (!url) {
  process.stderr.write("set CHIPROAD_TEST_DATABASE_URL to a PostgreSQL database\n");
  process.exit(2);
}
const SAMPLES = Number(process.argv[2] ?? 500);
const PROFILE = (process.argv[3] ?? "quick") as "quick";
const GRID_NAME = process.argv[4] ?? "full";
if (GRID_NAME !== "full" && GRID_NAME !== "one") {
  process.stderr.write(`grid: expected full or one, got "${GRID_NAME}"\n`);
  process.exit(2);
}
const SEED = 7;
const ROOT = join(import.meta.dirname, "..", "..", "..");
const content = readFileSync(join(ROOT, "examples", "india-mcu-osat.yaml"), "utf8");
const block = (partner: string) => `[{ type: block-partner, partner: ${partner}, reason: "bench" }]`;
const FULL_GRID = `name: bench sweep
dimensions:
  - name: second tranche
    options:
${[1, 0.75, 0.5, 0.25, 0]
  .map((f) =>
    f === 1
      ? "      - { name: as planned }"
      : `      - { name: "× ${f}", changes: [{ type: cut-tranche, instrument: fiscal-support, date: 2025-07-01, factor: ${f} }] }`,
  )
  .join("\n")}
  - name: Taiwan
    options:
      - { name: available }
      - { name: blocked, changes: ${block("twn")} }
  - name: Japan
    options:
      - { name: available }
      - { name: blocked, changes: ${block("jpn")} }
`;
const GRID =
  GRID_NAME === "full"
    ? FULL_GRID
    : "name: one variant\ndimensions:\n  - name: scenario\n    options: [{ name: as it is }]\n";

const variants = expandGrid(parseSweepGrid(GRID, "grid"));
const params = { samples: SAMPLES, seed: SEED, profile: PROFILE };

/**
 * Before the clock starts, one plan per worker (a sweep of `workers` unchanged variants, no samples):
 * each worker process loads its code and reference data once, as a long-running worker has. Returns
 * how many workers ran one.
 */
async function warmUp(
  db: Awaited<ReturnType<typeof openDatabase>>,
  scenarioId: string,
  workers: number,
  actor: { user: string; role: string },
): Promise<number> {
  const warm = { samples: 0, seed: SEED, profile: PROFILE };
  const sweep = await db.sweeps.create(
    {
      scenarioId,
      scenarioVersion: 1,
      name: "warm-up",
      dimensions: ["warm-up"],
      params: warm,
      variants: Array.from({ length: workers }, (_, i) => ({
        options: [{ dimension: "warm-up", option: String(i) }],
        changes: [],
        ...warm,
      })),
    },
    actor,
  );
  for (;;) {
    const jobs = await db.sweeps.jobs(sweep.id);
    if (jobs.every(({ job }) => job.status !== "queued" && job.status !== "running"))
      return new Set(jobs.map(({ job }) => job.worker)).size;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function run(workers: number) {
  const schema = `chiproad_bench_${randomBytes(5).toString("hex")}`;
  const db = await openDatabase({ url: url!, schema, maxConnections: 5 });
  const actor = { user: "bench", role: "analyst" };
  try {
    const scenario = await db.scenarios.create(
      {
        name: "india",
        content,
        format: "yaml",
        parsed: parseScenarioContent(content, "india.yaml"),
        country: "IND",
      },
      actor,
    );
    const children = await Promise.all(Array.from({ length: workers }, () => startWorker(url!, schema)));
    const warmed = await warmUp(db, scenario.id, workers, actor);
    const t0 = performance.now();
    const sweep = await db.sweeps.create(
      {
        scenarioId: scenario.id,
        scenarioVersion: 1,
        name: "bench",
        dimensions: parseSweepGrid(GRID, "grid").dimensions.map((d) => d.name),
        params,
        variants: variants.map((v) => ({ options: v.options, changes: v.changes, ...params })),
      },
      actor,
    );
    for (;;) {
      const states = sweepVariants(await db.sweeps.jobs(sweep.id), SAMPLES);
      if (states.every((v) => v.status !== "queued" && v.status !== "running")) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const wall = (performance.now() - t0) / 1000;
    for (const c of children) c.kill("SIGTERM");
    const jobs = await db.sweeps.jobs(sweep.id);
    const states = sweepVariants(jobs, SAMPLES);
    const perWorker = new Map<string, number>();
    for (const { job } of jobs) perWorker.set(job.worker ?? "?", (perWorker.get(job.worker ?? "?") ?? 0) + 1);
    return {
      wall,
      warmed,
      failed: states.filter((v) => v.status !== "succeeded").length,
      perWorker: [...perWorker.values()].sort((a, b) => b - a),
      table: states.map((v) => v.row),
    };
  } finally {
    await db.close();
    await dropSchema(url!, schema);
  }
}

process.stdout.write(
  `sweep of ${variants.length} variant${variants.length > 1 ? "s" : ""} × ${SAMPLES} samples (profile ${PROFILE}, seed ${SEED}) of the India example; ${cpus().length} cores; load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}; ${new Date().toISOString()}\n\n`,
);
const t0 = performance.now();
const scenario = parseScenarioOrThrow(content, "india.yaml");
// The reference data a worker builds with no imported dataset (the shipped samples).
const ref = await buildReferenceData(
  { trade: null, entities: null },
  { trade: null, entities: null },
  scenario.program.country,
);
// As stored (JSON): PostgreSQL's jsonb reorders keys, so the tables are compared as values.
const alone: unknown = JSON.parse(JSON.stringify(variants.map((v) => runVariant(scenario, ref, v, params))));
const aloneWall = (performance.now() - t0) / 1000;
process.stdout.write(
  `| run | wall s | speed-up | jobs per worker | workers warmed | table equals one-by-one |\n|---|---:|---:|---|---|---|\n| one by one in this process | ${aloneWall.toFixed(1)} | – | – | – | – |\n`,
);
let base: number | undefined;
for (const w of [1, 2]) {
  const r = await run(w);
  if (process.env.BENCH_DEBUG) {
    const a = alone as unknown[];
    (r.table as unknown[]).forEach((row, i) => {
      if (!isDeepStrictEqual(row, a[i]))
        console.log(i, JSON.stringify(row).slice(0, 600), "\n  vs", JSON.stringify(a[i]).slice(0, 600));
    });
  }
  base ??= r.wall;
  process.stdout.write(
    `| ${w} worker process${w > 1 ? "es" : ""} | ${r.wall.toFixed(1)} | ${(base / r.wall).toFixed(2)}× | ${r.perWorker.join(" / ")} | ${r.warmed} of ${w} | ${r.failed === 0 && isDeepStrictEqual(r.table, alone) ? "yes" : `NO (${r.failed} failed)`} |\n`,
  );
}
process.stdout.write(
  `\nload after: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}\n`,
);
