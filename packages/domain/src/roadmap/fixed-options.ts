/**
 * The planner's search is two-level. The outer level chooses one lawful option per gap (the
 * decision a programme manager takes); the inner level, the engine, schedules the work packages
 * with those options fixed. Fixing the options turns the problem into a single-mode RCPSP with
 * time-varying capacities and budgets, which the engine's list-scheduling search handles well,
 * and makes the option-consistency resources redundant (they are dropped in the sub-problem and
 * checked again when the schedule is mapped back and validated against the full problem).
 */
import type { Mode, Problem, Schedule } from "@chiproad/scheduler";
import type { Translation } from "./translate.ts";

/** One option index per chain (`translation.chains` order). */
export type Choice = readonly number[];

/** The mode each activity takes under `choice` (0 for single-mode activities). */
export function modesOf(t: Translation, choice: Choice): number[] {
  const modes = new Array<number>(t.problem.activities.length).fill(0);
  t.chains.forEach((chain, c) => {
    for (const a of chain.activities) modes[a] = choice[c] ?? 0;
  });
  return modes;
}

/**
 * The single-mode sub-problem for `choice`. `durationOf` lets risk analysis perturb durations
 * (activity index, planned duration) → sampled duration.
 */
export function fixOptions(
  t: Translation,
  choice: Choice,
  durationOf?: (activity: number, planned: number) => number,
): Problem {
  const modes = modesOf(t, choice);
  return {
    ...t.problem,
    nonRenewable: [],
    activities: t.problem.activities.map((a, i) => {
      const m = a.modes[modes[i]!]!;
      const fixed: Mode = { ...m, nonRenewable: [] };
      return { ...a, modes: [durationOf ? { ...fixed, duration: durationOf(i, m.duration) } : fixed] };
    }),
  };
}

/** A sub-problem schedule as a schedule of the full problem. */
export function toFullSchedule(t: Translation, choice: Choice, sub: Schedule): Schedule {
  return { modes: modesOf(t, choice), starts: [...sub.starts] };
}

/** A full-problem schedule as a sub-problem schedule (every activity in its only mode). */
export function toSubSchedule(full: Schedule): Schedule {
  return { modes: full.modes.map(() => 0), starts: [...full.starts] };
}

/** Lexicographic comparison of objective vectors (negative: a is better). */
export function compareObjectives(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (Math.abs(d) > 1e-9) return d;
  }
  return 0;
}
