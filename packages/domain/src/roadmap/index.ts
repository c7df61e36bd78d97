export type {
  BlockingDecision,
  TargetLocalization,
  PlanSearchStats,
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
export {
  buildProvenance,
  type DatasetRef,
  NOT_LEGAL_ADVICE,
  PLANNER_VERSION,
  type Provenance,
  type ScenarioSourceRef,
} from "./provenance.ts";
