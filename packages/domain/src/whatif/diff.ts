import type { Plan, PlanActivity } from "../roadmap/plan.ts";

export interface PlanChange {
  /** Activity id, or `plan` for plan-level fields (status, completion). */
  activity: string;
  field: string;
  before: unknown;
  after: unknown;
}

const ACTIVITY_FIELDS = [
  "partner",
  "model",
  "start",
  "finish",
] as const satisfies readonly (keyof PlanActivity)[];

/** Field-by-field differences between two plans, plan-level first, then activities in the new plan's order. */
export function diffPlans(before: Plan, after: Plan): PlanChange[] {
  const changes: PlanChange[] = [];
  if (before.status !== after.status) {
    changes.push({ activity: "plan", field: "status", before: before.status, after: after.status });
  }
  if (before.completion.date !== after.completion.date) {
    changes.push({
      activity: "plan",
      field: "completion",
      before: before.completion.date,
      after: after.completion.date,
    });
  }
  if (before.totalCost !== after.totalCost) {
    changes.push({ activity: "plan", field: "totalCost", before: before.totalCost, after: after.totalCost });
  }
  const old = new Map(before.activities.map((a) => [a.id, a]));
  const seen = new Set<string>();
  for (const a of after.activities) {
    seen.add(a.id);
    const b = old.get(a.id);
    if (!b) {
      changes.push({ activity: a.id, field: "added", before: null, after: `${a.start}..${a.finish}` });
      continue;
    }
    for (const field of ACTIVITY_FIELDS) {
      if (b[field] !== a[field]) changes.push({ activity: a.id, field, before: b[field], after: a[field] });
    }
  }
  for (const b of before.activities) {
    if (!seen.has(b.id))
      changes.push({ activity: b.id, field: "removed", before: `${b.start}..${b.finish}`, after: null });
  }
  return changes;
}
