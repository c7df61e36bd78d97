import type { Problem, Schedule } from "../model.ts";
import { arrivalsAt, capacityAt, finishesOf, modeOf, spendAt, timeSpan } from "../validate/derive.ts";

export interface RenewableProfile {
  resource: string;
  /** usage[t] and capacity[t] for periods 0 .. makespan-1. */
  usage: number[];
  capacity: number[];
}

export interface BudgetProfile {
  resource: string;
  /** Cumulative spend and cumulative arrivals up to and including each period. */
  cumulativeSpend: number[];
  cumulativeArrivals: number[];
}

export interface ScheduleAnalysis {
  finishes: number[];
  makespan: number;
  renewableProfiles: RenewableProfile[];
  budgetProfiles: BudgetProfile[];
  /** Activity indices, in time order, of a chain with no slack that ends at the makespan. */
  criticalPath: number[];
  cost: number;
  weightedTardiness: number;
  /** Latest finish among activities with a due date (the makespan when none has one). */
  completion: number;
}

/**
 * Everything derived from a schedule's decisions: finishes, resource and budget profiles, a
 * critical chain (tight precedences, or a same-resource hand-over when no precedence is tight),
 * total mode cost and weighted tardiness. Assumes the schedule names existing modes.
 */
export function analyze(problem: Problem, schedule: Schedule): ScheduleAnalysis {
  const acts = problem.activities;
  const starts = schedule.starts;
  const finishes = finishesOf(problem, schedule);
  const makespan = Math.max(0, ...finishes);
  const end = timeSpan(problem, finishes);
  const mode = (i: number) => {
    const m = modeOf(problem, schedule, i);
    if (!m) throw new Error(`activity ${acts[i]?.id ?? i} has no mode ${schedule.modes[i]}`);
    return m;
  };
  const renewableProfiles = problem.renewable.map((r, k) => {
    const usage = new Array<number>(makespan).fill(0);
    acts.forEach((_, i) => {
      const q = mode(i).renewable[k] ?? 0;
      for (let t = starts[i]!; t < finishes[i]!; t++) usage[t]! += q;
    });
    return { resource: r.id, usage, capacity: usage.map((_, t) => capacityAt(r, t)) };
  });
  const budgetProfiles = problem.budgets.map((b, k) => {
    const cumulativeSpend: number[] = [];
    const cumulativeArrivals: number[] = [];
    let spent = 0;
    let arrived = 0;
    for (let t = 0; t < end; t++) {
      arrived += arrivalsAt(b, t);
      acts.forEach((_, i) => {
        spent += spendAt(b, k, mode(i), starts[i]!, t);
      });
      cumulativeSpend.push(spent);
      cumulativeArrivals.push(arrived);
    }
    return { resource: b.id, cumulativeSpend, cumulativeArrivals };
  });
  let cost = 0;
  let weightedTardiness = 0;
  let completion = -1;
  acts.forEach((a, i) => {
    cost += mode(i).cost ?? 0;
    if (a.dueDate !== undefined) completion = Math.max(completion, finishes[i]!);
    if (a.dueDate !== undefined && finishes[i]! > a.dueDate) {
      weightedTardiness += (a.tardinessWeight ?? 1) * (finishes[i]! - a.dueDate);
    }
  });
  return {
    finishes,
    makespan,
    renewableProfiles,
    budgetProfiles,
    criticalPath: criticalChain(problem, schedule, finishes, makespan),
    cost,
    weightedTardiness,
    completion: completion < 0 ? makespan : completion,
  };
}

function criticalChain(problem: Problem, schedule: Schedule, finishes: number[], makespan: number): number[] {
  const n = problem.activities.length;
  if (n === 0) return [];
  const starts = schedule.starts;
  let current = finishes.indexOf(makespan);
  const chain = [current];
  const seen = new Set(chain);
  while (starts[current]! > 0) {
    const j = current;
    const tight = problem.precedences.find(
      (e) =>
        e.to === j &&
        !seen.has(e.from) &&
        (e.type === "FS" ? finishes[e.from]! : starts[e.from]!) + e.lag === starts[j],
    );
    let next = tight?.from;
    if (next === undefined) {
      const demand = modeOf(problem, schedule, j)?.renewable ?? [];
      for (let i = 0; i < n && next === undefined; i++) {
        if (seen.has(i) || finishes[i] !== starts[j]) continue;
        const other = modeOf(problem, schedule, i)?.renewable ?? [];
        if (demand.some((q, k) => q > 0 && (other[k] ?? 0) > 0)) next = i;
      }
    }
    if (next === undefined) break;
    chain.push(next);
    seen.add(next);
    current = next;
  }
  return chain.reverse();
}
