/**
 * Programme resources as engine resources: engineer pools whose capacity grows as training
 * cohorts finish, cleanroom area per facility over time, and one budget pooled from every fund
 * tranche, net of the training programme's own spending.
 */
import { date, type Message, money, msg } from "../messages/index.ts";
import type { BudgetResource, CapacityStep, RenewableResource, Tranche } from "@chiproad/scheduler";
import { loanSchedule } from "../finance/debt-service.ts";
import { recordedSpending, recordedWindow } from "./actuals.ts";
import type { Scenario, TrainingPipeline } from "../scenario/index.ts";
import { type Calendar, dateOfPeriod, periodAtOrAfter } from "./calendar.ts";

export interface Cohort {
  pipelineId: string;
  poolId: string;
  start: number;
  finish: number;
  cohorts: number;
  engineers: number;
  cost: number;
}

/**
 * Cohorts run back to back from the pipeline's start, `capacity` at a time, until `maxCohorts`
 * or the horizon. The training plan is fixed input (the scenario's training programme), not a
 * decision: the engine's capacity profile cannot depend on decisions.
 */
export function cohortsOf(pipeline: TrainingPipeline, cal: Calendar, horizon: number): Cohort[] {
  const out: Cohort[] = [];
  let remaining = pipeline.maxCohorts ?? Number.POSITIVE_INFINITY;
  let start = periodAtOrAfter(cal, pipeline.start ?? cal.startDate);
  while (remaining > 0 && start < horizon) {
    const cohorts = Math.min(pipeline.capacity, remaining);
    out.push({
      pipelineId: pipeline.id,
      poolId: pipeline.pool,
      start,
      finish: start + pipeline.duration,
      cohorts,
      engineers: cohorts * pipeline.cohortSize,
      cost: cohorts * pipeline.costPerCohort,
    });
    remaining -= cohorts;
    start += pipeline.duration;
  }
  return out;
}

export interface ResourceModel {
  renewable: RenewableResource[];
  /** What each renewable resource is, in `renewable` order. */
  renewableKinds: ("engineers" | "cleanroom")[];
  poolIndex: Map<string, number>;
  facilityIndex: Map<string, number>;
  budgets: BudgetResource[];
  cohorts: Cohort[];
  /** Fund arrivals per period (gross) and training spend per period, for the budget curve. */
  arrivals: Tranche[];
  trainingSpend: Map<number, number>;
  /** Money the actuals record as spent, per period (paid from the same money, see `recordedSpending`). */
  recordedSpend: Map<number, number>;
  /** Debt service (interest and principal) of the soft loans per period, paid from the same money. */
  debtService: Map<number, number>;
  /** Why the resources alone make the programme impossible (e.g. training cannot be funded). */
  blocked: Message[];
  /** Milestones that gate a disbursement: due by the period the money then arrives. */
  gateDeadlines: Map<string, number>;
  /** New buildings or cleanrooms: fixed-date costed activities that add capacity at their end. */
  constructions: Construction[];
}

export interface Construction {
  facilityId: string;
  name: string;
  start: number;
  duration: number;
  cost: number;
}

/** Earliest finish period of every milestone (durations, `after`, `earliest`; resources play no part). */
export function milestoneEarliestFinish(scenario: Scenario, cal: Calendar): Map<string, number> {
  const byId = new Map(scenario.milestones.map((m) => [m.id, m]));
  const done = new Map<string, number>();
  const visit = (id: string, depth: number): number => {
    const known = done.get(id);
    if (known !== undefined) return known;
    const m = byId.get(id);
    if (!m || depth > byId.size) return 0; // unknown or cyclic: rejected by validation
    let start = m.earliest !== undefined ? periodAtOrAfter(cal, m.earliest) : 0;
    for (const a of m.after) start = Math.max(start, visit(a, depth + 1));
    // With actuals, a disbursement gated on the milestone waits for its recorded or forecast finish.
    const w = recordedWindow(scenario, cal, `milestone:${id}`, start, m.duration);
    done.set(id, w.start + w.duration);
    return w.start + w.duration;
  };
  for (const m of scenario.milestones) visit(m.id, 0);
  return done;
}

