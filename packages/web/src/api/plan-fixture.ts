// Test fixtures: complete contract-typed plans from the few fields a test cares about.
import type { Plan, PlanActivity, RejectedOption } from "./types.ts";

const message = (text: string) => ({ code: "common.engine", params: { text } });

export function activityOf(
  a: Partial<PlanActivity> & Pick<PlanActivity, "id" | "name" | "phase">,
): PlanActivity {
  return {
    nameMessage: message(a.name),
    kind: "work-package",
    gapId: "",
    targetId: "",
    partner: null,
    model: null,
    start: "2024-01-01",
    finish: "2024-01-01",
    cost: 0,
    critical: false,
    explanation: "",
    explanationMessage: message(""),
    ...a,
  };
}

export function rejectedOf(r: Partial<RejectedOption> & Pick<RejectedOption, "reason">): RejectedOption {
  return { activity: "", gapId: "", partner: "", model: "", message: message(r.reason), ...r };
}

export function planOf(p: Partial<Plan>): Plan {
  return {
    status: "feasible",
    startDate: "2024-01-01",
    timeUnit: "day",
    completion: { date: null },
    targets: [],
    activities: [],
    decisions: [],
    rejected: [],
    budget: [],
    workforce: [],
    cleanroom: [],
    phases: [],
    criticalPath: [],
    totalCost: 0,
    warmStart: { entries: [] },
    blocking: [],
    localization: [],
    ...p,
  } as Plan;
}
