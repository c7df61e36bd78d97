/** Writes BENCHMARKS.md from a run (also usable on a saved results JSON: --report-only). */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { mergeReport } from "./hand-written.ts";
import { isMultiMode } from "./instances.ts";
import type { MemoryResult } from "./memory.ts";
import { headToHead, type Summary, summarize } from "./stats.ts";
import type { RecordedResult, SolverName } from "./task.ts";

export interface BenchRun {
  meta: {
    label: string;
    plan: string;
    command: string;
    date: string;
    node: string;
    os: string;
    cpu: string;
    nproc: number;
    workers: number;
    seed: number;
    engine: string;
    loadAverageStart: number[];
    loadAverageEnd?: number[];
    durationS?: number;
    phases: string[];
    /** "<phase>:<set>" → instance names, so every table's sample can be reproduced. */
    samples: Record<string, string[]>;
    partial: boolean;
    /** Chuffed on j301_1 before the run: evidence that the peer is Chuffed and solves to optimality. */
    peerCheck?: {
      instance: string;
      optimum: number;
      status: string;
      makespan?: number;
      feasible: boolean;
      solverArgument: string;
      nogoods: number | null;
      wallMs: number;
    };
  };
  results: RecordedResult[];
  memory?: MemoryResult;
  memoryError?: string;
}

const pct = (value: number | undefined, digits = 2): string =>
  value === undefined ? "–" : `${value.toFixed(digits)}%`;
const ms = (value: number): string =>
  value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || b === 0 ? "–" : `${(a / b).toFixed(1)}×`;

function groups(results: readonly RecordedResult[]): Array<[string, RecordedResult[]]> {
  const bySet = new Map<string, RecordedResult[]>();
  for (const r of results) bySet.set(r.set, [...(bySet.get(r.set) ?? []), r]);
  const rows: Array<[string, RecordedResult[]]> = [...bySet.entries()];
  const multi = results.filter((r) => isMultiMode(r.set));
  if (multi.length > 0 && multi.length < results.length + 1 && new Set(multi.map((r) => r.set)).size > 1) {
    rows.push(["**all multi-mode**", multi]);
  }
  return rows;
}

function phaseTable(run: BenchRun, phase: number): string[] {
  const inPhase = run.results.filter((r) => r.phase === phase);
  const of = (solver: SolverName) => inPhase.filter((r) => r.solver === solver);
  const engine = of("engine");
  const baseline = of("baseline");
  const hasBaseline = baseline.length > 0;
  const lines = [
    `| set | n | feasible | at best-known | proved optimal | dev. best-known | dev. CPM bound | mean time | mean schedules | mean nodes | schedules/s |${hasBaseline ? " baseline at best | baseline dev. best | baseline dev. CPM | rate vs baseline |" : ""}`,
    `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|${hasBaseline ? "---:|---:|---:|---:|" : ""}`,
  ];
  for (const [set, rows] of groups(engine)) {
    const s = summarize(rows);
    let line = `| ${set} | ${s.n} | ${s.feasible} | ${s.atBest} (${pct((100 * s.atBest) / s.n, 1)}) | ${s.provedOptimal} | ${pct(s.devBest)} | ${pct(s.devCpm)} | ${ms(s.meanWallMs)} | ${s.meanSchedules === undefined ? "–" : s.meanSchedules.toFixed(0)} | ${s.meanNodes === undefined ? "–" : s.meanNodes.toFixed(0)} | ${s.rate === undefined ? "–" : s.rate.toFixed(0)} |`;
    if (hasBaseline) {
      const names = new Set(rows.map((r) => `${r.set}/${r.instance}`));
      const b: Summary = summarize(baseline.filter((r) => names.has(`${r.set}/${r.instance}`)));
      line += ` ${b.atBest}/${b.n} | ${pct(b.devBest)} | ${pct(b.devCpm)} | ${ratio(s.rate, b.rate)} |`;
    }
    lines.push(line);
  }
  return lines;
}

