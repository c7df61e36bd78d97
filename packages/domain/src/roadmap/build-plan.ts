/** Turns the chosen schedule, its explanations and the rejected options into the `Plan` contract. */
import type { Schedule } from "@chiproad/scheduler";
import { financingOf } from "../finance/index.ts";
import { localizationOf } from "./localization.ts";
import type { CollaborationModelType, Scenario } from "../scenario/index.ts";
import { dateOfPeriod, daysBetween, periodAtOrAfter } from "./calendar.ts";
import { costOf, progressOf } from "./actuals.ts";
import { budgetCurve, cashBalance, renewableCurve } from "./curves.ts";
import type { Evaluation } from "./evaluate.ts";
import type {
  Alternative,
  Decision,
  Plan,
  PlanActivity,
  PlanPhase,
  PlanSearchStats,
  PlanStatus,
  TargetOutcome,
} from "./plan.ts";
import type { Provenance } from "./provenance.ts";
import { PHASES } from "./plan.ts";
import { optionKey } from "./planning-inputs.ts";
import { completionPeriod, type Translation } from "./translate.ts";
import { resourceParam } from "./resource-names.ts";
import { WaitAnalyzer } from "./waits.ts";
import { date, type Message, messages, msg, nested, percent, ref, renderMessage } from "../messages/index.ts";

/** `PlanSearchStats` as the planner counts it: the bound still in periods. */
export type PlanStats = Omit<PlanSearchStats, "earliestCompletionDate"> & { earliestCompletion: number };

function statsOf(cal: Translation["calendar"], s: PlanStats): PlanSearchStats {
  const { earliestCompletion, ...rest } = s;
  return {
    ...rest,
    elapsedMs: Math.round(s.elapsedMs),
    earliestCompletionDate: dateOfPeriod(cal, Math.max(0, earliestCompletion)),
  };
}

function summarise(alternatives: readonly Alternative[]): Message {
  if (alternatives.length === 0) return msg("decision.onlyOption");
  const counts = new Map<Alternative["outcome"], number>();
  for (const a of alternatives) counts.set(a.outcome, (counts.get(a.outcome) ?? 0) + 1);
  const parts = [...counts.entries()].map(([k, n]) =>
    msg("decision.outcomeCount", { count: n, outcome: nested(msg(`outcome.${k}`)) }),
  );
  const nearest = alternatives.find((a) => a.outcome !== "unlawful");
  return msg("decision.alternatives", {
    count: alternatives.length,
    counts: messages(parts, "comma"),
    example: nearest ? nested(nearest.message) : undefined,
    partner: nearest ? ref("partner", nearest.partner) : undefined,
    model: nearest ? ref("model", nearest.model) : undefined,
  });
}

function decisionsOf(
  scenario: Scenario,
  t: Translation,
  best: Evaluation,
  alternatives: readonly Alternative[][],
): Decision[] {
  return t.chains.map((chain, c) => {
    const option = chain.options[best.choice[c]!]!;
    const licence =
      option.licenceDelayDays > 0
        ? msg("decision.licence", { days: option.licenceDelayDays, rule: option.rule || undefined })
        : msg("decision.noLicence");
    const dated = [
      option.lawfulFrom !== undefined
        ? msg("decision.startsOnOrAfter", { date: date(option.lawfulFrom) })
        : undefined,
      option.lawfulUntil !== undefined
        ? msg("decision.finishesBefore", { date: date(option.lawfulUntil) })
        : undefined,
    ].filter((m): m is Message => m !== undefined);
    const window =
      dated.length > 0
        ? msg("decision.datedRule", { rule: option.rule ?? "", conditions: messages(dated, "and") })
        : undefined;
    const alts = alternatives[c] ?? [];
    const partner = scenario.partners.find((p) => p.id === option.partnerId);
    const firm = option.firmId !== undefined ? partner?.firms.find((f) => f.id === option.firmId) : undefined;
    return {
      gapId: chain.gap.id,
      partner: option.partnerId,
      firm: firm ? { id: firm.id, name: firm.name } : null,
      model: option.modelId,
      modelType: option.modelType,
      ...explained(
        msg("decision.explanation", {
          partner: ref("partner", option.partnerId),
          model: ref("model", option.modelId),
          modelType: nested(msg(`modelType.${option.modelType as CollaborationModelType}`)),
          input: ref("gap", chain.gap.id, chain.gap.inputName),
          licence: nested(licence),
          window: window ? nested(window) : undefined,
          summary: nested(summarise(alts)),
        }),
      ),
      alternatives: alts,
    };
  });
}

