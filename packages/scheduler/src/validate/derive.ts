import type { BudgetResource, Mode, Problem, RenewableResource, Schedule } from "../model.ts";

/**
 * Plain, obviously-correct derivations from a problem and a schedule, shared by the validator
 * and `analyze`. Deliberately independent of the search code (compile/, sgs/, search/) so that
 * the validator checks the engine instead of repeating its assumptions.
 */

export function capacityAt(resource: RenewableResource, t: number): number {
  if (typeof resource.capacity === "number") return resource.capacity;
  let c = 0;
  for (const step of resource.capacity) if (step.from <= t) c = step.capacity;
  return c;
}

/** Amount of budget `b` a mode spends in period `t` when the activity starts at `start`. */
export function spendAt(budget: BudgetResource, b: number, mode: Mode, start: number, t: number): number {
  const amount = mode.budget?.[b] ?? 0;
  if (amount === 0) return 0;
  const d = mode.duration;
  if (budget.draw === "start" || d === 0) return t === start ? amount : 0;
  if (t < start || t >= start + d) return 0;
  const per = Math.floor(amount / d);
  return per + (t - start < amount - per * d ? 1 : 0);
}

export function arrivalsAt(budget: BudgetResource, t: number): number {
  let sum = 0;
  for (const tr of budget.tranches) if (tr.time === t) sum += tr.amount;
  return sum;
}

/** The chosen mode of activity i, or undefined when the schedule names a mode that does not exist. */
export function modeOf(problem: Problem, schedule: Schedule, i: number): Mode | undefined {
  const m = schedule.modes[i];
  if (m === undefined || !Number.isInteger(m)) return undefined;
  return problem.activities[i]?.modes[m];
}

export function finishesOf(problem: Problem, schedule: Schedule): number[] {
  return problem.activities.map(
    (_, i) => (schedule.starts[i] ?? 0) + (modeOf(problem, schedule, i)?.duration ?? 0),
  );
}

/** Last period any constraint of the problem or the schedule refers to, plus one. */
export function timeSpan(problem: Problem, finishes: readonly number[]): number {
  let end = Math.max(0, ...finishes);
  for (const b of problem.budgets) for (const tr of b.tranches) end = Math.max(end, tr.time + 1);
  return end;
}
