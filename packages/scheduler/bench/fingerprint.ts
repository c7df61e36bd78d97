/**
 * Work per CPU-second and a results fingerprint, for speed changes that must not change a result.
 * Solves a list of PSPLIB instances at work budgets (`workers: 1`) with the engine found at
 * `--engine` (default: this checkout's `src/index.ts`; an older version extracted with
 * `git archive` to /tmp can be named instead) and writes every result minus its timing field
 * (`elapsedMs`) to `--json`, so two versions compare with `cmp`; it prints nodes and schedules per
 * CPU-second (reporting only: load-dependent).
 *
 *   node --import tsx bench/fingerprint.ts --set j30 --only j3013_1,j3029_3 [--sample 16]
 *     [--development 4] [--odd-unproven FILE] [--schedules 5000] [--nodes 20000] [--seed 1] [--engine /tmp/old/src/index.ts]
 *     [--json out.json] [--time-limit S]
 *
 * `--time-limit S`: S seconds per instance instead of the work budgets (as bench/run.ts's time
 * budgets: unbounded schedules and nodes). Results then depend on the machine and its load; the
 * summary's proven and at-best-known counts are what to compare, indicatively.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { findPsplibRoot, flag, selectInstances } from "./instances.ts";

const root = findPsplibRoot();
if (!root) {
  console.error("fingerprint: ../shared/benchmarks/psplib is missing next to the repository");
  process.exit(2);
}
const enginePath = flag("engine");
const engine = (await import(
  enginePath ? pathToFileURL(resolve(enginePath)).href : "../src/index.ts"
)) as typeof import("../src/index.ts");
const set = flag("set") ?? "j30";
const schedules = Number(flag("schedules") ?? 5000);
const nodes = Number(flag("nodes") ?? 20000);
const seed = Number(flag("seed") ?? 1);
const timeLimit = flag("time-limit");
const budget = timeLimit
  ? { maxSchedules: Number.MAX_SAFE_INTEGER, timeLimitMs: 1000 * Number(timeLimit) }
  : { maxSchedules: schedules, maxNodes: nodes };
const instances = selectInstances(root, set);

let totalCpuMs = 0;
let totalNodes = 0;
let totalSchedules = 0;
let proven = 0;
let atBest = 0;
const results: unknown[] = [];
for (const inst of instances) {
  const problem = engine.parsePsplib(readFileSync(inst.path, "utf8"), basename(inst.path));
  const cpuBefore = process.cpuUsage();
  const r = engine.solve(problem, { ...budget, seed, workers: 1 });
  const cpu = process.cpuUsage(cpuBefore);
  totalCpuMs += (cpu.user + cpu.system) / 1000;
  totalNodes += r.nodes;
  totalSchedules += r.schedulesGenerated;
  if (r.status === "optimal") proven++;
  if (r.makespan !== undefined && r.makespan <= inst.best.bestKnown) atBest++;
  const { elapsedMs: _timing, ...rest } = r;
  results.push({ instance: inst.name, ...rest });
}
const summary = {
  set,
  instances: instances.length,
  atBest,
  proven,
  nodes: totalNodes,
  schedules: totalSchedules,
  // Reporting only (load-dependent).
  cpuSeconds: totalCpuMs / 1000,
  nodesPerCpuSecond: Math.round(totalNodes / (totalCpuMs / 1000)),
  schedulesPerCpuSecond: Math.round(totalSchedules / (totalCpuMs / 1000)),
};
console.log(JSON.stringify(summary));
const out = flag("json");
if (out) writeFileSync(out, `${JSON.stringify(results)}\n`);
