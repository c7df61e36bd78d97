export type {
  Alternative,
  AlternativeOutcome,
  Decision,
  Phase,
  Plan,
  PlanActivity,
  PlanPhase,
  PlanStatus,
  PlanWarmStart,
  RejectedOption,
  TargetOutcome,
} from "./plan.ts";
export { planRoadmap } from "./plan-roadmap.ts";
export { type PlanOptions, PlannerInvariantError } from "./planner.ts";
