/**
 * Outer search over option choices: a first-improvement local search (one gap's option changed
 * at a time, each neighbour scheduled by the engine with a short budget), started from the
 * best-scored lawful option of each gap or from a warm start, then a final longer engine run on
 * the best choice. The budget is counted in engine schedules, so the result depends only on the
 * input and the seed; an optional wall-clock cap (the engine's own elapsed time — the domain
 * reads no clock) may end the search earlier, and the result says which of the two did.
 */
import type { Schedule } from "@chiproad/scheduler";
import { type Evaluation, evaluateChoice } from "./evaluate.ts";
import { compareObjectives } from "./fixed-options.ts";
import { alignLines, bestLineOption, lineMembers, withOption } from "./lines.ts";
import { offerOveruse, repairChoice } from "./offer-capacity.ts";
import type { Translation } from "./translate.ts";

export interface SearchOptions {
  /** Optional wall-clock cap; absent = the schedule budget alone decides (deterministic). */
  timeLimitMs?: number | undefined;
  maxSchedules: number;
  seed: number;
  initialChoice?: number[];
  initialSchedule?: Schedule;
  /** Gaps to re-optimize first (e.g. those whose baseline option is no longer lawful). */
  priorityChains?: number[];
  onProgress?: (p: { fraction: number; message: string }) => void;
}

export interface SearchResult {
  best: Evaluation;
  solves: number;
  schedulesGenerated: number;
  elapsedMs: number;
  /** What ended the search: the schedule budget, the wall-clock cap, or no neighbour improved. */
  stoppedBy: StopReason;
}

export type StopReason = "budget" | "time-limit" | "converged";

/** The best-scored lawful option per gap (ties: lower cost, then input order). */
export function scoredChoice(t: Translation): number[] {
  const lines = bestLineOption(t, () => true);
  return t.chains.map((chain, c) => {
    const line = lines.get(c);
    if (line !== undefined) return line;
    let best = 0;
    chain.options.forEach((o, i) => {
      const b = chain.options[best]!;
      if (o.score > b.score || (o.score === b.score && o.cost < b.cost)) best = i;
    });
    return best;
  });
}

export function searchChoices(t: Translation, opts: SearchOptions): SearchResult {
  let solves = 0;
  let schedules = 0;
  let elapsed = 0;
  const run = (choice: number[], share: number, initial?: Schedule): Evaluation => {
    const overuse = offerOveruse(t, choice);
    if (overuse) {
      // No admissible choice near this one: nothing to schedule, and nothing proven either.
      solves++;
      return {
        choice: [...choice],
        status: "unknown",
        objective: [Infinity, Infinity, Infinity],
        infeasibility: [overuse],
        lowerBound: 0,
        schedulesGenerated: 0,
        elapsedMs: 0,
      };
    }
    const remainingSchedules = Math.max(1, opts.maxSchedules - schedules);
    const cap = opts.timeLimitMs;
    const e = evaluateChoice(t, choice, {
      seed: opts.seed + solves,
      ...(cap !== undefined
        ? { timeLimitMs: Math.max(1, Math.min(cap - elapsed, Math.round(cap * share))) }
        : {}),
      maxSchedules: Math.max(1, Math.min(remainingSchedules, Math.round(opts.maxSchedules * share))),
      ...(initial ? { initial } : {}),
    });
    solves++;
    schedules += e.schedulesGenerated;
    elapsed += e.elapsedMs;
    return e;
  };
  const timeUp = () => opts.timeLimitMs !== undefined && elapsed >= opts.timeLimitMs;
  const exhausted = () => timeUp() || schedules >= opts.maxSchedules;

  const initial = alignLines(t, opts.initialChoice ?? scoredChoice(t));
  const start = repairChoice(t, initial) ?? initial;
  const lines = lineMembers(t);
  // The first engine run is NOT seeded with a warm-start schedule: after a change the baseline's
  // starts are unlawful, and the repaired individual took over the engine's population (what-if
  // re-plans stuck 1-3% above a cold re-plan, BENCHMARKS.md). The warm schedule seeds the probes.
  // A warm choice was already improved by the baseline's option search, and the probes mostly
  // move tie-breakers (makespan, cost), so the main engine run gets most of a warm budget.
  let best = run(start, opts.initialChoice ? 0.6 : 0.25);
  opts.onProgress?.({ fraction: 0.25, message: `first plan: ${best.status}` });
  if (opts.initialChoice) {
    const scored = repairChoice(t, scoredChoice(t)) ?? scoredChoice(t);
    if (scored.some((o, c) => o !== start[c])) {
      const e = run(scored, 0.1);
      if (compareObjectives(e.objective, best.objective) < 0) best = e;
    }
  }

  // Neighbourhood: one gap's option at a time. Each probe gets a small share of the budget.
  const neighbours = t.chains.reduce((n, c) => n + c.options.length - 1, 0);
  const probeShare = neighbours > 0 ? Math.min(0.05, 0.45 / neighbours) : 0;
  const priority = new Set(opts.priorityChains ?? []);
  const order = [...priority, ...t.chains.map((_, c) => c).filter((c) => !priority.has(c))];
  let improved = neighbours > 0;
  while (improved && !exhausted()) {
    improved = false;
    for (let k = 0; k < order.length && !exhausted(); k++) {
      const c = order[k]!;
      const chain = t.chains[c]!;
      // A production line moves as one decision, from its first chain.
      const members = lines.get(c);
      if (members && members[0] !== c) continue;
      for (let o = 0; o < chain.options.length && !exhausted(); o++) {
        if (o === best.choice[c]) continue;
        const candidate = withOption(t, best.choice, c, o);
        if (offerOveruse(t, candidate)) continue; // two gaps would share more than the offer has
        const e = run(candidate, probeShare, best.schedule ?? opts.initialSchedule);
        if (compareObjectives(e.objective, best.objective) < 0) {
          best = e;
          improved = true;
        }
      }
      opts.onProgress?.({
        fraction: 0.25 + 0.5 * Math.min(1, schedules / opts.maxSchedules),
        message: `options: gap ${k + 1}/${t.chains.length}`,
      });
    }
  }
  if (!exhausted() && best.schedule) {
    const polished = run(best.choice, 0.3, best.schedule);
    if (compareObjectives(polished.objective, best.objective) <= 0) best = polished;
  }
  opts.onProgress?.({ fraction: 1, message: "schedule found" });
  const stoppedBy: StopReason =
    schedules >= opts.maxSchedules ? "budget" : timeUp() ? "time-limit" : "converged";
  return { best, solves, schedulesGenerated: schedules, elapsedMs: elapsed, stoppedBy };
}
