import { criticalPathTimes } from "../bounds/lower-bounds.ts";
import type { Compiled } from "../compile/compiled.ts";
import type { Schedule } from "../model.ts";
import { SeededRandom } from "../random.ts";
import { PriorityOrder } from "../sgs/priority-order.ts";
import { GeneticSearch } from "./genetic.ts";
import { type Individual, newIndividual } from "./individual.ts";
import { ModeSpace } from "./mode-space.ts";

export interface SearchRequest {
  maxSchedules: number;
  /** Milliseconds from now; Infinity for none. */
  timeLimitMs: number;
  seed: number;
  lowerBound: number;
  initial?: Schedule;
  /** `SearchBudget.stallSchedules`. */
  stallSchedules?: number;
  onImprove?: (best: Individual, schedules: number) => void;
}

export interface SearchOutcome {
  best?: { modes: number[]; starts: number[]; score: number[] };
  schedules: number;
}

/** Population size grows with the schedule budget (larger budgets afford more diversity). */
function populationFor(maxSchedules: number, timeLimitMs: number): number {
  if (maxSchedules <= 10_000_000)
    return Math.max(20, Math.min(100, Math.round(Math.sqrt(maxSchedules) * 0.8)));
  return timeLimitMs >= 5000 ? 80 : 50;
}

/** One single-threaded search (the unit a worker runs). */
export function runSearch(c: Compiled, req: SearchRequest): SearchOutcome {
  const stopAt = performance.now() + req.timeLimitMs;
  const space = new ModeSpace(c);
  const { tail } = criticalPathTimes(c);
  let maxTail = 0;
  for (let i = 0; i < c.n; i++) maxTail = Math.max(maxTail, tail[i]!);
  const latestStarts = Float64Array.from(tail, (q) => maxTail - q);
  const search = new GeneticSearch(
    c,
    space,
    new SeededRandom(req.seed),
    {
      maxSchedules: req.maxSchedules,
      stopAt,
      lowerBound: req.lowerBound,
      population: populationFor(req.maxSchedules, req.timeLimitMs),
      ...(req.onImprove ? { onImprove: req.onImprove } : {}),
      ...(req.stallSchedules !== undefined ? { stallSchedules: req.stallSchedules } : {}),
    },
    latestStarts,
  );
  let initial: Individual | undefined;
  if (req.initial) initial = warmStart(c, req.initial);
  const best = search.run(initial);
  return {
    ...(best
      ? {
          best: {
            modes: Array.from(best.modes),
            starts: Array.from(best.starts),
            score: Array.from(best.score),
          },
        }
      : {}),
    schedules: search.schedules,
  };
}

/** A given schedule as a chromosome: its modes and the list sorted by its starts. */
function warmStart(c: Compiled, schedule: Schedule): Individual | undefined {
  if (schedule.modes.length !== c.n || schedule.starts.length !== c.n) return undefined;
  const ind = newIndividual(c.n, c.objective.length);
  const key = new Float64Array(c.n);
  for (let i = 0; i < c.n; i++) {
    const m = schedule.modes[i]!;
    const count = c.modeOffset[i + 1]! - c.modeOffset[i]!;
    ind.modes[i] = Number.isInteger(m) && m >= 0 && m < count ? m : 0;
    key[i] = schedule.starts[i]!;
  }
  ind.order.set(new PriorityOrder(c.n, c.succOffset, c.succTo).order(key));
  return ind;
}
