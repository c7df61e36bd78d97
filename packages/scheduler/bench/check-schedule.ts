/**
 * An independent feasibility check for the benchmark, written apart from the engine's own
 * `validate` so that a bug shared by the engine and its validator cannot inflate a result.
 * It covers what PSPLIB instances use: modes, FS/SS precedences with lags, release dates,
 * deadlines, constant renewable capacities and non-renewable totals.
 */
import type { Problem } from "../src/model.ts";

export interface ScheduleDecisions {
  modes: readonly number[];
  starts: readonly number[];
}

/** Returns the problems found (empty when the schedule is feasible) and the makespan. */
export function checkSchedule(
  problem: Problem,
  schedule: ScheduleDecisions,
): { errors: string[]; makespan: number } {
  const errors: string[] = [];
  const n = problem.activities.length;
  const durations: number[] = [];
  let makespan = 0;
  for (let i = 0; i < n; i++) {
    const activity = problem.activities[i]!;
    const mode = activity.modes[schedule.modes[i] ?? -1];
    const start = schedule.starts[i];
    if (!mode || start === undefined || !Number.isInteger(start) || start < 0) {
      errors.push(`activity ${activity.id}: bad mode or start`);
      durations.push(0);
      continue;
    }
    durations.push(mode.duration);
    makespan = Math.max(makespan, start + mode.duration);
    if (start < (activity.release ?? 0)) errors.push(`activity ${activity.id}: starts before its release`);
    if (activity.deadline !== undefined && start + mode.duration > activity.deadline) {
      errors.push(`activity ${activity.id}: finishes after its deadline`);
    }
  }
  if (errors.length > 0) return { errors, makespan };
  for (const p of problem.precedences) {
    const earliest = schedule.starts[p.from]! + (p.type === "FS" ? durations[p.from]! : 0) + p.lag;
    if (schedule.starts[p.to]! < earliest) errors.push(`precedence ${p.from}->${p.to} (${p.type}) violated`);
  }
  problem.renewable.forEach((resource, k) => {
    if (typeof resource.capacity !== "number") {
      errors.push(`renewable ${resource.id}: capacity profiles are not checked here`);
      return;
    }
    const usage = new Array<number>(makespan + 1).fill(0);
    for (let i = 0; i < n; i++) {
      const demand = problem.activities[i]!.modes[schedule.modes[i]!]!.renewable[k] ?? 0;
      for (let t = schedule.starts[i]!; t < schedule.starts[i]! + durations[i]!; t++) usage[t]! += demand;
    }
    const over = usage.findIndex((used) => used > (resource.capacity as number));
    if (over >= 0) errors.push(`renewable ${resource.id}: over capacity at period ${over}`);
  });
  problem.nonRenewable.forEach((resource, k) => {
    let used = 0;
    for (let i = 0; i < n; i++)
      used += problem.activities[i]!.modes[schedule.modes[i]!]!.nonRenewable[k] ?? 0;
    if (used > resource.capacity) errors.push(`non-renewable ${resource.id}: ${used} > ${resource.capacity}`);
  });
  return { errors, makespan };
}

/**
 * The classic critical-path lower bound (resource relaxation, every activity in its shortest
 * mode), the reference of the "deviation from the CPM bound" measure of Kolisch & Hartmann.
 */
export function criticalPathBound(problem: Problem): number {
  const n = problem.activities.length;
  const shortest = problem.activities.map((activity) =>
    Math.min(...activity.modes.map((mode) => mode.duration)),
  );
  const earliest = problem.activities.map((activity) => activity.release ?? 0);
  const outgoing: Problem["precedences"][number][][] = Array.from({ length: n }, () => []);
  const indegree = new Array<number>(n).fill(0);
  for (const p of problem.precedences) {
    outgoing[p.from]!.push(p);
    indegree[p.to]!++;
  }
  const queue = earliest.flatMap((_, i) => (indegree[i] === 0 ? [i] : []));
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head]!;
    for (const p of outgoing[i]!) {
      const lead = (p.type === "FS" ? shortest[i]! : 0) + p.lag;
      earliest[p.to] = Math.max(earliest[p.to]!, earliest[i]! + lead);
      if (--indegree[p.to]! === 0) queue.push(p.to);
    }
  }
  return Math.max(...earliest.map((start, i) => start + shortest[i]!));
}
