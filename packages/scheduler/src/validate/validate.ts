import type { Problem, Schedule } from "../model.ts";
import { arrivalsAt, capacityAt, finishesOf, modeOf, spendAt, timeSpan } from "./derive.ts";

export type ViolationKind =
  | "shape"
  | "mode"
  | "release"
  | "deadline"
  | "precedence"
  | "renewable"
  | "nonRenewable"
  | "budget";

export interface Violation {
  kind: ViolationKind;
  /** Activity index. */
  activity?: number;
  /** Resource index in its own list (renewable, nonRenewable or budgets, by `kind`). */
  resource?: number;
  /** First period of the violation. */
  time?: number;
  message: string;
}

/**
 * Checks a schedule against every hard constraint and returns all violations (empty = feasible).
 * Written independently of the search code. Renewable and budget overruns are reported once
 * per resource and maximal run of consecutive violated periods.
 */
export function validate(problem: Problem, schedule: Schedule): Violation[] {
  const out: Violation[] = [];
  const acts = problem.activities;
  const n = acts.length;
  if (schedule.modes.length !== n || schedule.starts.length !== n) {
    out.push({
      kind: "shape",
      message: `schedule has ${schedule.modes.length} modes and ${schedule.starts.length} starts for ${n} activities`,
    });
    return out;
  }
  const id = (i: number) => acts[i]?.id ?? String(i);
  let shapeOk = true;
  for (let i = 0; i < n; i++) {
    const s = schedule.starts[i]!;
    if (!Number.isInteger(s) || s < 0) {
      out.push({
        kind: "shape",
        activity: i,
        message: `activity ${id(i)} starts at ${s}, not a period >= 0`,
      });
      shapeOk = false;
    }
    if (modeOf(problem, schedule, i) === undefined) {
      out.push({ kind: "mode", activity: i, message: `activity ${id(i)} has no mode ${schedule.modes[i]}` });
      shapeOk = false;
    }
  }
  if (!shapeOk) return out;
  const starts = schedule.starts;
  const finishes = finishesOf(problem, schedule);
  acts.forEach((a, i) => {
    if (a.release !== undefined && starts[i]! < a.release) {
      out.push({
        kind: "release",
        activity: i,
        time: starts[i]!,
        message: `activity ${id(i)} starts at ${starts[i]} before its release ${a.release}`,
      });
    }
    if (a.deadline !== undefined && finishes[i]! > a.deadline) {
      out.push({
        kind: "deadline",
        activity: i,
        time: finishes[i]!,
        message: `activity ${id(i)} finishes at ${finishes[i]} after its deadline ${a.deadline}`,
      });
    }
  });
  for (const e of problem.precedences) {
    const ref = e.type === "FS" ? finishes[e.from]! : starts[e.from]!;
    if (starts[e.to]! < ref + e.lag) {
      out.push({
        kind: "precedence",
        activity: e.to,
        time: starts[e.to]!,
        message: `activity ${id(e.to)} starts at ${starts[e.to]} but ${e.type} lag ${e.lag} after ${id(e.from)} needs >= ${ref + e.lag}`,
      });
    }
  }
  const end = timeSpan(problem, finishes);
  problem.renewable.forEach((r, k) => {
    const usage = new Array<number>(end).fill(0);
    for (let i = 0; i < n; i++) {
      const demand = modeOf(problem, schedule, i)!.renewable[k] ?? 0;
      for (let t = starts[i]!; t < finishes[i]!; t++) usage[t]! += demand;
    }
    let runStart = -1;
    for (let t = 0; t <= end; t++) {
      const over = t < end && usage[t]! > capacityAt(r, t);
      if (over && runStart < 0) runStart = t;
      if (!over && runStart >= 0) {
        out.push({
          kind: "renewable",
          resource: k,
          time: runStart,
          message: `${r.id} used ${usage[runStart]} > capacity ${capacityAt(r, runStart)} in periods ${runStart}..${t - 1}`,
        });
        runStart = -1;
      }
    }
  });
  problem.nonRenewable.forEach((r, k) => {
    let total = 0;
    for (let i = 0; i < n; i++) total += modeOf(problem, schedule, i)!.nonRenewable[k] ?? 0;
    if (total > r.capacity) {
      out.push({
        kind: "nonRenewable",
        resource: k,
        message: `${r.id} total ${total} exceeds capacity ${r.capacity}`,
      });
    }
  });
  problem.budgets.forEach((b, k) => {
    let spent = 0;
    let arrived = 0;
    let runStart = -1;
    for (let t = 0; t <= end; t++) {
      if (t < end) {
        arrived += arrivalsAt(b, t);
        for (let i = 0; i < n; i++) spent += spendAt(b, k, modeOf(problem, schedule, i)!, starts[i]!, t);
      }
      const over = t < end && spent > arrived;
      if (over && runStart < 0) {
        runStart = t;
        out.push({
          kind: "budget",
          resource: k,
          time: t,
          message: `${b.id} cumulative spend ${spent} exceeds cumulative arrivals ${arrived} from period ${t}`,
        });
      }
      if (!over) runStart = -1;
    }
  });
  return out;
}
