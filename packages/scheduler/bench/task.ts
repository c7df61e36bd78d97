/** What the runner hands a worker process, and what comes back. */

export type SolverName = "engine" | "baseline" | "chuffed";

export type Budget = { kind: "schedules"; schedules: number } | { kind: "time"; ms: number };

export interface Task {
  id: number;
  solver: SolverName;
  set: string;
  instance: string;
  path: string;
  budget: Budget;
  seed: number;
  /** Engine only: `SolveOptions.maxNodes` (the CP core's node budget); default: the engine's. */
  maxNodes?: number;
  /** Engine only: `SolveOptions.modeVectors` (false: no mode-vector search on multi-mode problems). */
  modeVectors?: boolean;
}

export interface TaskResult {
  solver: SolverName;
  set: string;
  instance: string;
  budget: string;
  /** The solver's own verdict ("optimal" means it proved optimality). */
  status: string;
  makespan?: number;
  /** True when a schedule was returned and passed both the engine's validator and the bench's own check. */
  feasible: boolean;
  violations?: string[];
  /** Wall time of the solve call (Chuffed: from handing MiniZinc the files to exit, incl. flattening). */
  wallMs: number;
  schedulesGenerated?: number;
  /** Engine only: nodes of its exact search (CP core), when the engine reports them. */
  nodes?: number;
  /** Chuffed only: MiniZinc's flattening time, which the solver time limit does not cover. */
  flattenMs?: number;
  /** Chuffed only: when the last (best) solution arrived. */
  timeToBestMs?: number;
  criticalPath: number;
  error?: string;
}

/** A result as stored in results/*.json: the task result plus what the report needs to judge it. */
export interface RecordedResult extends TaskResult {
  /** Index of the phase (budget) in the run's plan. */
  phase: number;
  bestKnown: number;
  /** Whether `bestKnown` is a proven optimum. */
  bestKnownOptimal: boolean;
}

export function budgetLabel(budget: Budget): string {
  return budget.kind === "schedules" ? `${budget.schedules} schedules` : `${budget.ms / 1000} s`;
}

/** Parses "1000", "5k", "50000", "1s", "10s", "500ms" into a budget. */
export function parseBudget(text: string): Budget {
  const time = /^(\d+(?:\.\d+)?)(s|ms)$/.exec(text);
  if (time) return { kind: "time", ms: Number(time[1]) * (time[2] === "s" ? 1000 : 1) };
  const count = /^(\d+)(k?)$/.exec(text);
  if (count) return { kind: "schedules", schedules: Number(count[1]) * (count[2] === "k" ? 1000 : 1) };
  throw new Error(`--budgets: "${text}" is neither a schedule count (1000, 5k) nor a time (1s, 500ms)`);
}