function peerTable(run: BenchRun, phase: number): string[] {
  const inPhase = run.results.filter((r) => r.phase === phase);
  const engine = inPhase.filter((r) => r.solver === "engine");
  const chuffed = inPhase.filter((r) => r.solver === "chuffed");
  const lines = [
    "| set | n | engine better | equal | engine worse | equal-or-better | engine dev. best | Chuffed dev. best | Chuffed feasible | Chuffed proved optimal | engine proved optimal | mean engine/Chuffed makespan | Chuffed mean flattening |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const [set, rows] of groups(engine)) {
    const names = new Set(rows.map((r) => `${r.set}/${r.instance}`));
    const theirs = chuffed.filter((r) => names.has(`${r.set}/${r.instance}`));
    const h = headToHead(rows, theirs);
    const e = summarize(rows);
    const c = summarize(theirs);
    const flatten = theirs.flatMap((r) => (r.flattenMs === undefined ? [] : [r.flattenMs]));
    const meanFlatten =
      flatten.length === 0 ? undefined : flatten.reduce((a, b) => a + b, 0) / flatten.length;
    lines.push(
      `| ${set} | ${h.n} | ${h.better} | ${h.equal} | ${h.worse} | ${pct(h.n === 0 ? undefined : (100 * (h.better + h.equal)) / h.n, 1)} | ${pct(e.devBest)} | ${pct(c.devBest)} | ${c.feasible}/${c.n} | ${c.provedOptimal} | ${e.provedOptimal} | ${h.meanRatio === undefined ? "–" : h.meanRatio.toFixed(3)} | ${meanFlatten === undefined ? "–" : ms(meanFlatten)} |`,
    );
  }
  return lines;
}

/** Issue 14's targets, declared once here for the generated Targets table. */
const TARGET = {
  j30MedianMs: 100,
  j30WorstMs: 10_000,
  j60CpmDevPct: 10.45,
  j60ProvenShare: 0.9,
} as const;

function targets(run: BenchRun): string[] {
  const lines = ["| target (issue 14) | measured in this run | verdict |", "|---|---|---|"];
  const engineIn = (phase: number, filter: (r: RecordedResult) => boolean) =>
    run.results.filter((r) => r.phase === phase && r.solver === "engine" && filter(r));
  const whole = (n: number, of: number, met: boolean) =>
    met ? (n === of ? "met" : `met on the sample (${n} of ${of})`) : "**not met**";
  for (const [i, phase] of run.meta.phases.entries()) {
    const label = phase.slice(0, phase.indexOf(" ["));
    const timed = label.endsWith(" s") || label.endsWith("ms");
    const j30 = engineIn(i, (r) => r.set === "j30");
    if (j30.length > 0) {
      const s = summarize(j30);
      const met =
        s.atBest === s.n &&
        s.provedOptimal === s.n &&
        (!timed || (s.medianWallMs <= TARGET.j30MedianMs && s.worstWallMs <= TARGET.j30WorstMs));
      lines.push(
        `| j30: all at the optimum and proven optimal, median ≤ ${ms(TARGET.j30MedianMs)}, worst ≤ ${ms(TARGET.j30WorstMs)} | at ${label}: ${s.atBest}/${s.n} at the optimum, ${s.provedOptimal}/${s.n} proven, median ${ms(s.medianWallMs)}, worst ${ms(s.worstWallMs)} | ${whole(s.n, 480, met)} |`,
      );
    }
    const j60 = engineIn(i, (r) => r.set === "j60");
    if (j60.length > 0 && label === "10 s") {
      const s = summarize(j60);
      const known = j60.filter((r) => r.bestKnownOptimal);
      const proven = known.filter((r) => r.feasible && r.status === "optimal").length;
      const share = known.length === 0 ? 0 : proven / known.length;
      lines.push(
        `| j60: mean dev. from the CPM bound ≤ ${TARGET.j60CpmDevPct}% at 10 s | ${pct(s.devCpm)} (n = ${s.n}, ${s.feasible} feasible) | ${whole(s.n, 480, s.devCpm !== undefined && s.devCpm <= TARGET.j60CpmDevPct && s.feasible === s.n)} |`,
        `| j60: ≥ ${pct(100 * TARGET.j60ProvenShare, 0)} proven where the best-known value is a proven optimum | ${proven}/${known.length} (${pct(100 * share, 1)}) | ${whole(s.n, 480, share >= TARGET.j60ProvenShare)} |`,
      );
    }
    const mm = engineIn(i, (r) => isMultiMode(r.set));
    if (mm.length > 0 && label === "1 s") {
      const s = summarize(mm);
      lines.push(
        `| multi-mode: every feasible instance at its best-known value within 1 s (the sets hold no infeasible instance) | ${s.atBest}/${s.n} at best-known, ${s.feasible}/${s.n} feasible | ${s.atBest === s.n ? "met on the sample" : "**not met**"} |`,
      );
    }
    if (phase.includes("chuffed")) {
      const rows = run.results.filter((r) => r.phase === i);
      const engine = rows.filter((r) => r.solver === "engine");
      const peer = rows.filter((r) => r.solver === "chuffed");
      const h = headToHead(engine, peer);
      if (h.n === 0) continue;
      const ep = summarize(engine).provedOptimal;
      const cp = summarize(peer).provedOptimal;
      lines.push(
        `| equal-or-better than Chuffed on every instance at equal time, and as many proofs | at ${label}: ${h.better + h.equal}/${h.n} equal or better; proofs ${ep} against ${cp} | ${h.better + h.equal === h.n && ep >= cp ? "met" : "**not met**"} |`,
      );
    }
  }
  if (run.memory) {
    lines.push(
      `| under 200 MB for a 1,000-activity instance | peak RSS ${run.memory.peakRssMb.toFixed(0)} MB (process before solve: ${run.memory.rssBeforeMb.toFixed(0)} MB) | ${run.memory.peakRssMb < 200 ? "met" : "**not met**"} |`,
    );
  } else if (run.memoryError) {
    lines.push(
      `| under 200 MB for a 1,000-activity instance | failed: ${run.memoryError} | **not measured** |`,
    );
  }
  return lines;
}