function stepProfile(points: Map<number, number>): CapacityStep[] {
  return [...points.entries()].sort((a, b) => a[0] - b[0]).map(([from, capacity]) => ({ from, capacity }));
}

/** Spreads an integer amount over `duration` periods from `start` (remainder in the first periods). */
export function spread(amount: number, start: number, duration: number, into: Map<number, number>): void {
  if (duration <= 0) {
    into.set(start, (into.get(start) ?? 0) + amount);
    return;
  }
  const base = Math.floor(amount / duration);
  const extra = amount - base * duration;
  for (let t = 0; t < duration; t++) {
    const v = base + (t < extra ? 1 : 0);
    if (v > 0) into.set(start + t, (into.get(start + t) ?? 0) + v);
  }
}

export function buildResources(scenario: Scenario, cal: Calendar, horizon: number): ResourceModel {
  const renewable: RenewableResource[] = [];
  const renewableKinds: ("engineers" | "cleanroom")[] = [];
  const poolIndex = new Map<string, number>();
  const facilityIndex = new Map<string, number>();
  const blocked: Message[] = [];
  const cohorts = scenario.workforce.training.flatMap((p) => cohortsOf(p, cal, horizon));

  for (const pool of scenario.workforce.pools) {
    const steps = new Map<number, number>([[0, pool.initial]]);
    let capacity = pool.initial;
    const finishes = cohorts.filter((c) => c.poolId === pool.id).sort((a, b) => a.finish - b.finish);
    for (const c of finishes) {
      capacity += c.engineers;
      steps.set(c.finish, capacity);
    }
    poolIndex.set(pool.id, renewable.length);
    renewable.push({ id: `engineers:${pool.id}`, capacity: stepProfile(steps) });
    renewableKinds.push("engineers");
  }
  const constructions: Construction[] = [];
  for (const facility of scenario.facilities) {
    const steps = new Map<number, number>();
    for (const s of [...facility.capacity].sort((a, b) => a.from.localeCompare(b.from))) {
      steps.set(periodAtOrAfter(cal, s.from), Math.floor(s.area));
    }
    const build = facility.construction;
    if (build) {
      const planned = build.earliest !== undefined ? periodAtOrAfter(cal, build.earliest) : 0;
      // Recorded progress moves the building's dates, and with them the day its area is there.
      const { start, duration } = recordedWindow(
        scenario,
        cal,
        `construction:${facility.id}`,
        planned,
        build.duration,
      );
      const finish = start + duration;
      const times = [...steps.keys()].sort((a, b) => a - b);
      let at = 0;
      for (const t of times) if (t <= finish) at = steps.get(t)!;
      for (const t of times) if (t > finish) steps.set(t, steps.get(t)! + Math.floor(build.area));
      steps.set(finish, at + Math.floor(build.area));
      if (!steps.has(0)) steps.set(0, 0);
      constructions.push({
        facilityId: facility.id,
        name: build.name ?? `Build: ${facility.name}`,
        start,
        duration,
        cost: Math.round(build.cost),
      });
    }
    facilityIndex.set(facility.id, renewable.length);
    renewable.push({ id: `cleanroom:${facility.id}`, capacity: stepProfile(steps) });
    renewableKinds.push("cleanroom");
  }

  const arrivalsByPeriod = new Map<number, number>();
  const milestoneDone = milestoneEarliestFinish(scenario, cal);
  const gateDeadlines = new Map<string, number>();
  for (const inst of scenario.funds.instruments) {
    for (const t of inst.tranches) {
      let p = periodAtOrAfter(cal, t.date);
      if (t.after !== undefined) {
        // Gated disbursement: on its date or when its milestone can first be done; the
        // milestone is then due by that day.
        p = Math.max(p, milestoneDone.get(t.after) ?? 0);
        gateDeadlines.set(t.after, Math.min(gateDeadlines.get(t.after) ?? Infinity, p));
      }
      arrivalsByPeriod.set(p, (arrivalsByPeriod.get(p) ?? 0) + Math.round(t.amount));
    }
  }
  const trainingSpend = new Map<number, number>();
  for (const c of cohorts) spread(Math.round(c.cost), c.start, c.finish - c.start, trainingSpend);
  const arrivals = [...arrivalsByPeriod.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([time, amount]) => ({ time, amount }));

  // Loans are repaid from the programme's money: every payment due within the horizon is a fixed
  // outflow, like training, so the work never spends what the debt service will need.
  const debtService = new Map<number, number>();
  for (const inst of scenario.funds.instruments) {
    for (const pay of loanSchedule(inst)?.payments ?? []) {
      const p = periodAtOrAfter(cal, pay.date);
      if (p > horizon) continue;
      debtService.set(p, (debtService.get(p) ?? 0) + pay.interest + pay.principal);
    }
  }
  const recordedSpend = recordedSpending(scenario, cal);
  const fixedOutflows = new Map(trainingSpend);
  for (const [p, v] of [...debtService, ...recordedSpend])
    fixedOutflows.set(p, (fixedOutflows.get(p) ?? 0) + v);

  const budgets: BudgetResource[] = [];
  if (arrivals.length > 0) {
    const net = netOfTraining(arrivals, fixedOutflows);
    if (net.shortfall) {
      const period = net.shortfall.period;
      const upTo = (m: Map<number, number>) => [...m].reduce((s, [p, v]) => (p <= period ? s + v : s), 0);
      const debt = upTo(debtService);
      const recorded = upTo(recordedSpend);
      const when = date(dateOfPeriod(cal, period));
      const { spent, available } = net.shortfall;
      const cur = scenario.program.currency;
      blocked.push(
        recorded > 0
          ? msg("proof.recordedSpendFunds", {
              recorded: money(recorded, cur),
              spent: money(spent, cur),
              date: when,
              available: money(available, cur),
            })
          : debt > 0
            ? msg("proof.debtServiceFunds", {
                spent: money(spent, cur),
                date: when,
                available: money(available, cur),
                debt: money(debt, cur),
              })
            : msg("proof.trainingFunds", { spent, date: when, available }),
      );
    }
    budgets.push({ id: "funds", tranches: net.tranches, draw: "spread" });
  }
  return {
    renewable,
    renewableKinds,
    poolIndex,
    facilityIndex,
    budgets,
    cohorts,
    arrivals,
    trainingSpend,
    debtService,
    recordedSpend,
    blocked,
    gateDeadlines,
    constructions,
  };
}

