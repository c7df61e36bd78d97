/**
 * Forecast against baseline: an earlier plan of the same scenario (the baseline) beside the plan
 * re-made from the actuals (the forecast). Slip is forecast − baseline in days (positive: later);
 * cost variance is forecast − baseline in the programme currency (positive: dearer).
 */
import { ChiproadError } from "@chiproad/data";
import { PlanSchema } from "../contract/plan.ts";
import { inProgrammeCurrency } from "../finance/currency.ts";
import type { Message } from "../messages/index.ts";
import { daysBetween } from "../roadmap/calendar.ts";
import type { Plan, PlanActivity } from "../roadmap/plan.ts";
import type { Scenario } from "../scenario/index.ts";

export type TrackingStatus = "finished" | "in-progress" | "not-started";

export interface ActivityVariance {
  activity: string;
  name: string;
  nameMessage: Message;
  kind: string;
  status: TrackingStatus;
  baselineStart: string | null;
  baselineFinish: string | null;
  forecastStart: string | null;
  forecastFinish: string | null;
  /** Forecast start − baseline start, in days; null when either plan lacks the activity. */
  startSlipDays: number | null;
  /** Forecast finish − baseline finish, in days; null when either plan lacks the activity. */
  slipDays: number | null;
  baselineCost: number | null;
  forecastCost: number | null;
  /** On the forecast's critical path. */
  critical: boolean;
}

/** A programme milestone (its finish) or a target's start of volume production. */
export interface MilestoneVariance {
  activity: string;
  name: string;
  nameMessage: Message;
  kind: "milestone" | "target";
  baseline: string | null;
  forecast: string | null;
  slipDays: number | null;
}

export interface Variance {
  /** The baseline's identity: scenario, version and hash as its provenance states them. */
  baseline: { scenario: { id: string; version: number | null; sha256: string | null } };
  /** The data date of the actuals the forecast starts from (null: a plan without actuals). */
  asOf: string | null;
  activities: ActivityVariance[];
  milestones: MilestoneVariance[];
  totals: {
    baselineCompletion: string | null;
    forecastCompletion: string | null;
    completionSlipDays: number | null;
    baselineCost: number;
    forecastCost: number;
    costVariance: number;
    /** Money spent so far according to the actuals. */
    spent: number;
    currency: string;
  };
  /** The forecast's critical path, and the activities on it that were not on the baseline's. */
  criticalPath: string[];
  newlyCritical: string[];
}

const slip = (from: string | null | undefined, to: string | null | undefined) =>
  from && to ? daysBetween(from, to) : null;

/**
 * A baseline file's text as a plan of `scenario`: JSON that the plan contract accepts, with a
 * schedule, printed for the same scenario (`program.id`). Anything else is refused with the file,
 * the JSON path and what to do.
 */
export function parseBaseline(text: string, file: string, scenario: Scenario): Plan {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ChiproadError(
      "BAD_INPUT",
      `${file}: not JSON (${why}); a baseline is what \`chiproad plan FILE --format json\` printed`,
    );
  }
  const parsed = PlanSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.slice(0, 20).map((i) => ({
      path: `$${i.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("")}`,
      message: i.message,
    }));
    throw new ChiproadError(
      "BAD_INPUT",
      `${file}: not a chiproad plan:\n${errors.map((e) => `${file} ${e.path}: ${e.message}`).join("\n")}\n(a baseline is what \`chiproad plan FILE --format json\` printed)`,
      { errors },
    );
  }
  const plan = parsed.data as Plan;
  const id = plan.provenance.scenario.id;
  if (id !== scenario.program.id) {
    throw new ChiproadError(
      "BAD_INPUT",
      `${file} $.provenance.scenario.id: the baseline is a plan of scenario "${id}", not of "${scenario.program.id}" (program.id); make the baseline with \`chiproad plan\` on this scenario`,
      {
        errors: [
          { path: "$.provenance.scenario.id", message: `expected "${scenario.program.id}", got "${id}"` },
        ],
      },
    );
  }
  if (plan.activities.length === 0) {
    throw new ChiproadError(
      "BAD_INPUT",
      `${file} $.activities: the baseline has no schedule (status ${plan.status}); a baseline must be a plan that found one`,
      { errors: [{ path: "$.activities", message: "empty" }] },
    );
  }
  return plan;
}

export function varianceOf(baseline: Plan, forecast: Plan, quoted: Scenario): Variance {
  const scenario = inProgrammeCurrency(quoted);
  const before = new Map(baseline.activities.map((a) => [a.id, a]));
  const after = new Map(forecast.activities.map((a) => [a.id, a]));
  const ids = [
    ...new Set([...forecast.activities.map((a) => a.id), ...baseline.activities.map((a) => a.id)]),
  ];
  const recorded = new Map((scenario.actuals?.activities ?? []).map((a) => [a.activity, a]));
  const critical = new Set(forecast.criticalPath);
  const statusOf = (id: string): TrackingStatus => {
    const r = recorded.get(id);
    return !r ? "not-started" : r.actualFinish !== undefined ? "finished" : "in-progress";
  };
  const activities = ids
    .filter((id) => !id.startsWith("target:") && !id.startsWith("milestone:"))
    .map((id): ActivityVariance => {
      const b = before.get(id);
      const f = after.get(id);
      const named = (f ?? b) as PlanActivity;
      return {
        activity: id,
        name: named.name,
        nameMessage: named.nameMessage,
        kind: named.kind,
        status: statusOf(id),
        baselineStart: b?.start ?? null,
        baselineFinish: b?.finish ?? null,
        forecastStart: f?.start ?? null,
        forecastFinish: f?.finish ?? null,
        startSlipDays: slip(b?.start, f?.start),
        slipDays: slip(b?.finish, f?.finish),
        baselineCost: b?.cost ?? null,
        forecastCost: f?.cost ?? null,
        critical: critical.has(id),
      };
    });
  const milestones = ids
    .filter((id) => id.startsWith("target:") || id.startsWith("milestone:"))
    .map((id): MilestoneVariance => {
      const b = before.get(id);
      const f = after.get(id);
      const named = (f ?? b) as PlanActivity;
      const target = id.startsWith("target:");
      // A target's date is its start of volume production; a programme milestone's, its finish.
      const dateOf = (a: PlanActivity | undefined) => (a ? (target ? a.start : a.finish) : null);
      return {
        activity: id,
        name: named.name,
        nameMessage: named.nameMessage,
        kind: target ? "target" : "milestone",
        baseline: dateOf(b),
        forecast: dateOf(f),
        slipDays: slip(dateOf(b), dateOf(f)),
      };
    });
  const baselineCritical = new Set(baseline.criticalPath);
  return {
    baseline: { scenario: { ...baseline.provenance.scenario } },
    asOf: scenario.actuals?.asOf ?? null,
    activities,
    milestones,
    totals: {
      baselineCompletion: baseline.completion.date,
      forecastCompletion: forecast.completion.date,
      completionSlipDays: slip(baseline.completion.date, forecast.completion.date),
      baselineCost: baseline.totalCost,
      forecastCost: forecast.totalCost,
      costVariance: forecast.totalCost - baseline.totalCost,
      spent: (scenario.actuals?.activities ?? []).reduce((s, a) => s + a.spent, 0),
      currency: forecast.provenance.currency,
    },
    criticalPath: [...forecast.criticalPath],
    newlyCritical: forecast.criticalPath.filter((id) => !baselineCritical.has(id)),
  };
}
