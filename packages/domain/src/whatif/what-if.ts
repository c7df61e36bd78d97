import { planRoadmap } from "../roadmap/plan-roadmap.ts";
import type { Plan } from "../roadmap/plan.ts";
import type { PlanOptions } from "../roadmap/planner.ts";
import type { ReferenceData, Scenario } from "../scenario/index.ts";
import { applyChanges } from "./apply.ts";
import type { ChangeSet } from "./change-set.ts";
import { diffPlans, type PlanChange } from "./diff.ts";

export type WhatIfPlan = Plan & { diff: PlanChange[] };

/**
 * Applies the changes and re-plans, warm-started from the baseline plan (its option choices and
 * start times seed the engine), then lists what moved. Without a baseline, one is planned first
 * with the same options.
 */
export function whatIf(
  scenario: Scenario,
  changes: ChangeSet,
  ref: ReferenceData,
  opts: Omit<PlanOptions, "warmStart"> & { baseline?: Plan } = {},
): WhatIfPlan {
  const { baseline: given, ...planOptions } = opts;
  const changed = applyChanges(scenario, changes);
  const baseline = given ?? planRoadmap(scenario, ref, planOptions);
  const plan = planRoadmap(
    changed,
    ref,
    baseline.status === "infeasible" ? planOptions : { ...planOptions, warmStart: baseline },
  );
  return { ...plan, diff: diffPlans(baseline, plan) };
}
