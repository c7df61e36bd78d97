import { explainInfeasibilityOf } from "../bounds/infeasibility.ts";
import { lowerBoundsOf } from "../bounds/lower-bounds.ts";
import { compile } from "../compile/compiled.ts";
import { destructiveLowerBound, fixedModesFor, proveOrImprove } from "../cp/prove.ts";
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
  /**
   * Nodes for the exact search (CP core: destructive bounds, branch and bound), which runs on
   * single-mode makespan problems after the genetic search. Default: `maxSchedules`; with only a
   * time limit, unlimited (the search gets the second half of the time); with neither,
   * `DEFAULT_MAX_NODES`.
   */
  maxNodes?: number;
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
  /** Nodes of the exact search (bound probes and branch-and-bound placements); 0 where it does not apply. */
  nodes: number;
  elapsedMs: number;
  infeasibility?: string[];
}

/** Used when neither a time limit nor a schedule limit is given (deterministic for a seed). */
export const DEFAULT_MAX_SCHEDULES = 5000;
/** Exact-search nodes when neither a time limit nor a schedule limit is given. */
export const DEFAULT_MAX_NODES = 5000;

/**
 * Solves a problem: proves infeasibility when it can, otherwise runs the genetic search (one
 * per worker) until a limit is hit or the makespan meets the lower bound. On single-mode
 * makespan problems the CP core first raises the lower bound (destructive bound) and afterwards
 * runs a branch and bound below the best makespan, which improves it or proves it optimal.
 * Throws ProblemInputError (BAD_INPUT) for malformed problems.
 */
export function solve(problem: Problem, options: SolveOptions = {}): SolveResult {
  const t0 = performance.now();
  const c = compile(problem);
  const bounds = lowerBoundsOf(c);
  let lowerBound = bounds.best;
  const elapsed = () => Math.round(performance.now() - t0);
  const reasons = explainInfeasibilityOf(c);
  if (reasons.length > 0) {
    return {
      status: "infeasible",
      lowerBound,
      schedulesGenerated: 0,
      nodes: 0,
      elapsedMs: elapsed(),
      infeasibility: reasons,
    };
  }
  const noLimit = options.timeLimitMs === undefined && options.maxSchedules === undefined;
  const maxSchedules = options.maxSchedules ?? (noLimit ? DEFAULT_MAX_SCHEDULES : Number.POSITIVE_INFINITY);
  const timeLimitMs = options.timeLimitMs ?? Number.POSITIVE_INFINITY;
  const maxNodes =
    options.maxNodes ?? options.maxSchedules ?? (noLimit ? DEFAULT_MAX_NODES : Number.POSITIVE_INFINITY);
  const stopAt = Number.isFinite(timeLimitMs) ? t0 + timeLimitMs : undefined;
  const fixedModes = maxNodes > 0 ? fixedModesFor(c) : undefined;
  let nodes = 0;
  if (fixedModes) {
    const raised = destructiveLowerBound(c, fixedModes, lowerBound, c.H - 1, maxNodes);
    lowerBound = raised.lowerBound;
    nodes += raised.nodes;
  }
  const seed = options.seed ?? 1;
  const workers = Math.max(1, Math.floor(options.workers ?? 1));
  const onProgress = options.onProgress;
  const request = {
    maxSchedules,
    // With a time limit and an exact search to follow, the genetic search gets the first half.
    timeLimitMs: fixedModes && stopAt !== undefined ? timeLimitMs / 2 : timeLimitMs,
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
  const found = outcome.best && outcome.best.score[0] === 0 ? outcome.best : undefined;
  let modes = found?.modes;
  let starts = found?.starts;
  let makespan = Number.POSITIVE_INFINITY;
  if (modes && starts) {
    makespan = 0;
    for (let i = 0; i < c.n; i++)
      makespan = Math.max(makespan, starts[i]! + c.dur[c.modeOffset[i]! + modes[i]!]!);
  }
  let proven = makespan <= lowerBound;
  if (fixedModes && !proven && nodes < maxNodes) {
    // Without an incumbent, any schedule within the compiled horizon; exhaustion then proves infeasibility.
    const proof = proveOrImprove(c, fixedModes, Math.min(makespan, c.H), maxNodes - nodes, stopAt);
    nodes += proof.nodes;
    if (proof.starts && proof.makespan !== undefined) {
      modes = Array.from(fixedModes);
      starts = Array.from(proof.starts);
      makespan = proof.makespan;
    }
    if (proof.optimal) {
      proven = true;
      if (Number.isFinite(makespan)) lowerBound = makespan;
    }
  }
  const base = { lowerBound, schedulesGenerated: outcome.schedules, nodes };
  if (!modes || !starts) {
    onProgress?.({ schedulesGenerated: outcome.schedules, elapsedMs: elapsed() });
    if (proven) {
      return {
        status: "infeasible",
        ...base,
        elapsedMs: elapsed(),
        infeasibility: ["exhaustive search (branch and bound): no schedule meets every deadline"],
      };
    }
    return { status: "unknown", ...base, elapsedMs: elapsed() };
  }
  const objective = found && starts === found.starts ? found.score.slice(1) : c.objective.map(() => makespan);
  const pureMakespan = c.objective.length === 1 && c.objective[0] === "makespan";
  onProgress?.({ schedulesGenerated: outcome.schedules, best: objective, elapsedMs: elapsed() });
  return {
    status: pureMakespan && (proven || makespan <= lowerBound) ? "optimal" : "feasible",
    schedule: { modes, starts },
    makespan,
    objective,
    ...base,
    elapsedMs: elapsed(),
  };
}
