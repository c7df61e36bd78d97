import type { JobKind } from "@chiproad/db";
import {
  isProfileName,
  type Plan,
  type ProfileName,
  type ScenarioSourceRef,
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

/** The job's planning profile (one policy for every door: see the domain's PLANNING_PROFILES). */
function profileOf(params: Record<string, unknown>): ProfileName | undefined {
  return typeof params.profile === "string" && isProfileName(params.profile) ? params.profile : undefined;
}

function planOptions(
  params: Record<string, unknown>,
  onProgress: Progress,
  source: ScenarioSourceRef | undefined,
): PlanOptions {
  const options: PlanOptions = { onProgress };
  const profile = profileOf(params);
  if (profile) options.profile = profile;
  if (source) options.source = source;
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
  source?: ScenarioSourceRef,
): JobOutcome {
  if (kind === "plan") {
    const plan = planRoadmap(scenario, ref, planOptions(params, onProgress, source));
    return { result: plan, status: plan.status };
  }
  if (kind === "whatif") {
    const changes = parseChangeSet(changeSetText(params.changes), "changes");
    const plan = whatIf(scenario, changes, ref, {
      ...planOptions(params, onProgress, source),
      ...(baseline ? { baseline } : {}),
    });
    return { result: plan, status: plan.status };
  }
  const samples = typeof params.samples === "number" ? params.samples : 200;
  const report = riskAnalysis(scenario, ref, {
    samples,
    onProgress,
    ...(profileOf(params) ? { profile: profileOf(params)! } : {}),
    ...(source ? { source } : {}),
    ...(typeof params.seed === "number" ? { seed: params.seed } : {}),
    ...(baseline ? { baseline } : {}),
  });
  return { result: report, status: null };
}
