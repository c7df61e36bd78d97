/**
 * `npm run bench` — runs the scheduling engine on PSPLIB (and the plain random serial-SGS
 * baseline and the MiniZinc/Chuffed peer on the same instances), writes
 * bench/results/<label>.json and regenerates packages/scheduler/BENCHMARKS.md. See README.md.
 */
import { cpus, loadavg, availableParallelism, release, type } from "node:os";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parsePsplib } from "@chiproad/scheduler";
import { checkSchedule } from "./check-schedule.ts";
import { findPsplibRoot, type Instance, listInstances, repoRoot, stratifiedSample } from "./instances.ts";
import { measureMemory } from "./memory.ts";
import { solveWithChuffed, warmUpChuffed } from "./peer/chuffed.ts";
import { customPlan, defaultPlan, describePhase, fullPlan, type Phase, resolveSets } from "./plan.ts";
import { WorkerPool } from "./pool.ts";
import { type BenchRun, writeReport } from "./report.ts";
import { budgetLabel, parseBudget, type RecordedResult, type Task } from "./task.ts";

const resultsDir = join(repoRoot, "packages/scheduler/bench/results");

const { values: flags } = parseArgs({
  options: {
    full: { type: "boolean", default: false },
    sets: { type: "string" },
    budgets: { type: "string" },
    sample: { type: "string" },
    peer: { type: "boolean" },
    "no-peer": { type: "boolean", default: false },
    "no-baseline": { type: "boolean", default: false },
    "no-memory": { type: "boolean", default: false },
    "max-nodes": { type: "string" },
    "no-mode-vectors": { type: "boolean", default: false },
    workers: { type: "string" },
    seed: { type: "string", default: "1" },
    label: { type: "string" },
    only: { type: "string" },
    out: { type: "string" },
    "report-only": { type: "string" },
    help: { type: "boolean", default: false },
  },
});

if (flags.help) {
  process.stdout.write(readFileSync(new URL("./README.md", import.meta.url), "utf8"));
  process.exit(0);
}

const reportPath = flags.out ?? join(repoRoot, "packages/scheduler/BENCHMARKS.md");

if (flags["report-only"]) {
  const run = JSON.parse(readFileSync(flags["report-only"], "utf8")) as BenchRun;
  writeReport(run, reportPath);
  process.stderr.write(`wrote ${reportPath}\n`);
  process.exit(0);
}

const psplibRoot = findPsplibRoot();
if (!psplibRoot) {
  process.stderr.write(
    `bench: PSPLIB benchmark data not found at ${join(repoRoot, "../shared/benchmarks/psplib")}.\n` +
      "The benchmark needs the shared PSPLIB sets next to the repository (../shared/benchmarks, see\n" +
      "packages/scheduler/bench/README.md); they are not part of a clone. Nothing was run.\n",
  );
  process.exit(2);
}

const custom = flags.sets !== undefined || flags.budgets !== undefined || flags.sample !== undefined;
const peer = flags["no-peer"] ? false : (flags.peer ?? !custom);
let plan: Phase[];
let planName: string;
if (flags.full) {
  plan = fullPlan(peer);
  planName = "full";
} else if (custom) {
  plan = customPlan({
    sets: resolveSets(flags.sets ?? "all"),
    budgets: (flags.budgets ?? "1000,5000,50000,1s,10s").split(",").map(parseBudget),
    sample: flags.sample === undefined || flags.sample === "0" ? undefined : Number(flags.sample),
    peer,
    baseline: !flags["no-baseline"],
  });
  planName = "custom";
} else {
  plan = defaultPlan().map((phase) => ({
    ...phase,
    solvers: phase.solvers.filter(
      (s) => (s !== "chuffed" || peer) && (s !== "baseline" || !flags["no-baseline"]),
    ),
  }));
  planName = "default";
}

const maxNodes = flags["max-nodes"] === undefined ? undefined : Number(flags["max-nodes"]);
const workers = Number(flags.workers ?? Math.min(2, availableParallelism()));
const seed = Number(flags.seed);
const label = flags.label ?? `${new Date().toISOString().slice(0, 10)}-${planName}`;
/** `--only REGEX`: only instances whose name matches (before sampling), e.g. j60 at resource strength 0.2. */
const only = flags.only === undefined ? undefined : new RegExp(flags.only);
const instancesBySet = new Map<string, Instance[]>();
const instancesOf = (set: string): Instance[] => {
  let list = instancesBySet.get(set);
  if (!list) {
    list = listInstances(psplibRoot, set).filter((x) => !only || only.test(x.name));
    instancesBySet.set(set, list);
  }
  return list;
};

/** Which engine was measured: HEAD plus whether packages/scheduler/src had uncommitted changes. */
function engineRevision(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync("git", ["-C", repoRoot, ...args], { encoding: "utf8" }).trim();
    const head = git("rev-parse", "--short", "HEAD");
    const dirty = git("status", "--porcelain", "--", "packages/scheduler/src") !== "";
    return dirty ? `${head} + uncommitted changes in packages/scheduler/src` : head;
  } catch {
    return "unknown (git unavailable)";
  }
}

