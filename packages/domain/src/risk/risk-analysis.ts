/**
 * Monte Carlo schedule risk. Each sample (its own seeded stream, so samples do not depend on the
 * order or the process they run in) draws (1) a duration multiplier per work package from
 * the triangular distribution of its collaboration model type and (2) for every partner whether
 * it drops out (its `unavailableProbability`). A dropped partner's decisions fall back to the
 * best-scored lawful option of another partner. The sample is then re-decoded cheaply — the
 * baseline schedule's activity order through the engine's serial SGS with a tiny schedule budget
 * — rather than re-optimised, which is what a programme office would do first when a partner
 * drops: keep the plan's order, shift dates. A sample with no plan is never a date: it is counted
 * with its reason (a gap whose only suppliers dropped out, a proven impossibility); when the cheap
 * re-schedule finds nothing, the sample is re-solved with more work, and a sample that still has
 * nothing is a search failure (reported, expected 0).
 */
import type { Schedule } from "@chiproad/scheduler";
import { inProgrammeCurrency } from "../finance/currency.ts";
import { ESCALATIONS, type ProfileName, profileOf } from "../policy/index.ts";
import type { ScenarioSourceRef } from "../roadmap/provenance.ts";
import { analyzeGaps } from "../gaps/index.ts";
import { assessOptions } from "../partners/index.ts";
import { dateOfPeriod, dayNumber, isoFromDayNumber, periodsForDays } from "../roadmap/calendar.ts";
import { evaluateChoice } from "../roadmap/evaluate.ts";
import { bestLineOption } from "../roadmap/lines.ts";
import type { Plan } from "../roadmap/plan.ts";
import { planFromAssessments } from "../roadmap/planner.ts";
import { completionPeriod, translate, type Translation } from "../roadmap/translate.ts";
import { warmStartOf } from "../roadmap/warm-start.ts";
import type { ReferenceData, Scenario } from "../scenario/index.ts";
import { sampleTriangular } from "./distributions.ts";
import { createPrng, type Prng } from "./prng.ts";
import type { RiskReport, RiskSampleRange } from "./risk-report.ts";
import {
  list,
  type Message,
  messages,
  msg,
  nested,
  ref as nameRef,
  renderMessage,
} from "../messages/index.ts";
import { engineReason } from "../roadmap/explain.ts";

export interface RiskOptions {
  samples: number;
  seed?: number;
  /** Planning profile of the baseline plan and of the per-sample work budget (default `standard`). */
  profile?: ProfileName;
  /** The plan to perturb; planned first (with the profile) when absent. */
  baseline?: Plan;
  /** Engine schedules per sample before escalation (default: the profile's). */
  schedulesPerSample?: number;
  /** The scenario text's hash and stored version, for the provenance block. */
  source?: ScenarioSourceRef;
  onProgress?: (p: { fraction: number; message: string }) => void;
}

