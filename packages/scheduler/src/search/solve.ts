import { explainInfeasibilityOf } from "../bounds/infeasibility.ts";
import { lowerBoundsOf } from "../bounds/lower-bounds.ts";
import { compile } from "../compile/compiled.ts";
import type { Problem, Schedule } from "../model.ts";
import { type SearchOutcome, runSearch } from "./run-search.ts";
import { runInWorkers } from "./workers.ts";

export interface SolveProgress {
  schedulesGenerated: number;
  /** Objective terms of the best feasible schedule so far. */
  best?: number[];
  elapsedMs: number;
}

export interface SolveOptions {
  timeLimitMs?: number;
  maxSchedules?: number;
  seed?: number;
  /** Independent searches with different seeds; 2+ uses node:worker_threads. */
  workers?: number;
  /** Warm start: a schedule whose modes and start order seed the population. */
  initial?: Schedule;
  onProgress?: (p: SolveProgress) => void;
}

export type SolveStatus = "optimal" | "feasible" | "infeasible" | "unknown";

export interface SolveResult {
  status: SolveStatus;
  schedule?: Schedule;
  makespan?: number;
  /** Per objective term, in `problem.objective` order. */
  objective?: number[];
  lowerBound: number;
  schedulesGenerated: number;
  elapsedMs: number;
  infeasibility?: string[];
}

/** Used when neither a time limit nor a schedule limit is given (deterministic for a seed). */
export const DEFAULT_MAX_SCHEDULES = 5000;

/**
 * Solves a problem: proves infeasibility when it can, otherwise runs the genetic search (one
 * per worker) until a limit is hit or the makespan meets the lower bound. Throws
 * ProblemInputError (BAD_INPUT) for malformed problems.
 */
export function solve(problem: Problem, options: SolveOptions = {}): SolveResult {
  const t0 = performance.now();
  const c = compile(problem);
  const bounds = lowerBoundsOf(c);
  const lowerBound = bounds.best;
  const elapsed = () => Math.round(performance.now() - t0);
  const reasons = explainInfeasibilityOf(c);
  if (reasons.length > 0) {
    return {
      status: "infeasible",
      lowerBound,
      schedulesGenerated: 0,
      elapsedMs: elapsed(),
      infeasibility: reasons,
    };
  }
  const noLimit = options.timeLimitMs === undefined && options.maxSchedules === undefined;
  const maxSchedules = options.maxSchedules ?? (noLimit ? DEFAULT_MAX_SCHEDULES : Number.POSITIVE_INFINITY);
  const timeLimitMs = options.timeLimitMs ?? Number.POSITIVE_INFINITY;
  const seed = options.seed ?? 1;
  const workers = Math.max(1, Math.floor(options.workers ?? 1));
  const onProgress = options.onProgress;
  const request = {
    maxSchedules,
    timeLimitMs,
    seed,
    lowerBound,
    ...(options.initial ? { initial: options.initial } : {}),
  };
  let outcome: SearchOutcome;
  if (workers > 1) {
    // Progress comes from the island on this thread (the others report only at the end).
    outcome = runInWorkers(problem, request, workers, (best, schedules) =>
      onProgress?.({ schedulesGenerated: schedules, best, elapsedMs: elapsed() }),
    );
  } else {
    outcome = runSearch(c, {
      ...request,
      ...(onProgress
        ? {
            onImprove: (best, schedules) => {
              if (best.score[0] === 0) {
                onProgress({
                  schedulesGenerated: schedules,
                  best: Array.from(best.score.slice(1)),
                  elapsedMs: elapsed(),
                });
              }
            },
          }
        : {}),
    });
  }
  const best = outcome.best;
  const base = { lowerBound, schedulesGenerated: outcome.schedules };
  if (!best || best.score[0]! > 0) {
    onProgress?.({ schedulesGenerated: outcome.schedules, elapsedMs: elapsed() });
    return { status: "unknown", ...base, elapsedMs: elapsed() };
  }
  const objective = best.score.slice(1);
  let makespan = 0;
  for (let i = 0; i < c.n; i++)
    makespan = Math.max(makespan, best.starts[i]! + c.dur[c.modeOffset[i]! + best.modes[i]!]!);
  const pureMakespan = c.objective.length === 1 && c.objective[0] === "makespan";
  onProgress?.({ schedulesGenerated: outcome.schedules, best: objective, elapsedMs: elapsed() });
  return {
    status: pureMakespan && makespan <= lowerBound ? "optimal" : "feasible",
    schedule: { modes: best.modes, starts: best.starts },
    makespan,
    objective,
    ...base,
    elapsedMs: elapsed(),
  };
}
