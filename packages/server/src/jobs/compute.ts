import * as domain from "@chiproad/domain";
import type { ReferenceData, Scenario } from "@chiproad/domain";
import type { JobKind } from "@chiproad/db";

export type Progress = (p: { fraction: number; message: string }) => void;

export interface JobOutcome {
  result: unknown;
  /** Plan status ("optimal" | "feasible" | "infeasible") when the result is a plan. */
  status: string | null;
}

type Fn = (...args: never[]) => unknown;

// The roadmap, what-if and risk functions come from @chiproad/domain. They are looked up by name so
// this server keeps running while the domain package grows; a missing one fails the job with a clear error.
function domainFunction<T extends Fn>(name: string): T {
  const f = (domain as unknown as Record<string, unknown>)[name];
  if (typeof f !== "function") {
    throw Object.assign(new Error(`@chiproad/domain does not provide ${name}() in this build`), {
      code: "INTERNAL",
    });
  }
  return f as T;
}

type PlanRoadmap = (
  s: Scenario,
  ref: ReferenceData,
  opts: { timeLimitMs?: number; seed?: number; onProgress?: Progress },
) => { status?: string };
type ParseChangeSet = (text: string, file: string) => unknown;
type WhatIf = (
  s: Scenario,
  changes: unknown,
  ref: ReferenceData,
  opts: { timeLimitMs?: number; seed?: number; onProgress?: Progress },
) => { status?: string };
type RiskAnalysis = (
  s: Scenario,
  ref: ReferenceData,
  opts: { samples: number; seed?: number; onProgress?: Progress },
) => unknown;

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Runs one job's computation (inside the worker thread). Pure given its inputs and seed. */
export function computeJob(
  kind: JobKind,
  scenario: Scenario,
  params: Record<string, unknown>,
  ref: ReferenceData,
  onProgress: Progress,
): JobOutcome {
  const seed = typeof params.seed === "number" ? params.seed : undefined;
  const timeLimitMs = typeof params.timeLimitMs === "number" ? params.timeLimitMs : undefined;
  if (kind === "plan") {
    const plan = domainFunction<PlanRoadmap>("planRoadmap")(scenario, ref, {
      ...optional("timeLimitMs", timeLimitMs),
      ...optional("seed", seed),
      onProgress,
    });
    return { result: plan, status: plan.status ?? null };
  }
  if (kind === "whatif") {
    const raw = params.changes;
    const changes =
      typeof raw === "string"
        ? domainFunction<ParseChangeSet>("parseChangeSet")(raw, "changes.yaml")
        : domainFunction<ParseChangeSet>("parseChangeSet")(JSON.stringify(raw ?? {}), "changes.json");
    const plan = domainFunction<WhatIf>("whatIf")(scenario, changes, ref, {
      ...optional("timeLimitMs", timeLimitMs),
      ...optional("seed", seed),
      onProgress,
    });
    return { result: plan, status: plan.status ?? null };
  }
  const samples = typeof params.samples === "number" ? params.samples : 200;
  const report = domainFunction<RiskAnalysis>("riskAnalysis")(scenario, ref, {
    samples,
    ...optional("seed", seed),
    onProgress,
  });
  return { result: report, status: null };
}
