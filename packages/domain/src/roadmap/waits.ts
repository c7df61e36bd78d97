/**
 * Why an activity starts later than its predecessors allow: the resource that had no room at
 * the earliest precedence-feasible start. Computed from the schedule, not guessed. Resource
 * usage profiles are built once per schedule, so asking about every activity stays linear.
 */
import type { Problem, RenewableResource, Schedule } from "@chiproad/scheduler";

function capacityProfile(r: RenewableResource, horizon: number): Float64Array {
  const out = new Float64Array(horizon);
  if (typeof r.capacity === "number") return out.fill(r.capacity);
  for (const s of r.capacity) if (s.from < horizon) out.fill(s.capacity, s.from);
  return out;
}

export interface Wait {
  activity: number;
  periods: number;
  /** The renewable resource id that had no room, or "funds" when only the budget explains it. */
  resource: string;
}

export class WaitAnalyzer {
  private readonly usage: Float64Array[];
  private readonly capacity: Float64Array[];
  private readonly preds: { from: number; type: "FS" | "SS"; lag: number }[][];
  private readonly horizon: number;

  constructor(
    private readonly problem: Problem,
    private readonly schedule: Schedule,
  ) {
    let end = 1;
    problem.activities.forEach((a, i) => {
      end = Math.max(end, schedule.starts[i]! + a.modes[schedule.modes[i]!]!.duration + 1);
    });
    this.horizon = end;
    this.capacity = problem.renewable.map((r) => capacityProfile(r, end));
    this.usage = problem.renewable.map(() => new Float64Array(end));
    problem.activities.forEach((a, i) => {
      const m = a.modes[schedule.modes[i]!]!;
      const s = schedule.starts[i]!;
      m.renewable.forEach((d, k) => {
        if (d === 0) return;
        const u = this.usage[k]!;
        for (let t = s; t < s + m.duration; t++) u[t]! += d;
      });
    });
    this.preds = problem.activities.map(() => []);
    for (const e of problem.precedences) this.preds[e.to]!.push(e);
  }

  private earliestStart(j: number): number {
    let es = this.problem.activities[j]?.release ?? 0;
    for (const e of this.preds[j]!) {
      const s = this.schedule.starts[e.from]!;
      const d = this.problem.activities[e.from]!.modes[this.schedule.modes[e.from]!]!.duration;
      es = Math.max(es, (e.type === "FS" ? s + d : s) + e.lag);
    }
    return es;
  }

  /** The wait of activity `j`, if it starts after its earliest precedence-feasible start. */
  waitOf(j: number): Wait | undefined {
    const es = this.earliestStart(j);
    const start = this.schedule.starts[j]!;
    if (start <= es) return undefined;
    const mode = this.problem.activities[j]!.modes[this.schedule.modes[j]!]!;
    const own = (k: number, t: number) =>
      t >= start && t < start + mode.duration ? (mode.renewable[k] ?? 0) : 0;
    for (let k = 0; k < this.problem.renewable.length; k++) {
      const demand = mode.renewable[k] ?? 0;
      if (demand === 0) continue;
      for (let t = es; t < Math.min(this.horizon, es + Math.max(1, mode.duration)); t++) {
        const free = this.capacity[k]![t]! - (this.usage[k]![t]! - own(k, t));
        if (free < demand)
          return { activity: j, periods: start - es, resource: this.problem.renewable[k]!.id };
      }
    }
    const resource = this.problem.budgets.length > 0 ? "funds" : "search order";
    return { activity: j, periods: start - es, resource };
  }
}

/** The first activity of `activities` that waits beyond its earliest start, and what it waited for. */
export function firstWait(
  problem: Problem,
  schedule: Schedule,
  activities: readonly number[],
): Wait | undefined {
  const analyzer = new WaitAnalyzer(problem, schedule);
  for (const j of activities) {
    const w = analyzer.waitOf(j);
    if (w) return w;
  }
  return undefined;
}
