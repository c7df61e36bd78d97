import { DEFAULT_PROFILE, type ProfileName } from "../policy/profiles.ts";
import { planRoadmap } from "../roadmap/plan-roadmap.ts";
import type { PlanStatus } from "../roadmap/plan.ts";
import { riskAnalysis } from "../risk/risk-analysis.ts";
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

/** Plans one variant (the scenario with its changes) and analyses its schedule risk. */
export function runVariant(
  scenario: Scenario,
  ref: ReferenceData,
  variant: SweepVariant,
  opts: Omit<SweepOptions, "onVariant">,
): SweepRow {
  const seed = opts.seed ?? 1;
  const changed =
    variant.changes.length > 0 ? applyChanges(scenario, { changes: variant.changes }) : scenario;
  const profile = opts.profile ? { profile: opts.profile } : {};
  const plan = planRoadmap(changed, ref, { ...profile, seed });
  const planned = plan.status === "optimal" || plan.status === "feasible";
  const risk =
    planned && opts.samples > 0
      ? riskAnalysis(changed, ref, { ...profile, seed, samples: opts.samples, baseline: plan })
      : undefined;
  return {
    index: variant.index,
    options: variant.options,
    status: plan.status,
    completion: plan.completion.date,
    totalCost: plan.totalCost,
    currency: plan.provenance.currency,
    partners: [...new Set(plan.decisions.map((d) => d.partner))].sort(),
    samples: risk?.samples ?? 0,
    p50: risk?.p50 ?? null,
    p80: risk?.p80 ?? null,
    probabilityNoPlan: risk ? risk.probabilityNoPlan : null,
  };
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
