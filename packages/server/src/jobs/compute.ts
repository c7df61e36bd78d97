import type { JobKind } from "@chiproad/db";
import {
  type Plan,
  type PlanOptions,
  parseChangeSet,
  planRoadmap,
  type ReferenceData,
  riskAnalysis,
  type Scenario,
  whatIf,
} from "@chiproad/domain";

export type Progress = (p: { fraction: number; message: string }) => void;

export interface JobOutcome {
  result: unknown;
  /** Plan status ("optimal" | "feasible" | "infeasible") when the result is a plan. */
  status: string | null;
}

/** Change sets arrive as YAML text or as an object; both go through the domain's positioned parser. */
export function changeSetText(changes: unknown): string {
  return typeof changes === "string" ? changes : JSON.stringify(changes ?? {});
}

function planOptions(params: Record<string, unknown>, onProgress: Progress): PlanOptions {
  const options: PlanOptions = { onProgress };
  if (typeof params.timeLimitMs === "number") options.timeLimitMs = params.timeLimitMs;
  if (typeof params.maxSchedules === "number") options.maxSchedules = params.maxSchedules;
  if (typeof params.seed === "number") options.seed = params.seed;
  return options;
}

/**
 * Runs one job's computation (inside the worker thread). Deterministic given the scenario, the
 * reference data, the parameters (seed) and the baseline plan.
 */
export function computeJob(
  kind: JobKind,
  scenario: Scenario,
  params: Record<string, unknown>,
  ref: ReferenceData,
  baseline: Plan | undefined,
  onProgress: Progress,
): JobOutcome {
  if (kind === "plan") {
    const plan = planRoadmap(scenario, ref, planOptions(params, onProgress));
    return { result: plan, status: plan.status };
  }
  if (kind === "whatif") {
    const changes = parseChangeSet(changeSetText(params.changes), "changes");
    const plan = whatIf(scenario, changes, ref, {
      ...planOptions(params, onProgress),
      ...(baseline ? { baseline } : {}),
    });
    return { result: plan, status: plan.status };
  }
  const samples = typeof params.samples === "number" ? params.samples : 200;
  const report = riskAnalysis(scenario, ref, {
    samples,
    onProgress,
    ...(typeof params.seed === "number" ? { seed: params.seed } : {}),
    ...(baseline ? { baseline } : {}),
  });
  return { result: report, status: null };
}
