import {
  type Plan,
  type PlanOptions,
  type ScenarioSourceRef,
  parseChangeSet,
  planRoadmap,
  type ReferenceData,
  riskAnalysis,
  type Scenario,
  whatIf,
} from "@chiproad/domain";
import type { JobContext, JobRequest, PlanParams, WhatIfParams } from "./requests.ts";
import { computeSweepJob } from "./sweep-jobs.ts";

export type Progress = (p: { fraction: number; message: string }) => void;

export interface JobOutcome {
  result: unknown;
  /** Plan status ("optimal" | "feasible" | "infeasible") when the result is a plan. */
  status: string | null;
  /** Params of jobs of the same kind to queue with the result (a sweep variant's further sample ranges). */
  followUps?: Record<string, unknown>[];
}

/** Change sets arrive as YAML text or as an object; both go through the domain's positioned parser. */
export function changeSetText(changes: unknown): string {
  return typeof changes === "string" ? changes : JSON.stringify(changes ?? {});
}

function planOptions(
  params: PlanParams | WhatIfParams,
  onProgress: Progress,
  source: ScenarioSourceRef | undefined,
): PlanOptions {
  const options: PlanOptions = { onProgress };
  if (params.profile) options.profile = params.profile;
  if (source) options.source = source;
  if (params.timeLimitMs !== undefined) options.timeLimitMs = params.timeLimitMs;
  if (params.maxSchedules !== undefined) options.maxSchedules = params.maxSchedules;
  if (params.seed !== undefined) options.seed = params.seed;
  return options;
}

/**
 * Runs one job's computation (inside the worker thread). Deterministic given the scenario, the
 * reference data, the request (seed) and the baseline plan.
 */
export function computeJob(
  job: JobContext,
  request: JobRequest,
  scenario: Scenario,
  ref: ReferenceData,
  baseline: Plan | undefined,
  onProgress: Progress,
  source?: ScenarioSourceRef,
): JobOutcome {
  switch (request.kind) {
    case "plan": {
      const plan = planRoadmap(scenario, ref, planOptions(request.params, onProgress, source));
      return { result: plan, status: plan.status };
    }
    case "whatif": {
      const changes = parseChangeSet(changeSetText(request.params.changes), "changes");
      const plan = whatIf(scenario, changes, ref, {
        ...planOptions(request.params, onProgress, source),
        ...(baseline ? { baseline } : {}),
      });
      return { result: plan, status: plan.status };
    }
    case "risk": {
      const { samples, profile, seed } = request.params;
      const report = riskAnalysis(scenario, ref, {
        samples,
        onProgress,
        ...(profile ? { profile } : {}),
        ...(source ? { source } : {}),
        ...(seed !== undefined ? { seed } : {}),
        ...(baseline ? { baseline } : {}),
      });
      return { result: report, status: null };
    }
    case "sweep":
      return computeSweepJob(job, request.params, scenario, ref, baseline, onProgress);
    default: {
      const unknown: never = request;
      throw new Error(`unhandled job kind ${JSON.stringify(unknown)}`);
    }
  }
}
