import { analyze, explainInfeasibility, type Schedule, solve } from "@chiproad/scheduler";
import { type Choice, fixOptions, toFullSchedule, toSubSchedule } from "./fixed-options.ts";
import type { Translation } from "./translate.ts";

/** The engine's verdict on one option choice. */
export interface Evaluation {
  choice: number[];
  status: "optimal" | "feasible" | "infeasible" | "unknown";
  /** Full-problem schedule (modes = chosen options), when one was found. */
  schedule?: Schedule;
  /** [weighted tardiness, makespan, cost] in periods and money; Infinity when no schedule. */
  objective: number[];
  infeasibility: string[];
  lowerBound: number;
  schedulesGenerated: number;
  elapsedMs: number;
}

export interface EvaluateOptions {
  maxSchedules?: number;
  timeLimitMs?: number;
  seed: number;
  /** Full-problem schedule to start from (e.g. the baseline plan). */
  initial?: Schedule;
  /** Perturbed durations for risk analysis. */
  durationOf?: (activity: number, planned: number) => number;
}

const NO_PLAN = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];

export function evaluateChoice(t: Translation, choice: Choice, opts: EvaluateOptions): Evaluation {
  const problem = fixOptions(t, choice, opts.durationOf);
  const solveOptions: Parameters<typeof solve>[1] = { seed: opts.seed };
  if (opts.maxSchedules !== undefined) solveOptions.maxSchedules = opts.maxSchedules;
  if (opts.timeLimitMs !== undefined) solveOptions.timeLimitMs = opts.timeLimitMs;
  if (opts.initial) solveOptions.initial = toSubSchedule(opts.initial);
  const r = solve(problem, solveOptions);
  const base = {
    choice: [...choice],
    lowerBound: r.lowerBound,
    schedulesGenerated: r.schedulesGenerated,
    elapsedMs: r.elapsedMs,
  };
  if (!r.schedule || r.status === "infeasible") {
    const reasons = r.infeasibility?.length ? r.infeasibility : explainInfeasibility(problem);
    return {
      ...base,
      status: r.status === "infeasible" ? "infeasible" : "unknown",
      objective: NO_PLAN,
      infeasibility:
        reasons.length > 0 ? reasons : ["the engine found no feasible schedule within its search budget"],
    };
  }
  const a = analyze(problem, r.schedule);
  return {
    ...base,
    status: r.status === "optimal" ? "optimal" : "feasible",
    schedule: toFullSchedule(t, choice, r.schedule),
    objective: [a.weightedTardiness, a.makespan, a.cost],
    infeasibility: [],
  };
}
