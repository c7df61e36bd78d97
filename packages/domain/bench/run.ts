/**
 * Planner benchmark: generated programmes of about 50, 300 and 1,000 activities.
 *   - first feasible plan: the planner with a one-schedule budget (gaps, compliance, translation,
 *     one serial-SGS decode, plan building), wall time;
 *   - good plan: the smallest WORK budget (engine schedules) whose plan is within 1% of the
 *     reference run's objective (weighted days of target production lateness; every due date
 *     is the start date, so this is "production as early as possible"), and the time it took;
 *   - what-if re-plan: a change set (tranche cut to 50%, one partner blocked) re-planned warm
 *     from the baseline, against a cold plan of the changed scenario with the reference budget.
 * Budgets are schedules (deterministic for a seed); times are what they took on this machine.
 * Usage: npm run bench -w @chiproad/domain [-- --reference-schedules 400000 --sizes 50,300,1000]
 * Prints Markdown to stdout. Wall-clock times include everything the planner does.
 */
import type { ChangeSet, Plan, Scenario } from "../src/index.ts";
import { applyChanges, planRoadmap, whatIf } from "../src/index.ts";
import { generateScenario } from "./generate.ts";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const referenceSchedules = Number(arg("reference-schedules", "400000"));
const sizes = arg("sizes", "50,300,1000").split(",").map(Number);
const LADDER = [100, 300, 1000, 3000, 10_000, 40_000, 100_000];
const REPLAN_LADDER = [100, 300, 1000, 3000, 10_000];
const GAPS_FOR = (activities: number) => Math.max(1, Math.round((activities - activities / 56) / 7));

function objective(plan: Plan, scenario: Scenario): number {
  if (plan.completion.date === null) return Number.POSITIVE_INFINITY;
  return plan.targets.reduce((s, t) => {
    const w = scenario.targets.find((x) => x.id === t.targetId)?.tardinessWeight ?? 1;
    return s + w * t.lateDays;
  }, 0);
}

function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

const fast = { explainSchedules: 0, seed: 1 } as const;
const changes: ChangeSet = {
  changes: [
    { type: "cut-tranche", instrument: "frp", date: "2026-01-05", factor: 0.5 },
    { type: "block-partner", partner: "p2" },
  ],
};

const loadBefore = (await import("node:os"))
  .loadavg()
  .map((x) => x.toFixed(1))
  .join(" / ");
const rows: string[] = [];
const notes: string[] = [];
// Warm-up (JIT) on a small instance so the first size is not charged for compilation.
planRoadmap(generateScenario(7), {}, { ...fast, maxSchedules: 50 });

for (const size of sizes) {
  const scenario = generateScenario(GAPS_FOR(size), 1);
  const first = timed(() => planRoadmap(scenario, {}, { ...fast, maxSchedules: 1 }));
  const activities = first.value.warmStart.entries.length;
  const reference = timed(() => planRoadmap(scenario, {}, { ...fast, maxSchedules: referenceSchedules }));
  let best = objective(reference.value, scenario);
  const ladder = LADDER.map((limit) => {
    const r = timed(() => planRoadmap(scenario, {}, { ...fast, maxSchedules: limit }));
    return { limit, ms: r.ms, obj: objective(r.value, scenario) };
  });
  best = Math.min(best, ...ladder.map((l) => l.obj));
  const good = ladder.find((l) => l.obj <= best * 1.01 + 1e-9);

  const baseline = planRoadmap(scenario, {}, { ...fast, maxSchedules: 40_000 });
  // Reference for the changed scenario: a cold plan (no warm start) with the reference budget.
  const changed = objective(
    planRoadmap(applyChanges(scenario, changes), {}, { ...fast, maxSchedules: referenceSchedules }),
    scenario,
  );
  const replans = REPLAN_LADDER.map((limit) => {
    const r = timed(() => whatIf(scenario, changes, {}, { ...fast, baseline, maxSchedules: limit }));
    return { limit, ms: r.ms, obj: objective(r.value, scenario), diff: r.value.diff.length };
  });
  const changedBest = Math.min(changed, ...replans.map((r) => r.obj));
  const goodReplan = replans.find((r) => r.obj <= changedBest * 1.01 + 1e-9);
  const firstReplan = replans[0]!;

  rows.push(
    `| ${size} (${activities}) | ${first.ms.toFixed(0)} ms | ${good ? `${good.ms.toFixed(0)} ms (${good.limit.toLocaleString("en-US")} schedules)` : "not within 1%"} | ${best.toFixed(0)} | ${firstReplan.ms.toFixed(0)} ms (gap ${(((firstReplan.obj - changedBest) / Math.max(1, changedBest)) * 100).toFixed(1)}%) | ${goodReplan ? `${goodReplan.ms.toFixed(0)} ms (${goodReplan.limit.toLocaleString("en-US")} schedules)` : "not within 1%"} |`,
  );
  notes.push(
    `- ${size}: first feasible objective ${objective(first.value, scenario).toFixed(0)}; ladder ${ladder.map((l) => `${l.limit}→${l.obj.toFixed(0)} (${l.ms.toFixed(0)} ms)`).join(", ")}; reference ${objective(reference.value, scenario).toFixed(0)} in ${reference.ms.toFixed(0)} ms; what-if ladder ${replans.map((r) => `${r.limit}→${r.obj.toFixed(0)} (${r.ms.toFixed(0)} ms)`).join(", ")}; what-if reference ${changed.toFixed(0)}`,
  );
  process.stderr.write(`done ${size}\n`);
}

console.log(
  `Reference budget ${referenceSchedules.toLocaleString("en-US")} schedules per instance; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}; load average before the run ${loadBefore}.\n`,
);
console.log(
  "| activities (engine activities) | first feasible (1 schedule) | within 1% of best: time (budget) | best objective (weighted late days) | what-if re-plan, 100 schedules | what-if within 1%: time (budget) |",
);
console.log("|---|---:|---:|---:|---:|---:|");
for (const r of rows) console.log(r);
console.log("");
for (const n of notes) console.log(n);
