import { validate } from "@chiproad/scheduler";
import { analyzeGaps } from "../gaps/index.ts";
import { assessOptions } from "../partners/index.ts";
import { fixOptions, toSubSchedule } from "../roadmap/fixed-options.ts";
import { planRoadmap } from "../roadmap/plan-roadmap.ts";
import type { Plan } from "../roadmap/plan.ts";
import type { PlanOptions } from "../roadmap/planner.ts";
import { translate } from "../roadmap/translate.ts";
import { warmStartOf } from "../roadmap/warm-start.ts";
import type { ReferenceData, Scenario } from "../scenario/index.ts";
import { date, type Message, msg, nested, said } from "../messages/index.ts";
import { applyChanges } from "./apply.ts";
import type { ChangeSet } from "./change-set.ts";
import { diffPlans, type PlanChange } from "./diff.ts";

export type WhatIfPlan = Plan & {
  diff: PlanChange[];
  /**
   * Set when the changed programme completes EARLIER than the baseline with a plan that is also
   * feasible under the original scenario: the baseline's search missed it (searches are heuristic
   * unless a plan is `optimal`), not a benefit of the change. Re-plan the baseline to adopt it.
   */
  baselineImprovable?: { reason: string; message: Message };
};

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
  // A wall-clock cap covers both plans when the baseline is planned here: half each, and the
  // re-plan gets whatever the baseline left.
  const cap = planOptions.timeLimitMs;
  const baseline =
    given ??
    planRoadmap(
      scenario,
      ref,
      cap !== undefined ? { ...planOptions, timeLimitMs: Math.max(1, Math.round(cap / 2)) } : planOptions,
    );
  // With the caller's clock the re-plan's cap counts from the same start (the baseline's time is
  // already on that clock); without it, it gets what the baseline's engine time left.
  const rest =
    cap !== undefined && !given && !planOptions.clock
      ? { timeLimitMs: Math.max(1, cap - baseline.stats.elapsedMs) }
      : {};
  const plan = planRoadmap(
    changed,
    ref,
    baseline.activities.length === 0
      ? { ...planOptions, ...rest }
      : { ...planOptions, ...rest, warmStart: baseline },
  );
  const out: WhatIfPlan = { ...plan, diff: diffPlans(baseline, plan) };
  const improvable = missedByBaseline(scenario, ref, baseline, plan);
  if (improvable) out.baselineImprovable = said(improvable);
  return out;
}

/** Why the changed plan shows the baseline was not the best (undefined when it does not). */
function missedByBaseline(
  scenario: Scenario,
  ref: ReferenceData,
  baseline: Plan,
  plan: Plan,
): Message | undefined {
  const before = baseline.completion.date;
  const after = plan.completion.date;
  if (before === null || after === null || after >= before) return undefined;
  const t = translate(scenario, analyzeGaps(scenario, ref).gaps, assessOptions(scenario, ref));
  const warm = warmStartOf(t, plan);
  if (warm.changedChains.length > 0) return undefined; // it uses options the original does not have
  const violations = validate(fixOptions(t, warm.choice), toSubSchedule(warm.schedule));
  if (violations.length > 0) return undefined;
  return msg("whatif.baselineImprovable", {
    after: date(after),
    before: date(before),
    status: nested(msg(`status.${baseline.status}`)),
    profile: "thorough",
  });
}