function percentile<T>(sorted: readonly T[], q: number): T | undefined {
  if (sorted.length === 0) return undefined;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * The chosen option per chain when some partners have dropped out, or the reason there is none:
 * the first gap whose every lawful option belongs to a dropped partner.
 */
function fallbackChoice(
  t: Translation,
  choice: readonly number[],
  dropped: ReadonlySet<string>,
  refused: ReadonlySet<string>,
): { choice: number[] } | { reason: Message } {
  const out: number[] = [];
  const unavailable = (o: Translation["chains"][number]["options"][number]) =>
    dropped.has(o.partnerId) || (o.licenceDecision !== undefined && refused.has(o.licenceDecision.rule));
  // A production line falls back as a whole, to the best option usable for all of it.
  const lineBest = bestLineOption(t, (c, o) => !unavailable(t.chains[c]!.options[o]!));
  for (let c = 0; c < t.chains.length; c++) {
    const chain = t.chains[c]!;
    const options = chain.options;
    const current = choice[c]!;
    if (!unavailable(options[current]!)) {
      out.push(current);
      continue;
    }
    let best = -1;
    if (lineBest.has(c)) best = lineBest.get(c) ?? -1;
    else
      options.forEach((o, i) => {
        if (unavailable(o)) return;
        if (best < 0 || o.score > options[best]!.score) best = i;
      });
    if (best < 0) {
      const partners = [...new Set(options.map((o) => o.partnerId))].sort();
      const rules = [
        ...new Set(
          options.flatMap((o) =>
            o.licenceDecision && refused.has(o.licenceDecision.rule) ? [o.licenceDecision.rule] : [],
          ),
        ),
      ];
      const what =
        partners.length === 1
          ? rules.length > 0 && !dropped.has(partners[0]!)
            ? msg("risk.onlySupplierRefused", {
                partner: nameRef("partner", partners[0]!),
                rules: list(rules, "comma"),
              })
            : msg("risk.onlySupplierDropped", { partner: nameRef("partner", partners[0]!) })
          : msg("risk.everySupplierDropped", {
              partners: list(
                partners.map((p) => nameRef("partner", p)),
                "comma",
              ),
              rules: rules.length > 0 ? list(rules, "comma") : undefined,
            });
      return {
        reason: msg("risk.gapLost", {
          input: nameRef("gap", chain.gap.id, chain.gap.inputName),
          target: nameRef("target", chain.gap.targetId),
          what: nested(what),
        }),
      };
    }
    out.push(best);
  }
  return { choice: out };
}

/** Distinct licence decisions of the lawful options, in a fixed order (so draws are reproducible). */
function licenceDecisionsOf(
  t: Translation,
): NonNullable<Translation["chains"][number]["options"][number]["licenceDecision"]>[] {
  const byRule = new Map<
    string,
    NonNullable<Translation["chains"][number]["options"][number]["licenceDecision"]>
  >();
  for (const chain of t.chains) {
    for (const o of chain.options)
      if (o.licenceDecision && !byRule.has(o.licenceDecision.rule))
        byRule.set(o.licenceDecision.rule, o.licenceDecision);
  }
  return [...byRule.values()].sort((a, b) => a.rule.localeCompare(b.rule));
}

function sampleDurations(
  scenario: Scenario,
  t: Translation,
  choice: readonly number[],
  rng: Prng,
): Map<number, number> {
  const spread = new Map(scenario.risk.durationUncertainty.map((u) => [u.modelType, u]));
  const factors = new Map<number, number>();
  t.chains.forEach((chain, c) => {
    const u = spread.get(
      chain.options[choice[c]!]!.modelType as (typeof scenario.risk.durationUncertainty)[number]["modelType"],
    );
    for (const a of chain.activities) {
      factors.set(a, u ? sampleTriangular(rng, { low: u.min, mode: u.mode, high: u.max }) : 1);
    }
  });
  return factors;
}

/** Sample `s`'s own stream: samples are independent of each other and of the order they run in. */
function sampleSeed(seed: number, s: number): number {
  return (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(s + 1, 0x85ebca77)) >>> 0;
}

type SampleOutcome =
  | { kind: "completed"; completion: number; perTarget: number[] }
  | { kind: "no-plan"; reason: Message }
  | { kind: "search-failure" };

/** One Monte Carlo sample, a pure function of (seed, index): drop-outs, durations, re-schedule. */
export function runSample(
  scenario: Scenario,
  t: Translation,
  choice: readonly number[],
  schedule: Schedule,
  seed: number,
  s: number,
  schedulesPerSample: number,
): { outcome: SampleOutcome; dropped: string[] } {
  const rng = createPrng(sampleSeed(seed, s));
  const dropped = new Set<string>();
  for (const p of scenario.partners) {
    if (p.unavailableProbability > 0 && rng.next() < p.unavailableProbability) dropped.add(p.id);
  }
  // One decision per licensing rule and sample: refused, or granted after a sampled time.
  const refused = new Set<string>();
  const licenceDays = new Map<string, number>();
  for (const d of licenceDecisionsOf(t)) {
    if (rng.next() >= d.approvalProbability) refused.add(d.rule);
    else
      licenceDays.set(
        d.rule,
        Math.round(sampleTriangular(rng, { low: d.days.min, mode: d.days.mode, high: d.days.max })),
      );
  }
  const fallback = fallbackChoice(t, choice, dropped, refused);
  if ("reason" in fallback)
    return { outcome: { kind: "no-plan", reason: fallback.reason }, dropped: [...dropped] };
  const factors = sampleDurations(scenario, t, fallback.choice, rng);
  // The chain's first package holds the planned (most likely) licence time: swap in the sampled one.
  const licenceShift = new Map<number, number>();
  t.chains.forEach((chain, c) => {
    const d = chain.options[fallback.choice[c]!]!.licenceDecision;
    const days = d ? licenceDays.get(d.rule) : undefined;
    const first = chain.activities[0];
    if (d && days !== undefined && first !== undefined)
      licenceShift.set(first, periodsForDays(t.calendar, days) - periodsForDays(t.calendar, d.days.mode));
  });
  const durationOf = (a: number, d: number) =>
    d === 0 ? 0 : Math.max(1, Math.round(d * (factors.get(a) ?? 1)) + (licenceShift.get(a) ?? 0));
  // The baseline order first; when it yields no plan, re-solve with more work before giving up.
  let budget = schedulesPerSample;
  for (let attempt = 0; attempt <= ESCALATIONS + 1; attempt++) {
    const e = evaluateChoice(t, fallback.choice, {
      seed: sampleSeed(seed, s) + attempt,
      maxSchedules: budget,
      initial: schedule,
      durationOf,
    });
    if (e.schedule) {
      const starts = e.schedule.starts;
      return {
        outcome: {
          kind: "completed",
          completion: completionPeriod(t, starts),
          perTarget: t.targets.map((x) => starts[x.activity]!),
        },
        dropped: [...dropped],
      };
    }
    if (e.status === "infeasible") {
      return {
        outcome: {
          kind: "no-plan",
          reason: msg("risk.noSchedule", {
            why: nested(
              e.infeasibility[0] !== undefined ? engineReason(e.infeasibility[0]) : msg("status.infeasible"),
            ),
          }),
        },
        dropped: [...dropped],
      };
    }
    budget = Math.max(budget * 20, 2000) * (attempt + 1);
  }
  return { outcome: { kind: "search-failure" }, dropped: [...dropped] };
}

/** What every sample of one analysis shares: the baseline it perturbs and the draws' settings. */
interface RiskContext {
  scenario: Scenario;
  t: Translation;
  choice: number[];
  schedule: Schedule;
  baselinePlan: Plan;
  seed: number;
  profile: ReturnType<typeof profileOf>;
  perSample: number;
}

function riskContext(quoted: Scenario, ref: ReferenceData, opts: Omit<RiskOptions, "samples">): RiskContext {
  const scenario = inProgrammeCurrency(quoted);
  const seed = opts.seed ?? 1;
  const profile = profileOf(opts.profile);
  const gaps = analyzeGaps(scenario, ref).gaps;
  const options = assessOptions(scenario, ref);
  const perSample = opts.schedulesPerSample ?? profile.riskSchedulesPerSample;
  if (opts.baseline && opts.baseline.activities.length > 0) {
    const t = translate(scenario, gaps, options);
    const warm = warmStartOf(t, opts.baseline);
    return {
      scenario,
      t,
      choice: warm.choice,
      schedule: warm.schedule,
      baselinePlan: opts.baseline,
      seed,
      profile,
      perSample,
    };
  }
  const run = planFromAssessments(
    scenario,
    gaps,
    options,
    { seed, profile: profile.name, explainSchedules: 0, ...(opts.source ? { source: opts.source } : {}) },
    ref,
  );
  if (!run.best?.schedule || run.plan.activities.length === 0) {
    throw Object.assign(
      new Error(`no baseline plan to analyse (status ${run.plan.status}): ${run.plan.reason ?? "no plan"}`),
      { code: run.plan.status === "unknown" ? ("UNKNOWN" as const) : ("INFEASIBLE" as const) },
    );
  }
  return {
    scenario,
    t: run.translation,
    choice: run.best.choice,
    schedule: run.best.schedule,
    baselinePlan: run.plan,
    seed,
    profile,
    perSample,
  };
}

/** The samples [from, to) of an analysis, counted: what the report (or a merge of ranges) is made of. */
interface SampleTally {
  /** Completion periods of the samples that complete. */
  completions: number[];
  /** Per target, the samples that reach it by its due date. */
  onTime: number[];
  dropped: Map<string, number>;
  noPlanReasons: Map<string, { message: Message; count: number }>;
  searchFailures: number;
}

function tallySamples(
  ctx: RiskContext,
  from: number,
  to: number,
  onProgress?: RiskOptions["onProgress"],
): SampleTally {
  const { scenario, t, baselinePlan } = ctx;
  const completions: number[] = [];
  const onTime = t.targets.map(() => 0);
  const dueDays = t.targets.map((x) =>
    dayNumber(scenario.targets.find((tg) => tg.id === x.targetId)!.dueDate),
  );
  const dropped = new Map(scenario.partners.map((p) => [p.id, 0]));
  const noPlanReasons = new Map<string, { message: Message; count: number }>();
  let searchFailures = 0;
  const blocked = baselinePlan.blocking.length > 0;
  const total = to - from;
  for (let s = from; s < to; s++) {
    const run = runSample(scenario, t, ctx.choice, ctx.schedule, ctx.seed, s, ctx.perSample);
    for (const p of run.dropped) dropped.set(p, (dropped.get(p) ?? 0) + 1);
    const { outcome } = run;
    if (outcome.kind === "completed" && !blocked) {
      completions.push(outcome.completion);
      outcome.perTarget.forEach((p, i) => {
        if (dayNumber(dateOfPeriod(t.calendar, p)) <= dueDays[i]!) onTime[i]!++;
      });
    } else if (outcome.kind === "search-failure") {
      searchFailures++;
    } else {
      const message =
        outcome.kind === "no-plan"
          ? outcome.reason
          : msg("risk.blocked", {
              gaps: messages(
                baselinePlan.blocking.map((b) =>
                  msg("risk.blockedGap", {
                    input: nameRef("gap", b.gapId, b.inputName),
                    target: nameRef("target", b.targetId),
                  }),
                ),
                "comma",
              ),
            });
      const reason = renderMessage(message, "en");
      const seen = noPlanReasons.get(reason);
      noPlanReasons.set(reason, { message, count: (seen?.count ?? 0) + 1 });
    }
    const done = s + 1 - from;
    if (onProgress && done % Math.max(1, Math.floor(total / 50)) === 0) {
      onProgress({ fraction: done / total, message: `sample ${s + 1}/${to}` });
    }
  }
  return { completions, onTime, dropped, noPlanReasons, searchFailures };
}

/**
 * Samples [from, to) of the analysis `riskAnalysis(quoted, ref, opts)` would run, reduced to what a
 * sweep row shows. Samples are pure functions of (seed, index), so ranges run anywhere merge exactly
 * (`mergeRiskSamples`) into the figures of one analysis over all of them.
 */
export function riskSampleRange(
  quoted: Scenario,
  ref: ReferenceData,
  opts: Omit<RiskOptions, "samples" | "onProgress"> & { from: number; to: number },
): RiskSampleRange {
  if (!(Number.isInteger(opts.from) && Number.isInteger(opts.to) && 0 <= opts.from && opts.from <= opts.to))
    throw new RangeError(`sample range [${opts.from}, ${opts.to}) is not a range of sample indices`);
  const ctx = riskContext(quoted, ref, opts);
  const tally = tallySamples(ctx, opts.from, opts.to);
  const noPlan = [...tally.noPlanReasons.values()].reduce((a, b) => a + b.count, 0);
  return {
    from: opts.from,
    to: opts.to,
    completions: tally.completions.sort((a, b) => a - b).map((p) => dateOfPeriod(ctx.t.calendar, p)),
    noPlan,
  };
}

/**
 * The sample ranges of one analysis (in any order) → its P50, P80 and share of futures with no plan,
 * exactly as `riskAnalysis` over all the samples reports them. The ranges must tile [0, samples).
 */
export function mergeRiskSamples(
  ranges: readonly RiskSampleRange[],
  samples: number,
): { p50: string | null; p80: string | null; probabilityNoPlan: number } {
  const ordered = [...ranges].sort((a, b) => a.from - b.from);
  let next = 0;
  for (const r of ordered) {
    if (r.from !== next) throw new RangeError(`sample ranges leave out or repeat samples at ${next}`);
    next = r.to;
  }
  if (next !== samples) throw new RangeError(`sample ranges end at ${next}, not at ${samples}`);
  const sorted = ordered.flatMap((r) => r.completions).sort();
  const noPlan = ordered.reduce((a, r) => a + r.noPlan, 0);
  return {
    p50: percentile(sorted, 0.5) ?? null,
    p80: percentile(sorted, 0.8) ?? null,
    probabilityNoPlan: samples > 0 ? noPlan / samples : 0,
  };
}

export function riskAnalysis(quoted: Scenario, ref: ReferenceData, opts: RiskOptions): RiskReport {
  const ctx = riskContext(quoted, ref, opts);
  const { scenario, t, baselinePlan, seed, profile } = ctx;
  const tally = tallySamples(ctx, 0, opts.samples, opts.onProgress);
  const { completions, onTime, noPlanReasons, searchFailures } = tally;
  const droppedCount = tally.dropped;
  const cal = t.calendar;
  const sorted = [...completions].sort((a, b) => a - b);
  const asDate = (p: number | undefined) => (p === undefined ? null : dateOfPeriod(cal, p));
  const histogram = new Map<string, number>();
  for (const p of completions) {
    const month = `${dateOfPeriod(cal, p).slice(0, 7)}-01`;
    histogram.set(month, (histogram.get(month) ?? 0) + 1);
  }
  const noPlanCount = [...noPlanReasons.values()].reduce((a, b) => a + b.count, 0);
  return {
    samples: opts.samples,
    completed: completions.length,
    noPlan: {
      count: noPlanCount,
      reasons: [...noPlanReasons.entries()]
        .map(([reason, { message, count }]) => ({ reason, count, message }))
        .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    },
    searchFailures,
    probabilityNoPlan: opts.samples > 0 ? noPlanCount / opts.samples : 0,
    p50: asDate(percentile(sorted, 0.5)),
    p80: asDate(percentile(sorted, 0.8)),
    p95: asDate(percentile(sorted, 0.95)),
    baseline: baselinePlan.completion.date,
    dueDates: t.targets.map((x, i) => ({
      targetId: x.targetId,
      dueDate: scenario.targets.find((tg) => tg.id === x.targetId)!.dueDate,
      probability: opts.samples > 0 ? onTime[i]! / opts.samples : 0,
    })),
    histogram: [...histogram.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([date, count]) => ({ date: isoFromDayNumber(dayNumber(date)), count })),
    partnerEvents: scenario.partners
      .filter((p) => p.unavailableProbability > 0)
      .map((p) => ({
        partner: p.id,
        probability: p.unavailableProbability,
        dropped: droppedCount.get(p.id) ?? 0,
      })),
    seed,
    provenance: {
      ...baselinePlan.provenance,
      seed,
      profile: profile.name,
      ...(opts.source
        ? {
            scenario: {
              ...baselinePlan.provenance.scenario,
              version: opts.source.version ?? null,
              sha256: opts.source.sha256,
            },
          }
        : {}),
    },
  };
}
