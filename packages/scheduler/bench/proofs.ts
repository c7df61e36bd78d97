/**
 * Proofs of optimality per unit of work on PSPLIB sets, in one process (one
 * instance at a time, `workers: 1`): for each instance the engine runs with a fixed schedule
 * and node budget and a seed, and the line says its status, makespan against the best-known
 * value, its lower bound and the nodes it used. For tuning the CP core on a development subset
 * and for the before/after rows in BENCHMARKS.md; budgets are work, so load does not change them.
 *
 *   node --import tsx bench/proofs.ts --set j30 [--only j3013_1,j3025_3] [--odd-unproven FILE]
 *     [--sample 48] [--schedules 5000] [--nodes 50000] [--seed 1] [--json out.json]
 *
 * `--odd-unproven FILE`: only the instances a results file (bench/results/*.json) left unproven
 * whose instance number is odd (the development subset); the even ones stay held out.
 * `--development N`: N instances per set outside the reporting samples of 10 and 16 per set.
 * `--no-mode-vectors`: turn off solve's mode-vector search (multi-mode makespan problems; on by default).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { parsePsplib, solve, validate } from "../src/index.ts";
import { checkSchedule } from "./check-schedule.ts";
import { findPsplibRoot, flag, selectInstances } from "./instances.ts";

const root = findPsplibRoot();
if (!root) {
  console.error("proofs: ../shared/benchmarks/psplib is missing next to the repository");
  process.exit(2);
}
const set = flag("set") ?? "j30";
const schedules = Number(flag("schedules") ?? 5000);
const nodes = Number(flag("nodes") ?? 50000);
const seed = Number(flag("seed") ?? 1);
// `--no-mode-vectors`: solve without its mode-vector search (multi-mode makespan problems).
const modeVectors = !process.argv.includes("--no-mode-vectors");
const instances = selectInstances(root, set);

let proven = 0;
let atBest = 0;
let provenWhereOptimalKnown = 0;
let optimalKnown = 0;
let totalNodes = 0;
let totalSchedules = 0;
let deviation = 0;
let totalCpuMs = 0;
const rows: unknown[] = [];
for (const inst of instances) {
  const problem = parsePsplib(readFileSync(inst.path, "utf8"), basename(inst.path));
  const cpuBefore = process.cpuUsage();
  const r = solve(problem, { maxSchedules: schedules, maxNodes: nodes, seed, workers: 1, modeVectors });
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  totalCpuMs += cpuMs;
  if (!r.schedule || r.makespan === undefined) throw new Error(`${inst.name}: no schedule`);
  const problems = [
    ...validate(problem, r.schedule).map((v) => JSON.stringify(v)),
    ...checkSchedule(problem, r.schedule).errors,
  ];
  if (problems.length > 0) throw new Error(`${inst.name}: invalid schedule: ${problems.join("; ")}`);
  if (r.status === "optimal" && inst.best.optimal && r.makespan > inst.best.bestKnown)
    throw new Error(`${inst.name}: FALSE PROOF ${r.makespan} > optimum ${inst.best.bestKnown}`);
  if (r.lowerBound > inst.best.bestKnown && inst.best.optimal)
    throw new Error(`${inst.name}: FALSE BOUND ${r.lowerBound} > optimum ${inst.best.bestKnown}`);
  if (r.status === "optimal") proven++;
  if (r.makespan <= inst.best.bestKnown) atBest++;
  if (inst.best.optimal) {
    optimalKnown++;
    if (r.status === "optimal") provenWhereOptimalKnown++;
  }
  totalNodes += r.nodes;
  totalSchedules += r.schedulesGenerated;
  deviation += (r.makespan - inst.best.bestKnown) / inst.best.bestKnown;
  rows.push({
    instance: inst.name,
    status: r.status,
    makespan: r.makespan,
    bestKnown: inst.best.bestKnown,
    lowerBound: r.lowerBound,
    nodes: r.nodes,
    schedulesGenerated: r.schedulesGenerated,
    // Reporting only: depends on the machine's load (CPU time less so than wall time).
    elapsedMs: r.elapsedMs,
    cpuMs,
  });
  console.log(
    `${inst.name.padEnd(10)} ${r.status.padEnd(8)} ${r.makespan} (best ${inst.best.bestKnown}) lb ${r.lowerBound} nodes ${r.nodes} schedules ${r.schedulesGenerated}`,
  );
}
const n = instances.length;
const summary = {
  set,
  instances: n,
  schedules,
  nodes,
  seed,
  atBest,
  proven,
  provenWhereOptimalKnown,
  optimalKnown,
  meanDeviationPercent: n ? (100 * deviation) / n : 0,
  meanNodes: n ? totalNodes / n : 0,
  meanSchedules: n ? totalSchedules / n : 0,
  // Reporting only (load-dependent): CPU seconds of the whole run, per 1,000 units of work.
  cpuSeconds: totalCpuMs / 1000,
  cpuMsPerThousandWork: totalNodes + totalSchedules ? (1000 * totalCpuMs) / (totalNodes + totalSchedules) : 0,
};
console.log(JSON.stringify(summary));
const out = flag("json");
if (out) writeFileSync(out, `${JSON.stringify({ summary, rows }, null, 1)}\n`);