/**
 * The chain of activities that sets the reported completion, from the returned schedule: start at
 * the latest target milestone and walk back through tight precedences (FS: finish + lag = start;
 * SS: start + lag = start), or else through a hand-over on a shared resource, to the programme
 * start. Zero-length work packages (not part of the chosen model) are walked through but not listed.
 */
export function criticalChain(t: Translation, schedule: Schedule): number[] {
  const p = t.problem;
  const starts = schedule.starts;
  const dur = (i: number) => p.activities[i]!.modes[schedule.modes[i]!]!.duration;
  const finish = (i: number) => starts[i]! + dur(i);
  let current = -1;
  for (const x of t.targets) if (current < 0 || starts[x.activity]! > starts[current]!) current = x.activity;
  if (current < 0) return [];
  const chain = [current];
  const seen = new Set(chain);
  while (starts[current]! > 0) {
    const j = current;
    const tight = p.precedences.find(
      (e) =>
        e.to === j &&
        !seen.has(e.from) &&
        (e.type === "FS" ? finish(e.from) : starts[e.from]!) + e.lag === starts[j],
    );
    let next = tight?.from;
    if (next === undefined) {
      const demand = p.activities[j]!.modes[schedule.modes[j]!]!.renewable;
      for (let i = 0; i < p.activities.length && next === undefined; i++) {
        if (seen.has(i) || finish(i) !== starts[j] || dur(i) === 0) continue;
        const other = p.activities[i]!.modes[schedule.modes[i]!]!.renewable;
        if (demand.some((q, k) => q > 0 && (other[k] ?? 0) > 0)) next = i;
      }
    }
    if (next === undefined) break;
    chain.push(next);
    seen.add(next);
    current = next;
  }
  return chain.reverse().filter((i) => t.info[i]!.role !== "work-package" || dur(i) > 0);
}

const explained = (message: Message) => ({
  explanation: renderMessage(message, "en"),
  explanationMessage: message,
});

/** A plan's reason: its parts joined by "; ". */
function reasonOf(parts: readonly Message[]): { reason: string; reasonMessage: Message } {
  const reasonMessage = msg("common.join", { items: messages(parts, "semicolon") });
  return { reason: renderMessage(reasonMessage, "en"), reasonMessage };
}

