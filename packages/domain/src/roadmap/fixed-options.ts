/**
 * The planner's search is two-level. The outer level chooses one lawful option per gap (the
 * decision a programme manager takes); the inner level, the engine, schedules the work packages
 * with those options fixed. Fixing the options turns the problem into a single-mode RCPSP with
 * time-varying capacities and budgets, which the engine's list-scheduling search handles well,
 * and makes the option-consistency resources redundant (they are dropped in the sub-problem and
 * checked again when the schedule is mapped back and validated against the full problem).
 */
import type { Mode, Problem, Schedule } from "@chiproad/scheduler";
import { periodAtOrAfter, periodAtOrBefore } from "./calendar.ts";
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
  const windows = optionWindows(t, choice);
  return {
    ...t.problem,
    nonRenewable: [],
    activities: t.problem.activities.map((a, i) => {
      const m = a.modes[modes[i]!]!;
      const fixed: Mode = { ...m, nonRenewable: [] };
      const pin = t.pinned?.get(i);
      if (pin !== undefined) {
        // Recorded by the actuals: the start is history and the finish follows from what is left
        // (a planned deadline it now misses is the forecast's news, not a constraint on the past).
        return { ...a, release: pin, deadline: pin + m.duration, modes: [fixed] };
      }
      const w = windows.get(i);
      const release = Math.max(a.release ?? 0, w?.release ?? 0);
      const deadline = Math.min(a.deadline ?? Infinity, w?.deadline ?? Infinity);
      return {
        ...a,
        ...(release > 0 ? { release } : {}),
        ...(Number.isFinite(deadline) ? { deadline } : {}),
        modes: [durationOf ? { ...fixed, duration: durationOf(i, m.duration) } : fixed],
      };
    }),
  };
}

/**
 * Dated export-control rules as time windows on the chosen options' work: a prohibition that
 * ends at `lawfulFrom` releases the chain's first package then; one that takes effect at
 * `lawfulUntil` is a deadline on every package of the chain (all work done before it).
 */
export function optionWindows(
  t: Translation,
  choice: Choice,
): Map<number, { release?: number; deadline?: number }> {
  const out = new Map<number, { release?: number; deadline?: number }>();
  t.chains.forEach((chain, c) => {
    const o = chain.options[choice[c] ?? 0];
    if (!o || (o.lawfulFrom === undefined && o.lawfulUntil === undefined)) return;
    const release = o.lawfulFrom !== undefined ? periodAtOrAfter(t.calendar, o.lawfulFrom) : undefined;
    const deadline = o.lawfulUntil !== undefined ? periodAtOrBefore(t.calendar, o.lawfulUntil) : undefined;
    chain.activities.forEach((a, k) => {
      out.set(a, {
        ...(release !== undefined && k === 0 ? { release } : {}),
        ...(deadline !== undefined ? { deadline: Math.max(0, deadline) } : {}),
      });
    });
  });
  return out;
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
