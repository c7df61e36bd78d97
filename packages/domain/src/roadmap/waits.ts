/**
 * Why an activity starts later than its predecessors allow: the resource that had no room at
 * the earliest precedence-feasible start. Computed from the schedule, not guessed.
 */
import type { Problem, RenewableResource, Schedule } from "@chiproad/scheduler";

function capacityAt(r: RenewableResource, t: number): number {
  if (typeof r.capacity === "number") return r.capacity;
  let cap = 0;
  for (const s of r.capacity) {
    if (s.from > t) break;
    cap = s.capacity;
  }
  return cap;
}

export interface Wait {
  activity: number;
  periods: number;
  /** The renewable resource id that had no room, or "funds" when only the budget explains it. */
  resource: string;
}

function earliestStart(problem: Problem, schedule: Schedule, j: number): number {
  let es = problem.activities[j]?.release ?? 0;
  for (const e of problem.precedences) {
    if (e.to !== j) continue;
    const from = problem.activities[e.from]!;
    const s = schedule.starts[e.from]!;
    const d = from.modes[schedule.modes[e.from]!]!.duration;
    es = Math.max(es, (e.type === "FS" ? s + d : s) + e.lag);
  }
  return es;
}

/** The first activity of `activities` that waits beyond its earliest start, and what it waited for. */
export function firstWait(
  problem: Problem,
  schedule: Schedule,
  activities: readonly number[],
): Wait | undefined {
  for (const j of activities) {
    const es = earliestStart(problem, schedule, j);
    const start = schedule.starts[j]!;
    if (start <= es) continue;
    const mode = problem.activities[j]!.modes[schedule.modes[j]!]!;
    for (let k = 0; k < problem.renewable.length; k++) {
      const demand = mode.renewable[k] ?? 0;
      if (demand === 0) continue;
      const r = problem.renewable[k]!;
      for (let t = es; t < es + Math.max(1, mode.duration); t++) {
        let used = 0;
        problem.activities.forEach((a, i) => {
          if (i === j) return;
          const s = schedule.starts[i]!;
          const m = a.modes[schedule.modes[i]!]!;
          if (s <= t && t < s + m.duration) used += m.renewable[k] ?? 0;
        });
        if (capacityAt(r, t) - used < demand) return { activity: j, periods: start - es, resource: r.id };
      }
    }
    if (problem.budgets.length > 0) return { activity: j, periods: start - es, resource: "funds" };
    return { activity: j, periods: start - es, resource: "search order" };
  }
  return undefined;
}