export function buildPlan(
  scenario: Scenario,
  t: Translation,
  best: Evaluation,
  alternatives: readonly Alternative[][],
  stats: PlanStats,
  status: PlanStatus,
  provenance: Provenance,
): Plan {
  const schedule = best.schedule!;
  const cal = t.calendar;
  const decisions = decisionsOf(scenario, t, best, alternatives);
  const chainOf = new Map<number, number>();
  t.chains.forEach((chain, c) => {
    for (const a of chain.activities) chainOf.set(a, c);
  });
  const criticalOrder = criticalChain(t, schedule);
  const critical = new Set(criticalOrder);
  const waits = new WaitAnalyzer(t.problem, schedule);
  const recorded = new Map((scenario.actuals?.activities ?? []).map((a) => [a.activity, a]));
  const dataDate = scenario.actuals ? periodAtOrAfter(cal, scenario.actuals.asOf) : -1;
  const activities: PlanActivity[] = [];
  let totalCost = 0;
  t.problem.activities.forEach((a, i) => {
    const info = t.info[i]!;
    const mode = a.modes[schedule.modes[i]!]!;
    totalCost += costOf(t, i, mode);
    if (info.role === "work-package" && mode.duration === 0) return; // not part of the chosen model
    const start = schedule.starts[i]!;
    const c = chainOf.get(i);
    const option = c === undefined ? undefined : t.chains[c]!.options[best.choice[c]!]!;
    const wait = waits.waitOf(i);
    const record = recorded.get(info.id);
    const timing = nested(
      record
        ? record.actualFinish !== undefined
          ? msg("timing.finished", { start: date(record.actualStart), finish: date(record.actualFinish) })
          : msg("timing.inProgress", {
              percent: percent((record.percentComplete ?? 0) / 100),
              asOf: date(scenario.actuals!.asOf),
            })
        : wait
          ? msg("timing.waits", {
              days: wait.periods * cal.daysPerPeriod,
              resource: resourceParam(wait.resource),
            })
          : start === 0
            ? msg("timing.atStart")
            : scenario.actuals && start === dataDate
              ? msg("timing.notBeforeDataDate", { asOf: date(scenario.actuals.asOf) })
              : msg("timing.asPredecessorsAllow"),
    );
    const explanation =
      c !== undefined && option
        ? msg("activity.gapWork", { decision: nested(decisions[c]!.explanationMessage), timing })
        : info.role === "target"
          ? msg("activity.targetExplanation", { target: ref("target", info.targetId) })
          : msg("activity.milestoneExplanation", { timing });
    const activity: PlanActivity = {
      id: info.id,
      name: info.name,
      nameMessage: info.nameMessage,
      phase: info.phase,
      kind: info.kind,
      gapId: info.gapId,
      targetId: info.targetId,
      partner: option?.partnerId ?? null,
      model: option?.modelId ?? null,
      start: dateOfPeriod(cal, start),
      finish: dateOfPeriod(cal, start + mode.duration),
      cost: costOf(t, i, mode),
      critical: critical.has(i),
      ...explained(explanation),
    };
    if (record) activity.progress = progressOf(record);
    activities.push(c !== undefined ? { ...activity, alternatives: alternatives[c] ?? [] } : activity);
  });

  const targets: TargetOutcome[] = t.targets.map((m) => {
    const target = scenario.targets.find((x) => x.id === m.targetId)!;
    const blockedBy = t.blockedGaps.filter((b) => b.targetId === m.targetId).map((b) => b.gapId);
    const start = schedule.starts[m.activity]!;
    const productionStart = blockedBy.length > 0 ? null : dateOfPeriod(cal, start);
    const late = productionStart === null ? 0 : Math.max(0, daysBetween(target.dueDate, productionStart));
    const out: TargetOutcome = {
      targetId: m.targetId,
      productionStart,
      ...(blockedBy.length > 0 ? { blockedBy } : {}),
      dueDate: target.dueDate,
      lateDays: late,
    };
    return target.deadline !== undefined ? { ...out, deadline: target.deadline } : out;
  });
  const completion = completionPeriod(t, schedule.starts);
  const complete = t.blockedGaps.length === 0;

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
  return {
    status,
    ...(complete
      ? {}
      : reasonOf(
          t.blockedGaps.map((b) =>
            msg("plan.gapBlocked", { gap: ref("gap", b.gapId), reason: nested(b.message) }),
          ),
        )),
    startDate: cal.startDate,
    timeUnit: cal.unit,
    completion: { date: complete ? dateOfPeriod(cal, completion) : null },
    targets,
    activities: activities.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)),
    decisions,
    rejected: t.rejected,
    budget: budgetCurve(t, schedule),
    workforce: renewableCurve(t, schedule, "engineers"),
    cleanroom: renewableCurve(t, schedule, "cleanroom"),
    phases,
    criticalPath: criticalOrder.map((i) => t.problem.activities[i]!.id),
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
    blocking: t.blockedGaps,
    localization: localizationOf(scenario, t, best.choice, schedule),
    financing: { ...financingOf(scenario), cashBalance: cashBalance(t, schedule) },
    stats: statsOf(cal, stats),
    provenance,
  };
}

/** A plan that says why there is none: proven impossible, or not found and not proven (never a date). */
export function noPlan(
  status: "infeasible" | "unknown",
  scenario: Scenario,
  t: Translation,
  reasons: readonly Message[],
  stats: PlanStats,
  provenance: Provenance,
): Plan {
  return {
    status,
    ...reasonOf(reasons),
    startDate: t.calendar.startDate,
    timeUnit: t.calendar.unit,
    completion: { date: null },
    targets: scenario.targets.map((target) => {
      const blockedBy = t.blockedGaps.filter((b) => b.targetId === target.id).map((b) => b.gapId);
      return {
        targetId: target.id,
        productionStart: null,
        ...(blockedBy.length > 0 ? { blockedBy } : {}),
        dueDate: target.dueDate,
        ...(target.deadline !== undefined ? { deadline: target.deadline } : {}),
        lateDays: 0,
      };
    }),
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
    blocking: t.blockedGaps,
    localization: [],
    financing: financingOf(scenario),
    stats: statsOf(t.calendar, stats),
    provenance,
  };
}
