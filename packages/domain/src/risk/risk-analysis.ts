/**
 * Monte Carlo schedule risk. Each sample draws (1) a duration multiplier per work package from
 * the triangular distribution of its collaboration model type and (2) for every partner whether
 * it drops out (its `unavailableProbability`). A dropped partner's decisions fall back to the
 * best-scored lawful option of another partner. The sample is then re-decoded cheaply — the
 * baseline schedule's activity order through the engine's serial SGS with a tiny schedule budget
 * — rather than re-optimised, which is what a programme office would do first when a partner
 * drops: keep the plan's order, shift dates.
 */
import type { Schedule } from "@chiproad/scheduler";
import { analyzeGaps } from "../gaps/index.ts";
import { assessOptions } from "../partners/index.ts";
import { dateOfPeriod, dayNumber, isoFromDayNumber } from "../roadmap/calendar.ts";
import { evaluateChoice } from "../roadmap/evaluate.ts";
import type { Plan } from "../roadmap/plan.ts";
import { planFromAssessments } from "../roadmap/planner.ts";
import { translate, type Translation } from "../roadmap/translate.ts";
import { warmStartOf } from "../roadmap/warm-start.ts";
import type { ReferenceData, Scenario } from "../scenario/index.ts";
import { sampleTriangular } from "./distributions.ts";
import { createPrng, type Prng } from "./prng.ts";
import type { RiskReport } from "./risk-report.ts";

export interface RiskOptions {
  samples: number;
  seed?: number;
  /** The plan to perturb; planned first (fast settings) when absent. */
  baseline?: Plan;
  /** Engine schedules per sample (default 3: the baseline order plus a couple of repairs). */
  schedulesPerSample?: number;
  onProgress?: (p: { fraction: number; message: string }) => void;
}

function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

/** The chosen option per chain when some partners have dropped out (undefined: a gap is left without options). */
function fallbackChoice(
  t: Translation,
  choice: readonly number[],
  dropped: ReadonlySet<string>,
): number[] | undefined {
  const out: number[] = [];
  for (let c = 0; c < t.chains.length; c++) {
    const options = t.chains[c]!.options;
    const current = choice[c]!;
    if (!dropped.has(options[current]!.partnerId)) {
      out.push(current);
      continue;
    }
    let best = -1;
    options.forEach((o, i) => {
      if (dropped.has(o.partnerId)) return;
      if (best < 0 || o.score > options[best]!.score) best = i;
    });
    if (best < 0) return undefined;
    out.push(best);
  }
  return out;
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

export function riskAnalysis(scenario: Scenario, ref: ReferenceData, opts: RiskOptions): RiskReport {
  const seed = opts.seed ?? 1;
  const gaps = analyzeGaps(scenario, ref).gaps;
  const options = assessOptions(scenario, ref);
  let t: Translation;
  let choice: number[];
  let schedule: Schedule;
  let baselinePlan: Plan;
  if (opts.baseline && opts.baseline.status !== "infeasible") {
    t = translate(scenario, gaps, options);
    const warm = warmStartOf(t, opts.baseline);
    choice = warm.choice;
    schedule = warm.schedule;
    baselinePlan = opts.baseline;
  } else {
    const run = planFromAssessments(scenario, gaps, options, {
      seed,
      explainSchedules: 0,
      maxSchedules: 5000,
      timeLimitMs: 3000,
    });
    t = run.translation;
    baselinePlan = run.plan;
    if (!run.best?.schedule) {
      throw Object.assign(
        new Error(`no feasible baseline plan to analyse: ${run.plan.reason ?? "infeasible"}`),
        {
          code: "INFEASIBLE" as const,
        },
      );
    }
    choice = run.best.choice;
    schedule = run.best.schedule;
  }

  const rng = createPrng(seed);
  const completions: number[] = [];
  const perTarget = t.targets.map(() => [] as number[]);
  const droppedCount = new Map(scenario.partners.map((p) => [p.id, 0]));
  let infeasible = 0;
  for (let s = 0; s < opts.samples; s++) {
    const dropped = new Set<string>();
    for (const p of scenario.partners) {
      if (p.unavailableProbability > 0 && rng.next() < p.unavailableProbability) {
        dropped.add(p.id);
        droppedCount.set(p.id, (droppedCount.get(p.id) ?? 0) + 1);
      }
    }
    const sampleChoice = fallbackChoice(t, choice, dropped);
    const factors = sampleChoice ? sampleDurations(scenario, t, sampleChoice, rng) : undefined;
    const e =
      sampleChoice && factors
        ? evaluateChoice(t, sampleChoice, {
            seed: seed + s,
            maxSchedules: opts.schedulesPerSample ?? 3,
            initial: schedule,
            durationOf: (a, d) => (d === 0 ? 0 : Math.max(1, Math.round(d * (factors.get(a) ?? 1)))),
          })
        : undefined;
    if (!e?.schedule) {
      infeasible++;
      completions.push(Number.POSITIVE_INFINITY);
      for (const list of perTarget) list.push(Number.POSITIVE_INFINITY);
    } else {
      const starts = e.schedule.starts;
      completions.push(t.targets.reduce((m, x) => Math.max(m, starts[x.activity]!), 0));
      t.targets.forEach((x, i) => {
        perTarget[i]!.push(starts[x.activity]!);
      });
    }
    if (opts.onProgress && (s + 1) % Math.max(1, Math.floor(opts.samples / 50)) === 0) {
      opts.onProgress({ fraction: (s + 1) / opts.samples, message: `sample ${s + 1}/${opts.samples}` });
    }
  }

  const cal = t.calendar;
  const horizonDate = dateOfPeriod(cal, scenario.program.horizon);
  const asDate = (p: number) => (Number.isFinite(p) ? dateOfPeriod(cal, p) : horizonDate);
  const sorted = [...completions].sort((a, b) => a - b);
  const histogram = new Map<string, number>();
  for (const p of completions) {
    const date = asDate(p);
    const month = `${date.slice(0, 7)}-01`;
    histogram.set(month, (histogram.get(month) ?? 0) + 1);
  }
  return {
    p50: asDate(percentile(sorted, 0.5)),
    p80: asDate(percentile(sorted, 0.8)),
    p95: asDate(percentile(sorted, 0.95)),
    baseline: baselinePlan.completion.date,
    dueDates: t.targets.map((x, i) => {
      const target = scenario.targets.find((tg) => tg.id === x.targetId)!;
      const due = target.deadline ?? target.dueDate;
      const dueDay = dayNumber(due);
      const met = perTarget[i]!.filter(
        (p) => Number.isFinite(p) && dayNumber(dateOfPeriod(cal, p)) <= dueDay,
      ).length;
      return { targetId: x.targetId, dueDate: due, probability: opts.samples > 0 ? met / opts.samples : 0 };
    }),
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
    infeasibleSamples: infeasible,
    samples: opts.samples,
    seed,
  };
}
