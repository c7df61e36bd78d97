import { DEFAULT_PROFILE, type ProfileName } from "../policy/profiles.ts";
import { planRoadmap } from "../roadmap/plan-roadmap.ts";
import type { Plan, PlanStatus } from "../roadmap/plan.ts";
import { mergeRiskSamples, riskSampleRange } from "../risk/risk-analysis.ts";
import type { RiskSampleRange } from "../risk/risk-report.ts";
import type { ReferenceData, Scenario } from "../scenario/index.ts";
import { applyChanges } from "../whatif/apply.ts";
import { expandGrid, type SweepGrid, type SweepVariant } from "./grid.ts";

export interface SweepOptions {
  profile?: ProfileName;
  /** One seed for every variant (common random numbers: differences come from the changes). */
  seed?: number;
  /** Risk samples per variant; 0 plans only. */
  samples: number;
  /** Called after each variant with its row, for progress and partial results. */
  onVariant?: (row: SweepRow, done: number, total: number) => void;
}

/** One variant's outcome: the plan's completion, cost and partners, the risk over the samples. */
export interface SweepRow {
  index: number;
  options: SweepVariant["options"];
  status: PlanStatus;
  completion: string | null;
  totalCost: number;
  currency: string;
  /** Partners of the chosen options (ids, sorted). */
  partners: string[];
  samples: number;
  p50: string | null;
  p80: string | null;
  probabilityNoPlan: number | null;
}

export interface SweepReport {
  name: string | null;
  dimensions: string[];
  profile: ProfileName;
  seed: number;
  samples: number;
  rows: SweepRow[];
}

/**
 * How many of a variant's risk samples one job runs: a sweep job plans its variant and runs the first
 * range; the further ranges are jobs of their own, spread over the workers like the variants. Fixed,
 * so the jobs (and the aggregate) are the same whatever the number of workers.
 */
export const SAMPLES_PER_JOB = 250;

/** The sample ranges of a variant with `samples` risk samples, in order: [0, 250), [250, 500), … */
export function sampleRanges(samples: number): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  for (let from = 0; from < samples; from += SAMPLES_PER_JOB)
    ranges.push({ from, to: Math.min(samples, from + SAMPLES_PER_JOB) });
  return ranges;
}

/** A planned variant: its row before the risk columns, and the plan its samples perturb. */
export interface PlannedVariant {
  /** The row with no samples yet (samples 0, the risk columns null). */
  row: SweepRow;
  plan: Plan;
  /** Whether the plan has a schedule, so that its risk samples run. */
  planned: boolean;
}

function withChanges(scenario: Scenario, variant: SweepVariant): Scenario {
  return variant.changes.length > 0 ? applyChanges(scenario, { changes: variant.changes }) : scenario;
}

/** Plans one variant (the scenario with its changes). */
export function planVariant(
  scenario: Scenario,
  ref: ReferenceData,
  variant: SweepVariant,
  opts: Omit<SweepOptions, "onVariant" | "samples">,
): PlannedVariant {
  const profile = opts.profile ? { profile: opts.profile } : {};
  const plan = planRoadmap(withChanges(scenario, variant), ref, { ...profile, seed: opts.seed ?? 1 });
  return {
    row: {
      index: variant.index,
      options: variant.options,
      status: plan.status,
      completion: plan.completion.date,
      totalCost: plan.totalCost,
      currency: plan.provenance.currency,
      partners: [...new Set(plan.decisions.map((d) => d.partner))].sort(),
      samples: 0,
      p50: null,
      p80: null,
      probabilityNoPlan: null,
    },
    plan,
    planned: plan.status === "optimal" || plan.status === "feasible",
  };
}

/** Risk samples [from, to) of a planned variant (its plan is the baseline they perturb). */
export function variantSamples(
  scenario: Scenario,
  ref: ReferenceData,
  variant: SweepVariant,
  plan: Plan,
  opts: Omit<SweepOptions, "onVariant" | "samples"> & { from: number; to: number },
): RiskSampleRange {
  const profile = opts.profile ? { profile: opts.profile } : {};
  return riskSampleRange(withChanges(scenario, variant), ref, {
    ...profile,
    seed: opts.seed ?? 1,
    baseline: plan,
    from: opts.from,
    to: opts.to,
  });
}

/**
 * A variant's whole row: its planned row with the risk over all `samples`, merged from the ranges
 * (which must tile [0, samples) when it is planned and samples > 0; none otherwise).
 */
export function completeRow(
  planned: Pick<PlannedVariant, "row" | "planned">,
  samples: number,
  ranges: readonly RiskSampleRange[],
): SweepRow {
  if (!planned.planned || samples === 0) return planned.row;
  return { ...planned.row, samples, ...mergeRiskSamples(ranges, samples) };
}

/** Plans one variant (the scenario with its changes) and analyses its schedule risk. */
export function runVariant(
  scenario: Scenario,
  ref: ReferenceData,
  variant: SweepVariant,
  opts: Omit<SweepOptions, "onVariant">,
): SweepRow {
  const planned = planVariant(scenario, ref, variant, opts);
  const ranges =
    planned.planned && opts.samples > 0
      ? [variantSamples(scenario, ref, variant, planned.plan, { ...opts, from: 0, to: opts.samples })]
      : [];
  return completeRow(planned, opts.samples, ranges);
}

/**
 * Every variant of the grid, one after the other, in grid order. The same input and seed give the
 * same rows however the variants are spread over processes: each row depends on its variant alone.
 */
export function sweep(
  scenario: Scenario,
  ref: ReferenceData,
  grid: SweepGrid,
  opts: SweepOptions,
): SweepReport {
  const variants = expandGrid(grid);
  const rows: SweepRow[] = [];
  for (const v of variants) {
    const row = runVariant(scenario, ref, v, opts);
    rows.push(row);
    opts.onVariant?.(row, rows.length, variants.length);
  }
  return {
    name: grid.name ?? null,
    dimensions: grid.dimensions.map((d) => d.name),
    profile: opts.profile ?? DEFAULT_PROFILE,
    seed: opts.seed ?? 1,
    samples: opts.samples,
    rows,
  };
}