/**
 * Money left for the work packages once training is paid. Cumulative spend S(t) is
 * non-decreasing, so S(t) <= A(u) - C(u) for every u >= t is the same as S(t) <= min over u >= t
 * of (A(u) - C(u)): that running minimum is non-decreasing and becomes the tranches.
 */
function netOfTraining(
  arrivals: readonly Tranche[],
  training: ReadonlyMap<number, number>,
): { tranches: Tranche[]; shortfall?: { period: number; spent: number; available: number } } {
  const times = [...new Set([...arrivals.map((a) => a.time), ...training.keys()])].sort((a, b) => a - b);
  const arrivalAt = new Map(arrivals.map((a) => [a.time, a.amount]));
  let cumA = 0;
  let cumC = 0;
  const net: { time: number; value: number; spent: number; available: number }[] = [];
  for (const t of times) {
    cumA += arrivalAt.get(t) ?? 0;
    cumC += training.get(t) ?? 0;
    net.push({ time: t, value: cumA - cumC, spent: cumC, available: cumA });
  }
  let running = Number.POSITIVE_INFINITY;
  const floor: { time: number; value: number }[] = [];
  for (let i = net.length - 1; i >= 0; i--) {
    const n = net[i]!;
    running = Math.min(running, n.value);
    floor.push({ time: n.time, value: running });
  }
  floor.reverse();
  const worst = net.find((n) => n.value < 0);
  const tranches: Tranche[] = [];
  let prev = 0;
  for (const f of floor) {
    const v = Math.max(0, f.value);
    if (v > prev) tranches.push({ time: f.time, amount: v - prev });
    prev = Math.max(prev, v);
  }
  return worst
    ? { tranches, shortfall: { period: worst.time, spent: worst.spent, available: worst.available } }
    : { tranches };
}
