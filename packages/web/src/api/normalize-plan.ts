import type { StoredPlan } from "./types.ts";

function list<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/**
 * Reads a plan from any of the envelopes the API uses — the bare plan (job result), or
 * `{ plan, scenarioVersion, ... }` (latest plan) — and fills absent lists with [] so the pages
 * never index into undefined.
 */
export function normalizePlan(raw: unknown): StoredPlan {
  const record = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const inner =
    typeof record.plan === "object" && record.plan !== null
      ? (record.plan as Record<string, unknown>)
      : record;
  const plan = {
    ...inner,
    status: typeof inner.status === "string" ? inner.status : "unknown",
    activities: list(inner.activities),
    rejected: list(inner.rejected),
    budget: list(inner.budget),
    workforce: list(inner.workforce),
    criticalPath: list(inner.criticalPath),
  } as StoredPlan;
  const version =
    inner === record ? record.scenarioVersion : (record.scenarioVersion ?? inner.scenarioVersion);
  if (typeof version === "number") plan.scenarioVersion = version;
  if (inner !== record && typeof record.jobId === "string") plan.jobId = record.jobId;
  return plan;
}
