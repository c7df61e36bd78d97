/** Turns the chosen schedule, its explanations and the rejected options into the `Plan` contract. */
import { analyze, type Schedule } from "@chiproad/scheduler";
import type { Scenario } from "../scenario/index.ts";
import { dateOfPeriod, daysBetween } from "./calendar.ts";
import { budgetCurve, renewableCurve } from "./curves.ts";
import type { Evaluation } from "./evaluate.ts";
import type {
  Alternative,
  Decision,
  Plan,
  PlanActivity,
  PlanPhase,
  PlanStatus,
  TargetOutcome,
} from "./plan.ts";
import { PHASES } from "./plan.ts";
import { optionKey } from "./planning-inputs.ts";
import type { Translation } from "./translate.ts";
import { WaitAnalyzer } from "./waits.ts";

export interface PlanStats {
  solves: number;
  schedulesGenerated: number;
  elapsedMs: number;
  lowerBound: number;
}

function summarise(alternatives: readonly Alternative[]): string {
  if (alternatives.length === 0) return "it is the only option";
  const counts = new Map<string, number>();
  for (const a of alternatives) counts.set(a.outcome, (counts.get(a.outcome) ?? 0) + 1);
  const parts = [...counts.entries()].map(([k, n]) => `${n} ${k}`);
  const nearest = alternatives.find((a) => a.outcome !== "unlawful");
  return `of ${alternatives.length} alternatives: ${parts.join(", ")}${nearest ? `; e.g. ${nearest.partner}/${nearest.model}: ${nearest.reason}` : ""}`;
}

function decisionsOf(t: Translation, best: Evaluation, alternatives: readonly Alternative[][]): Decision[] {
  return t.chains.map((chain, c) => {
    const option = chain.options[best.choice[c]!]!;
    const licence =
      option.licenceDelayDays > 0
        ? `lawful with a licence (${option.licenceDelayDays} days processing${option.rule ? `, rule ${option.rule}` : ""})`
        : "lawful without a licence";
    const alts = alternatives[c] ?? [];
    return {
      gapId: chain.gap.id,
      partner: option.partnerId,
      model: option.modelId,
      modelType: option.modelType,
      explanation: `${option.partnerId}/${option.modelId} (${option.modelType}) closes ${chain.gap.inputName}: ${licence}; ${summarise(alts)}.`,
      alternatives: alts,
    };
  });
}

function criticalIndices(t: Translation, schedule: Schedule): Set<number> {
  return new Set(analyze(t.problem, schedule).criticalPath);
}