const started = new Date();
const run: BenchRun = {
  meta: {
    label,
    plan: planName,
    command: `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim(),
    date: started.toISOString(),
    node: process.version,
    os: `${type()} ${release()}`,
    cpu: cpus()[0]?.model ?? "unknown",
    nproc: availableParallelism(),
    workers,
    seed,
    engine: engineRevision(),
    loadAverageStart: loadavg(),
    phases: plan.map(describePhase),
    samples: {},
    partial: true,
  },
  results: [],
};

function save(): void {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${label}.json`);
  const { results, ...head } = run;
  const round = (_key: string, value: unknown) =>
    typeof value === "number" ? Math.round(value * 10) / 10 : value;
  const lines = results.map((r) => JSON.stringify(r, round));
  writeFileSync(
    file,
    `${JSON.stringify(head, null, 1).slice(0, -2)},\n "results": [\n${lines.join(",\n")}\n ]\n}\n`,
  );
  writeReport(run, reportPath);
}

if (plan.some((phase) => phase.solvers.includes("chuffed"))) {
  // Proof that the peer really is Chuffed and really optimal: j301_1 has optimum 43.
  const j301 = listInstances(psplibRoot, "j30").find((instance) => instance.name === "j301_1")!;
  const problem = parsePsplib(readFileSync(j301.path, "utf8"), j301.path);
  await warmUpChuffed(problem);
  const check = await solveWithChuffed(problem, { timeLimitMs: 10_000 });
  run.meta.peerCheck = {
    instance: "j301_1",
    optimum: j301.best.bestKnown,
    status: check.status,
    ...(check.makespan === undefined ? {} : { makespan: check.makespan }),
    feasible: check.schedule ? checkSchedule(problem, check.schedule).errors.length === 0 : false,
    solverArgument: "--solver org.minizinc.chuffed",
    nogoods: typeof check.statistics.nogoods === "number" ? check.statistics.nogoods : null,
    wallMs: check.elapsedMs,
  };
  process.stderr.write(`[peer check] Chuffed on j301_1: ${JSON.stringify(run.meta.peerCheck)}\n`);
}

const pool = new WorkerPool(workers);
for (const [phaseIndex, phase] of plan.entries()) {
  const tasks: Task[] = [];
  const bestOf = new Map<string, Instance>();
  for (const [set, size] of Object.entries(phase.sample)) {
    const chosen = size === undefined ? instancesOf(set) : stratifiedSample(instancesOf(set), size);
    run.meta.samples[`${phaseIndex}:${set}`] = chosen.map((i) => i.name);
    for (const instance of chosen) {
      bestOf.set(instance.name, instance);
      // Solvers of one instance are queued back to back, so they meet the same machine load.
      for (const solver of phase.solvers) {
        tasks.push({
          id: tasks.length,
          solver,
          set,
          instance: instance.name,
          path: instance.path,
          budget: phase.budget,
          seed,
          ...(maxNodes !== undefined && solver === "engine" ? { maxNodes } : {}),
          ...(flags["no-mode-vectors"] && solver === "engine" ? { modeVectors: false } : {}),
        });
      }
    }
  }
  const tag = `[${phaseIndex + 1}/${plan.length} ${budgetLabel(phase.budget)}]`;
  process.stderr.write(
    `${tag} ${tasks.length} tasks on ${workers} worker processes: ${describePhase(phase)}\n`,
  );
  const phaseStart = performance.now();
  let done = 0;
  await pool.run(tasks, (result) => {
    done++;
    const instance = bestOf.get(result.instance)!;
    run.results.push({
      ...result,
      phase: phaseIndex,
      bestKnown: instance.best.bestKnown,
      bestKnownOptimal: instance.best.optimal,
    } satisfies RecordedResult);
    if (result.error || (result.makespan !== undefined && !result.feasible)) {
      process.stderr.write(
        `${tag} ${result.solver} ${result.instance}: ${result.status} ${result.error ?? ""} ${(result.violations ?? []).join("; ")}\n`,
      );
    }
    if (done % 50 === 0 || done === tasks.length) {
      const elapsed = (performance.now() - phaseStart) / 1000;
      process.stderr.write(`${tag} ${done}/${tasks.length} done, ${elapsed.toFixed(0)} s\n`);
    }
  });
  save();
}
pool.close();

if (!flags["no-memory"]) {
  process.stderr.write("[memory] solving a random 1,000-activity instance in a child process (10 s limit)\n");
  try {
    run.memory = await measureMemory(1000, seed, 10_000);
  } catch (error) {
    run.memoryError = error instanceof Error ? error.message : String(error);
  }
}

run.meta.partial = false;
run.meta.durationS = (Date.now() - started.getTime()) / 1000;
run.meta.loadAverageEnd = loadavg();
save();
process.stderr.write(
  `done in ${run.meta.durationS.toFixed(0)} s: ${join(resultsDir, `${label}.json`)}, ${reportPath}\n`,
);
