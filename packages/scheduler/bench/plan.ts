/**
 * What a benchmark run does: a list of phases, each one budget over a sample of some sets with
 * some solvers. `defaultPlan` is the documented ~15–25 minute run for a 2-core machine;
 * `fullPlan` is the complete matrix; `customPlan` follows --sets/--budgets/--sample/--peer.
 */
import { ALL_SETS, MULTI_MODE_SETS, SINGLE_MODE_SETS } from "./instances.ts";
import { type Budget, budgetLabel, type SolverName } from "./task.ts";

export interface Phase {
  budget: Budget;
  /** Set name → sample size (undefined = every instance). */
  sample: Record<string, number | undefined>;
  solvers: SolverName[];
}

function sampleOf(sm: number | undefined, mm: number | undefined, sets: readonly string[] = ALL_SETS) {
  return Object.fromEntries(sets.map((set) => [set, SINGLE_MODE_SETS.some((s) => s === set) ? sm : mm]));
}

const schedules = (count: number): Budget => ({ kind: "schedules", schedules: count });
const seconds = (s: number): Budget => ({ kind: "time", ms: s * 1000 });

/**
 * Sample sizes are per set (j30 and j60 have 48 parameter combinations, the multi-mode sets up
 * to 64), drawn with `stratifiedSample`: 48 = one instance per j30/j60 combination.
 */
export function defaultPlan(): Phase[] {
  return [
    { budget: schedules(1000), sample: sampleOf(48, 16), solvers: ["engine", "baseline"] },
    { budget: schedules(5000), sample: sampleOf(48, 16), solvers: ["engine", "baseline"] },
    { budget: schedules(50000), sample: sampleOf(12, 4), solvers: ["engine", "baseline"] },
    { budget: seconds(1), sample: sampleOf(48, 5), solvers: ["engine", "chuffed"] },
    {
      budget: seconds(10),
      sample: { j30: 4, j60: 12, ...sampleOf(undefined, 1, MULTI_MODE_SETS) },
      solvers: ["engine", "chuffed"],
    },
  ];
}

export function fullPlan(peer: boolean): Phase[] {
  return [schedules(1000), schedules(5000), schedules(50000), seconds(1), seconds(10)].map((budget) => ({
    budget,
    sample: sampleOf(undefined, undefined),
    solvers: budget.kind === "schedules" ? ["engine", "baseline"] : peer ? ["engine", "chuffed"] : ["engine"],
  }));
}

export function customPlan(options: {
  sets: readonly string[];
  budgets: readonly Budget[];
  sample: number | undefined;
  peer: boolean;
  baseline: boolean;
}): Phase[] {
  return options.budgets.map((budget) => ({
    budget,
    sample: Object.fromEntries(options.sets.map((set) => [set, options.sample])),
    solvers: [
      "engine",
      ...(budget.kind === "schedules" && options.baseline ? (["baseline"] as const) : []),
      ...(budget.kind === "time" && options.peer ? (["chuffed"] as const) : []),
    ],
  }));
}

/** Expands "sm", "mm", "all" and comma lists into set names; rejects unknown names. */
export function resolveSets(text: string): string[] {
  const sets = new Set<string>();
  for (const word of text
    .split(",")
    .map((w) => w.trim())
    .filter(Boolean)) {
    const group =
      word === "all"
        ? ALL_SETS
        : word === "sm"
          ? SINGLE_MODE_SETS
          : word === "mm"
            ? MULTI_MODE_SETS
            : undefined;
    if (group) for (const set of group) sets.add(set);
    else if (ALL_SETS.includes(word)) sets.add(word);
    else throw new Error(`--sets: unknown set "${word}"; use sm, mm, all or any of ${ALL_SETS.join(", ")}`);
  }
  return ALL_SETS.filter((s) => sets.has(s));
}

export function describePhase(phase: Phase): string {
  const sizes = Object.entries(phase.sample).map(([set, n]) => `${set}:${n ?? "all"}`);
  return `${budgetLabel(phase.budget)} [${phase.solvers.join("+")}] ${sizes.join(" ")}`;
}
