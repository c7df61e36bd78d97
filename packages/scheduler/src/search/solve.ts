import { explainInfeasibilityOf } from "../bounds/infeasibility.ts";
import { lowerBoundsOf } from "../bounds/lower-bounds.ts";
import { compile } from "../compile/compiled.ts";
import { largeNeighbourhoodSearch } from "../cp/lns.ts";
import { multiModeBranchAndBound } from "../cp/multi-mode-branch-and-bound.ts";
import { modeVectorSearch } from "../cp/mode-vector-search.ts";
import { destructiveLowerBound, fixedModesFor, multiModeProofApplies, proveOrImprove } from "../cp/prove.ts";
import type { Problem, Schedule } from "../model.ts";
import { SeededRandom } from "../random.ts";
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
  /**
   * Single-mode makespan problems only: interleave large-neighbourhood search with the genetic
   * search (GA on half the schedules, LNS on half the nodes, GA again from the LNS result, then
   * the branch and bound). Off by default: on PSPLIB it has not beaten the plain GA + branch and
   * bound at equal budgets (BENCHMARKS.md).
   */
  lns?: boolean;
  /**
   * Multi-mode makespan problems without budgets (up to 32 activities): before the multi-mode
   * branch and bound, search whole mode vectors below the incumbent (`cp/mode-vector-search.ts`)
   * with a tenth of the nodes left, at most 5,000 (a tenth of the last quarter of a time limit),
   * its steps counted by what they cost (`ASSIGNMENTS_PER_NODE`, `NODES_PER_VECTOR_ROOT`). On by
   * default since issue 14, 2026-12-01 (BENCHMARKS.md): at equal work it proved as many or more
   * multi-mode instances as the branch and bound alone, and more at 1 s. `false` leaves the exact
   * search to the branch and bound.
   */
  modeVectors?: boolean;
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
/**
 * Share of a time limit the genetic search gets before the branch and bound takes over (single-
 * mode makespan problems). Measured on j60 (BENCHMARKS.md): half of it cost quality at 0.3-1 s.
 */
const GENETIC_SHARE_OF_TIME = 0.75;
/**
 * Under a time limit on a single-mode makespan problem, the genetic search hands over to the
 * branch and bound before its share of the time is up once its best has not improved for this
 * many schedules per activity (and for as many schedules as it took to find that best): on j30 at
 * 1 s the stalled search spent most of its 75% for nothing while the branch and bound ran out of
 * time on proofs it completes with more (BENCHMARKS.md, issue 14 round 11). Work budgets are not
 * affected (no stall rule without a time limit).
 */
const STALL_SCHEDULES_PER_ACTIVITY = 1000;

/**
 * Share of the exact search's nodes (and of its quarter of a time limit) that the mode-vector
 * search gets before the multi-mode branch and bound takes the rest. A tenth: on the development
 * subset at 5,000 nodes it lost none of the branch and bound's proofs, a fifth lost two (those that
 * need nearly all of its nodes) for three more gained (BENCHMARKS.md, issue 14, 2026-12-01 02:40).
 */
const MODE_VECTOR_SHARE = 0.1;

/**
 * At most this many nodes of a node budget go to the mode-vector search (a time limit's share is
 * not capped). Larger budgets leave the rest to the branch and bound: on the development subset at
 * 200,000 nodes a tenth (20,000) lost five of its proofs that need 180,000-190,000 nodes for three
 * gained; capped at 5,000 it lost none (BENCHMARKS.md, issue 14, 2026-12-01 03:26).
 */