function problems(run: BenchRun): string[] {
  const bad = run.results.filter((r) => r.status === "error" || (r.makespan !== undefined && !r.feasible));
  if (bad.length === 0) return ["None: every returned schedule passed both checks, and no run failed."];
  return [
    `${bad.length} run(s) failed or returned a schedule that failed a check:`,
    "",
    ...bad
      .slice(0, 40)
      .map(
        (r) =>
          `- ${r.solver} ${r.instance} (${r.budget}): ${r.status}${r.error ? ` — ${r.error.slice(0, 160)}` : ""}${r.violations ? ` — ${r.violations.join("; ").slice(0, 200)}` : ""}`,
      ),
    ...(bad.length > 40 ? [`- … and ${bad.length - 40} more (see the results JSON)`] : []),
  ];
}

/**
 * Hand-written reading of one run (`results/<label>.notes.md`), kept next to its results and
 * rendered into the report, so a regenerated BENCHMARKS.md keeps the interpretation of the
 * numbers it shows and a new run starts without stale notes.
 */
function notesFor(label: string): string | undefined {
  const file = new URL(`./results/${label}.notes.md`, import.meta.url);
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}

export function renderReport(run: BenchRun): string {
  const m = run.meta;
  // The title and the hand-written sections above the generated part come from the file being
  // rewritten (`mergeReport`), so a run never erases them.
  const out: string[] = [];
  if (m.partial) {
    out.push(
      "> **PARTIAL RESULTS.** This run did not finish all its phases; the tables cover only the phases listed as done below.",
      "",
    );
  }
  out.push(
    "## How these numbers were made",
    "",
    `- Command: \`${m.command}\` (plan: **${m.plan}**), results in \`packages/scheduler/bench/results/${m.label}.json\`.`,
    `- Engine measured: git ${m.engine}.`,
    `- Date: ${m.date}${m.durationS === undefined ? "" : `, wall time ${(m.durationS / 60).toFixed(1)} min`}.`,
    `- Machine: ${m.nproc} cores (nproc), ${m.cpu}, ${m.os}, Node ${m.node}. Load average at start ${m.loadAverageStart.map((x) => x.toFixed(1)).join(" / ")}${m.loadAverageEnd ? `, at end ${m.loadAverageEnd.map((x) => x.toFixed(1)).join(" / ")}` : ""} — other work shared the machine, which slows time-limited runs of every solver alike.`,
    `- Parallelism: ${m.workers} worker processes, each solving one instance at a time (so a time-limited run has one core to itself at most); engine \`workers: 1\`; seed ${m.seed}.`,
    "- Samples: per set, `stratifiedSample` — round-robin over ProGen parameter combinations in ascending order (lowest instance number first); when the sample is smaller than the number of combinations, evenly spaced combinations. Sample size = n in each table; the instance names are in the results JSON (`meta.samples`).",
    "- Measures: *at best-known* = makespan ≤ the best-known value in `../shared/benchmarks/psplib/best-known` (proven optimal for j30 and all multi-mode sets); *dev.* = mean of (makespan − reference) / reference over instances with a feasible schedule; *CPM bound* = longest path with every activity in its shortest mode, resources ignored (computed by the bench itself); *mean time* = mean wall time of the solve call per instance; *schedules/s* = schedules generated / solve wall time.",
    "- Every schedule returned by any solver is checked twice: by the engine's `validate` and by the bench's own independent `check-schedule.ts`. A schedule failing either counts as no solution.",
    "- Baseline (same run, same instances, same schedule budget): plain random sampling with the serial SGS — random precedence-feasible activity list, uniformly random modes, non-renewable-infeasible mode vectors discarded (`bench/baseline-random-sgs.ts`). Its discarded mode vectors count as generated schedules, which makes its rate look better on tight multi-mode sets. The engine stops early when its makespan meets its lower bound (*proved optimal*), so its mean schedules can be below the budget.",
    "- Peer: Chuffed 0.14 (lazy clause generation) through the MiniZinc 2.9 WebAssembly build of the `minizinc` npm package, on our own model `bench/peer/mrcpsp.mzn` with free search (`-f`). Its time limit is `--solver-time-limit` = the engine's limit, covering search only; MiniZinc's flattening comes on top and is listed per table, so Chuffed gets *more* wall time than the engine. Before timed runs each worker process solves one small random instance untimed with each solver (JIT / WebAssembly tier-up warm-up).",
    ...(m.peerCheck
      ? [
          `- Peer check before the run: \`${m.peerCheck.solverArgument}\` on ${m.peerCheck.instance} (optimum ${m.peerCheck.optimum}) returned status **${m.peerCheck.status}**, makespan ${m.peerCheck.makespan ?? "–"} (schedule ${m.peerCheck.feasible ? "passes the check" : "**fails the check**"}) in ${ms(m.peerCheck.wallMs)}; the solver reported ${m.peerCheck.nogoods ?? "no"} nogoods, i.e. lazy clause generation — Chuffed.`,
        ]
      : []),
    "",
    "Phases of this run:",
    "",
    ...m.phases.map(
      (p, i) => `${i + 1}. ${p}${run.results.some((r) => r.phase === i) ? "" : " — *not run*"}`,
    ),
    "",
    "## Targets",
    "",
    ...targets(run),
    "",
  );
  const notes = notesFor(m.label);
  if (notes) out.push("## Reading these numbers", "", notes, "");
  for (const [i, phase] of m.phases.entries()) {
    if (!run.results.some((r) => r.phase === i)) continue;
    out.push(
      `## ${phase.slice(0, phase.indexOf(" ["))} per instance — engine${phase.includes("baseline") ? " vs random serial-SGS baseline" : ""}`,
      "",
    );
    out.push(...phaseTable(run, i), "");
    if (run.results.some((r) => r.phase === i && r.solver === "chuffed")) {
      out.push(`### Head-to-head with Chuffed at ${phase.slice(0, phase.indexOf(" ["))} (per instance)`, "");
      out.push(...peerTable(run, i), "");
    }
  }
  out.push("## Memory", "");
  if (run.memory) {
    const r = run.memory;
    out.push(
      `A random ${r.activities}-activity instance (${r.activities - 2} real activities, 3 modes, 4 renewable and 2 non-renewable resources; \`bench/generate-instance.ts\`, seed ${m.seed}) solved with a ${r.timeLimitMs / 1000} s limit in a child process: status ${r.status}, makespan ${r.makespan ?? "–"}, schedule ${r.feasible ? "feasible (checked)" : "**not feasible/none**"}, ${r.schedulesGenerated} schedules in ${ms(r.wallMs)}. RSS before solve ${r.rssBeforeMb.toFixed(0)} MB (Node + tsx + instance), **peak RSS ${r.peakRssMb.toFixed(0)} MB**.`,
      "",
    );
  } else {
    out.push(run.memoryError ? `Not measured: ${run.memoryError}` : "Not measured in this run.", "");
  }
  out.push("## Failed runs and rejected schedules", "", ...problems(run), "");
  return `${out.join("\n")}\n`;
}

/** Rewrites the generated part of the report at `path`, keeping its hand-written sections. */
export function writeReport(run: BenchRun, path: string): void {
  const existing = existsSync(path) ? readFileSync(path, "utf8") : undefined;
  writeFileSync(path, mergeReport(existing, renderReport(run)));
}
