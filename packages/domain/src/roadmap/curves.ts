/**
 * Budget, workforce and cleanroom curves of a schedule, as change points with ISO dates. Derived
 * from the schedule (never stored by the search), with the same draw rule as the engine.
 */
import type { Problem, RenewableResource, Schedule } from "@chiproad/scheduler";
import type { CashPoint } from "../finance/debt-service.ts";
import { drawnBy } from "./actuals.ts";
import { dateOfPeriod } from "./calendar.ts";
import { spread } from "./resources.ts";
import type { Translation } from "./translate.ts";

export interface CurvePoint {
  date: string;
  required: number;
  available: number;
}

/** A renewable resource's capacity in period `t`. */
export function capacityAt(r: RenewableResource, t: number): number {
  if (typeof r.capacity === "number") return r.capacity;
  let cap = 0;
  for (const s of r.capacity) {
    if (s.from > t) break;
    cap = s.capacity;
  }
  return cap;
}

function lastPeriod(problem: Problem, schedule: Schedule): number {
  let end = 0;
  problem.activities.forEach((a, i) => {
    end = Math.max(end, schedule.starts[i]! + a.modes[schedule.modes[i]!]!.duration);
  });
  return end;
}

/** Required vs available on the renewable resources of one kind (summed), at every change. */
export function renewableCurve(
  t: Translation,
  schedule: Schedule,
  kind: "engineers" | "cleanroom",
): CurvePoint[] {
  const { problem, calendar } = t;
  const ks = t.resources.renewableKinds.flatMap((k, i) => (k === kind ? [i] : []));
  if (ks.length === 0) return [];
  const end = lastPeriod(problem, schedule);
  const required = new Array<number>(end + 1).fill(0);
  problem.activities.forEach((a, i) => {
    const m = a.modes[schedule.modes[i]!]!;
    const demand = ks.reduce((s, k) => s + (m.renewable[k] ?? 0), 0);
    if (demand === 0) return;
    for (let p = schedule.starts[i]!; p < schedule.starts[i]! + m.duration; p++) required[p]! += demand;
  });
  const out: CurvePoint[] = [];
  for (let p = 0; p <= end; p++) {
    const available = ks.reduce((s, k) => s + capacityAt(problem.renewable[k]!, p), 0);
    const prev = out[out.length - 1];
    if (!prev || prev.required !== required[p] || prev.available !== available || p === end) {
      out.push({ date: dateOfPeriod(calendar, p), required: required[p]!, available });
    }
  }
  return out;
}

export interface BudgetPoint {
  date: string;
  cumulativeSpend: number;
  cumulativeAvailable: number;
}

/** Cumulative spend (work packages and training) against cumulative fund arrivals. */
export function budgetCurve(t: Translation, schedule: Schedule): BudgetPoint[] {
  const { problem, calendar } = t;
  const spend = new Map<number, number>(t.resources.trainingSpend);
  for (const [p, v] of t.resources.recordedSpend) spend.set(p, (spend.get(p) ?? 0) + v);
  problem.activities.forEach((a, i) => {
    const m = a.modes[schedule.modes[i]!]!;
    const amount = drawnBy(t, i, m);
    if (amount > 0) spread(amount, schedule.starts[i]!, m.duration, spend);
  });
  const arrivals = new Map(t.resources.arrivals.map((a) => [a.time, a.amount]));
  const periods = [...new Set([0, ...spend.keys(), ...arrivals.keys(), lastPeriod(problem, schedule)])].sort(
    (a, b) => a - b,
  );
  let cumSpend = 0;
  let cumAvail = 0;
  return periods.map((p) => {
    cumSpend += spend.get(p) ?? 0;
    cumAvail += arrivals.get(p) ?? 0;
    return { date: dateOfPeriod(calendar, p), cumulativeSpend: cumSpend, cumulativeAvailable: cumAvail };
  });
}

/**
 * The cash balance month by month from the programme start to the last spend, arrival or loan
 * payment within the horizon: the engine's budget keeps it from going below zero in any period.
 * Only months in which money moves are listed.
 */
export function cashBalance(t: Translation, schedule: Schedule): CashPoint[] {
  // Without fund instruments the scenario models no money: no balance to show.
  if (t.resources.arrivals.length === 0 && t.resources.debtService.size === 0) return [];
  const { problem, calendar } = t;
  const spend = new Map<number, number>(t.resources.trainingSpend);
  for (const [p, v] of t.resources.recordedSpend) spend.set(p, (spend.get(p) ?? 0) + v);
  problem.activities.forEach((a, i) => {
    const m = a.modes[schedule.modes[i]!]!;
    const amount = drawnBy(t, i, m);
    if (amount > 0) spread(amount, schedule.starts[i]!, m.duration, spend);
  });
  const inflow = new Map(t.resources.arrivals.map((a) => [a.time, a.amount]));
  const debt = t.resources.debtService;
  const periods = [...new Set([0, ...spend.keys(), ...inflow.keys(), ...debt.keys()])].sort((a, b) => a - b);
  const months = new Map<string, CashPoint>();
  let balance = 0;
  for (const p of periods) {
    const month = `${dateOfPeriod(calendar, p).slice(0, 7)}-01`;
    const point = months.get(month) ?? { date: month, inflow: 0, spend: 0, debtService: 0, balance: 0 };
    const [i, s, d] = [inflow.get(p) ?? 0, spend.get(p) ?? 0, debt.get(p) ?? 0];
    point.inflow += i;
    point.spend += s;
    point.debtService += d;
    balance += i - s - d;
    point.balance = balance;
    months.set(month, point);
  }
  return [...months.values()];
}