export function buildPlan(
  scenario: Scenario,
  t: Translation,
  best: Evaluation,
  alternatives: readonly Alternative[][],
  stats: PlanStats,
  status: PlanStatus,
): Plan {
  const schedule = best.schedule!;
  const cal = t.calendar;
  const decisions = decisionsOf(t, best, alternatives);
  const chainOf = new Map<number, number>();
  t.chains.forEach((chain, c) => {
    for (const a of chain.activities) chainOf.set(a, c);
  });
  const critical = criticalIndices(t, schedule);
  const waits = new WaitAnalyzer(t.problem, schedule);
  const activities: PlanActivity[] = [];
  let totalCost = 0;
  t.problem.activities.forEach((a, i) => {
    const info = t.info[i]!;
    const mode = a.modes[schedule.modes[i]!]!;
    totalCost += mode.budget?.[0] ?? Math.round(mode.cost ?? 0);
    if (info.role === "work-package" && mode.duration === 0) return; // not part of the chosen model
    const start = schedule.starts[i]!;
    const c = chainOf.get(i);
    const option = c === undefined ? undefined : t.chains[c]!.options[best.choice[c]!]!;
    const wait = waits.waitOf(i);
    const timing = wait
      ? `waits ${wait.periods * cal.daysPerPeriod} days for ${wait.resource}`
      : start === 0
        ? "starts at the programme start"
        : "starts as soon as its predecessors allow";
    const explanation =
      c !== undefined && option
        ? `${decisions[c]!.explanation} This work package ${timing}.`
        : info.role === "target"
          ? `Volume production starts once every gap of target ${info.targetId} has started volume production.`
          : `Programme milestone; ${timing}.`;
    const activity: PlanActivity = {
      id: info.id,
      name: info.name,
      phase: info.phase,
      kind: info.kind,
      gapId: info.gapId,
      targetId: info.targetId,
      partner: option?.partnerId ?? null,
      model: option?.modelId ?? null,
      start: dateOfPeriod(cal, start),
      finish: dateOfPeriod(cal, start + mode.duration),
      cost: mode.budget?.[0] ?? Math.round(mode.cost ?? 0),
      critical: critical.has(i),
      explanation,
    };
    activities.push(c !== undefined ? { ...activity, alternatives: alternatives[c] ?? [] } : activity);
  });

  const targets: TargetOutcome[] = t.targets.map((m) => {
    const target = scenario.targets.find((x) => x.id === m.targetId)!;
    const start = schedule.starts[m.activity]!;
    const productionStart = dateOfPeriod(cal, start);
    const late = Math.max(0, daysBetween(target.dueDate, productionStart));
    const out: TargetOutcome = {
      targetId: m.targetId,
      productionStart,
      dueDate: target.dueDate,
      lateDays: late,
    };
    return target.deadline !== undefined ? { ...out, deadline: target.deadline } : out;
  });
  const completion = t.targets.reduce((p, m) => Math.max(p, schedule.starts[m.activity]!), 0);

  const phases: PlanPhase[] = PHASES.flatMap((phase) => {
    const inPhase = activities.filter((a) => a.phase === phase && a.kind !== "target");
    if (inPhase.length === 0) return [];
    // ISO dates order as strings.
    const start = inPhase.map((a) => a.start).sort()[0]!;
    const finish = inPhase
      .map((a) => a.finish)
      .sort()
      .at(-1)!;
    return [{ phase, start, finish, activities: inPhase.length }];
  });
  const order = [...critical].filter((i) => i >= 0).sort((a, b) => schedule.starts[a]! - schedule.starts[b]!);

  return {
    status,
    startDate: cal.startDate,
    timeUnit: cal.unit,
    completion: { date: dateOfPeriod(cal, completion) },
    targets,
    activities: activities.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)),
    decisions,
    rejected: t.rejected,
    budget: budgetCurve(t, schedule),
    workforce: renewableCurve(t, schedule, "engineers"),
    cleanroom: renewableCurve(t, schedule, "cleanroom"),
    phases,
    criticalPath: order.map((i) => t.problem.activities[i]!.id),
    totalCost: totalCost + [...t.resources.trainingSpend.values()].reduce((s, v) => s + v, 0),
    warmStart: {
      entries: t.problem.activities.map((a, i) => {
        const c = chainOf.get(i);
        return {
          activity: a.id,
          option: c === undefined ? "" : optionKey(t.chains[c]!.options[best.choice[c]!]!),
          start: schedule.starts[i]!,
        };
      }),
    },
    stats: {
      solves: stats.solves,
      schedulesGenerated: stats.schedulesGenerated,
      elapsedMs: Math.round(stats.elapsedMs),
      lowerBoundDate: dateOfPeriod(cal, Math.max(0, Math.ceil(stats.lowerBound))),
    },
  };
}

/** A plan that says why there is none. */
export function infeasiblePlan(
  scenario: Scenario,
  t: Translation,
  reasons: readonly string[],
  stats: PlanStats,
): Plan {
  return {
    status: "infeasible",
    reason: reasons.join("; "),
    startDate: t.calendar.startDate,
    timeUnit: t.calendar.unit,
    completion: { date: dateOfPeriod(t.calendar, scenario.program.horizon) },
    targets: [],
    activities: [],
    decisions: [],
    rejected: t.rejected,
    budget: [],
    workforce: [],
    cleanroom: [],
    phases: [],
    criticalPath: [],
    totalCost: 0,
    warmStart: { entries: [] },
    stats: {
      solves: stats.solves,
      schedulesGenerated: stats.schedulesGenerated,
      elapsedMs: Math.round(stats.elapsedMs),
      lowerBoundDate: dateOfPeriod(t.calendar, Math.max(0, Math.ceil(stats.lowerBound))),
    },
  };
}
