/**
 * Turns a chiproad `Problem` into the JSON data of `mrcpsp.mzn`. Only what the PSPLIB-style
 * model can express is accepted: constant renewable capacities, non-renewable totals, FS/SS
 * precedences with lags, release dates and deadlines. Budgets, capacity profiles and objectives
 * other than makespan are outside the peer's model, so those problems are refused rather than
 * silently simplified.
 */
import type { Problem } from "../../src/model.ts";

export interface MrcpspData {
  n_acts: number;
  n_modes: number;
  n_renewable: number;
  n_nonrenewable: number;
  n_precs: number;
  horizon: number;
  first_mode: number[];
  last_mode: number[];
  duration: number[];
  renewable_demand: number[][];
  nonrenewable_demand: number[][];
  renewable_capacity: number[];
  nonrenewable_capacity: number[];
  release: number[];
  deadline: number[];
  pred: number[];
  succ: number[];
  lag: number[];
  start_to_start: boolean[];
}

/** A horizon no feasible makespan-minimal schedule can exceed: all longest modes in sequence plus lags. */
export function safeHorizon(problem: Problem): number {
  let total = 0;
  for (const activity of problem.activities) {
    total += Math.max(0, ...activity.modes.map((mode) => mode.duration));
    total = Math.max(total, activity.release ?? 0);
  }
  for (const precedence of problem.precedences) total += precedence.lag;
  return Math.max(total, problem.horizon ?? 0);
}

export function toMrcpspData(problem: Problem): MrcpspData {
  if (problem.budgets.length > 0) throw new Error("peer model: budget resources are not supported");
  const objective = problem.objective ?? ["makespan"];
  if (objective.length !== 1 || objective[0] !== "makespan") {
    throw new Error("peer model: only the makespan objective is supported");
  }
  const capacities = problem.renewable.map((resource) => {
    if (typeof resource.capacity !== "number") {
      throw new Error(
        `peer model: renewable ${resource.id} has a capacity profile; only constants are supported`,
      );
    }
    return resource.capacity;
  });
  const horizon = safeHorizon(problem);
  const firstMode: number[] = [];
  const lastMode: number[] = [];
  const duration: number[] = [];
  const renewableDemand: number[][] = problem.renewable.map(() => []);
  const nonrenewableDemand: number[][] = problem.nonRenewable.map(() => []);
  for (const activity of problem.activities) {
    firstMode.push(duration.length + 1);
    for (const mode of activity.modes) {
      duration.push(mode.duration);
      renewableDemand.forEach((row, k) => {
        row.push(mode.renewable[k] ?? 0);
      });
      nonrenewableDemand.forEach((row, k) => {
        row.push(mode.nonRenewable[k] ?? 0);
      });
    }
    lastMode.push(duration.length);
  }
  return {
    n_acts: problem.activities.length,
    n_modes: duration.length,
    n_renewable: problem.renewable.length,
    n_nonrenewable: problem.nonRenewable.length,
    n_precs: problem.precedences.length,
    horizon,
    first_mode: firstMode,
    last_mode: lastMode,
    duration,
    renewable_demand: renewableDemand,
    nonrenewable_demand: nonrenewableDemand,
    renewable_capacity: capacities,
    nonrenewable_capacity: problem.nonRenewable.map((resource) => resource.capacity),
    release: problem.activities.map((activity) => activity.release ?? 0),
    deadline: problem.activities.map((activity) => Math.min(activity.deadline ?? horizon, horizon)),
    pred: problem.precedences.map((precedence) => precedence.from + 1),
    succ: problem.precedences.map((precedence) => precedence.to + 1),
    lag: problem.precedences.map((precedence) => precedence.lag),
    start_to_start: problem.precedences.map((precedence) => precedence.type === "SS"),
  };
}