const MODE_VECTOR_MAX_NODES = 5000;

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
  // Share of the time limit (when there is one) at which each phase of the hybrid ends; like the
  // schedule budget, the time limit covers the search, not the preprocessing above.
  const searchStart = performance.now();
  const searchStopAt = stopAt === undefined ? undefined : searchStart + timeLimitMs;
  const until = (share: number) =>
    searchStopAt === undefined ? Number.POSITIVE_INFINITY : searchStart + timeLimitMs * share;
  let schedules = 0;
  const genetic = (
    budget: number,
    endAt: number,
    geneticSeed: number,
    initial?: Schedule,
    stallSchedules?: number,
  ) => {
    const request = {
      ...(stallSchedules !== undefined ? { stallSchedules } : {}),
      maxSchedules: budget,
      timeLimitMs: Number.isFinite(endAt) ? Math.max(0, endAt - performance.now()) : Number.POSITIVE_INFINITY,
      seed: geneticSeed,
      lowerBound,
      ...(initial ? { initial } : {}),
    };
    const done = schedules;
    let outcome: SearchOutcome;
    if (workers > 1) {
      // Progress comes from the island on this thread (the others report only at the end).
      outcome = runInWorkers(problem, request, workers, (best, count) =>
        onProgress?.({ schedulesGenerated: done + count, best, elapsedMs: elapsed() }),
      );
    } else {
      outcome = runSearch(c, {
        ...request,
        ...(onProgress
          ? {
              onImprove: (best, count) => {
                if (best.score[0] === 0) {
                  onProgress({
                    schedulesGenerated: done + count,
                    best: Array.from(best.score.slice(1)),
                    elapsedMs: elapsed(),
                  });
                }
              },
            }
          : {}),
      });
    }
    schedules += outcome.schedules;
    return outcome.best && outcome.best.score[0] === 0 ? outcome.best : undefined;
  };

  const useLns = fixedModes !== undefined && options.lns === true;
  // Phase 1: the genetic search (all of the schedules, or half of them when LNS follows).
  const firstBudget = useLns ? Math.ceil(maxSchedules / 2) : maxSchedules;
  // With a time limit the exact search (single-mode CP core or multi-mode branch and bound) gets
  // the last quarter; without one it runs after the GA's schedules, on its own node budget.
  const exactAfter = fixedModes !== undefined || (maxNodes > 0 && multiModeProofApplies(c));
  const firstEnd = !exactAfter ? until(1) : useLns ? until(0.25) : until(GENETIC_SHARE_OF_TIME);
  const stallHandOver =
    fixedModes !== undefined && !useLns && searchStopAt !== undefined
      ? STALL_SCHEDULES_PER_ACTIVITY * c.n
      : undefined;
  const found = genetic(firstBudget, firstEnd, seed, options.initial, stallHandOver);
  let modes = found?.modes;
  let starts = found?.starts;
  let objective = found?.score.slice(1);
  let makespan = Number.POSITIVE_INFINITY;
  const makespanOf = (m: readonly number[], s: readonly number[]) => {
    let ms = 0;
    for (let i = 0; i < c.n; i++) ms = Math.max(ms, s[i]! + c.dur[c.modeOffset[i]! + m[i]!]!);
    return ms;
  };
  if (modes && starts) makespan = makespanOf(modes, starts);
  const adopt = (s: ArrayLike<number>, ms: number) => {
    modes = Array.from(fixedModes!);
    starts = Array.from(s);
    makespan = ms;
    objective = [ms];
  };
  let proven = makespan <= lowerBound;
  if (fixedModes && useLns && !proven && Number.isFinite(makespan)) {
    // Phase 2: LNS on the incumbent with half of the nodes.
    const lns = largeNeighbourhoodSearch(
      c,
      fixedModes,
      starts!,
      Math.floor((maxNodes - nodes) / 2),
      new SeededRandom(seed).fork(),
      searchStopAt === undefined ? undefined : until(0.5),
    );
    nodes += lns.nodes;
    if (lns.makespan < makespan) adopt(lns.starts, lns.makespan);
    proven = makespan <= lowerBound;
    // Phase 3: the genetic search again, seeded with the LNS result, on the other half of the schedules.
    // (Budgets are per island: with workers every island gets maxSchedules.)
    if (!proven && maxSchedules > firstBudget) {
      const again = genetic(maxSchedules - firstBudget, until(0.75), seed + 1, {
        modes: modes!,
        starts: starts!,
      });
      if (again) {
        const ms = makespanOf(again.modes, again.starts);
        if (ms < makespan) adopt(again.starts, ms);
      }
      proven = makespan <= lowerBound;
    }
  }
  if (fixedModes && !proven && nodes < maxNodes) {
    // Phase 4: branch and bound below the incumbent. Without one, any schedule within the
    // compiled horizon; exhaustion then proves infeasibility.
    const proof = proveOrImprove(c, fixedModes, Math.min(makespan, c.H), maxNodes - nodes, searchStopAt);
    nodes += proof.nodes;
    if (proof.starts && proof.makespan !== undefined) adopt(proof.starts, proof.makespan);
    if (proof.optimal) {
      proven = true;
      if (Number.isFinite(makespan)) lowerBound = makespan;
    }
  }
  const multiModeExact = !fixedModes && nodes < maxNodes && multiModeProofApplies(c);
  if (multiModeExact && !proven && Number.isFinite(makespan) && options.modeVectors !== false) {
    // Multi-mode makespan problems: whole mode vectors below the incumbent (exhausted, it proves
    // the incumbent optimal), then the branch and bound over (activity, mode) pairs.
    const better = modeVectorSearch(
      c,
      makespan,
      Math.floor(
        Math.min(
          (maxNodes - nodes) * MODE_VECTOR_SHARE,
          Number.isFinite(maxNodes) ? MODE_VECTOR_MAX_NODES : Number.POSITIVE_INFINITY,
        ),
      ),
      searchStopAt === undefined
        ? undefined
        : until(GENETIC_SHARE_OF_TIME + (1 - GENETIC_SHARE_OF_TIME) * MODE_VECTOR_SHARE),
    );
    nodes += better.nodes;
    if (better.modes && better.starts && better.makespan !== undefined && better.makespan < makespan) {
      modes = Array.from(better.modes);
      starts = Array.from(better.starts);
      makespan = better.makespan;
      objective = [makespan];
    }
    proven = makespan <= lowerBound;
    if (better.exhausted) {
      proven = true;
      lowerBound = makespan;
    }
  }
  const multiModeProof = multiModeExact && !proven && nodes < maxNodes;
  if (multiModeProof) {
    // Multi-mode makespan problems: the branch and bound with modes as variables.
    const proof = multiModeBranchAndBound(c, {
      upperBound: Math.min(makespan, c.H),
      nodeLimit: maxNodes - nodes,
      ...(searchStopAt !== undefined ? { stopAt: searchStopAt } : {}),
    });
    nodes += proof.nodes;
    if (proof.starts && proof.modes && proof.makespan !== undefined) {
      modes = Array.from(proof.modes);
      starts = Array.from(proof.starts);
      makespan = proof.makespan;
      objective = [makespan];
    }
    if (proof.exhausted) {
      proven = true;
      if (Number.isFinite(makespan)) lowerBound = makespan;
    }
  }
  const base = { lowerBound, schedulesGenerated: schedules, nodes };
  if (!modes || !starts || !objective) {
    onProgress?.({ schedulesGenerated: schedules, elapsedMs: elapsed() });
    if (proven) {
      return {
        status: "infeasible",
        ...base,
        elapsedMs: elapsed(),
        infeasibility: [
          multiModeProof
            ? "exhaustive search (branch and bound over modes and starts): no mode assignment within the non-renewable capacities has a schedule that meets every deadline"
            : "exhaustive search (branch and bound): no schedule meets every deadline",
        ],
      };
    }
    return { status: "unknown", ...base, elapsedMs: elapsed() };
  }
  const pureMakespan = c.objective.length === 1 && c.objective[0] === "makespan";
  onProgress?.({ schedulesGenerated: schedules, best: objective, elapsedMs: elapsed() });
  return {
    status: pureMakespan && (proven || makespan <= lowerBound) ? "optimal" : "feasible",
    schedule: { modes, starts },
    makespan,
    objective,
    ...base,
    elapsedMs: elapsed(),
  };
}
