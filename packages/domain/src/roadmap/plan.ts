/**
 * The roadmap as the outside world sees it (JSON contract documented in the package README).
 * All dates are ISO `YYYY-MM-DD`; money is in the scenario's currency units.
 */
import type { TimeUnit } from "./calendar.ts";

export type Phase = "market" | "joint-engineering" | "localized-production";
export const PHASES: readonly Phase[] = ["market", "joint-engineering", "localized-production"];

export type PlanStatus = "optimal" | "feasible" | "infeasible";

/** Why an alternative (partner, model) lost to the chosen one, measured by re-solving with it forced. */
export type AlternativeOutcome =
  | "unlawful"
  | "later"
  | "costlier"
  | "infeasible"
  | "more-concentrated"
  | "equal"
  | "not-evaluated";

export interface Alternative {
  partner: string;
  model: string;
  outcome: AlternativeOutcome;
  /** Completion (or weighted tardiness in days) difference against the chosen plan, when evaluated. */
  deltaDays?: number;
  deltaCost?: number;
  rule?: string;
  reason: string;
}

export interface PlanActivity {
  id: string;
  name: string;
  phase: Phase;
  /** The work package kind (negotiate, joint-company, transfer, training, qualification, pilot, volume). */
  kind: string;
  gapId: string;
  targetId: string;
  partner: string | null;
  model: string | null;
  start: string;
  finish: string;
  cost: number;
  critical: boolean;
  explanation: string;
  alternatives?: Alternative[];
}

export interface RejectedOption {
  activity: string;
  gapId: string;
  partner: string;
  model: string;
  reason: string;
  rule?: string;
}

/** One decision per gap: the option chosen for its whole chain of work packages. */
export interface Decision {
  gapId: string;
  partner: string;
  model: string;
  modelType: string;
  explanation: string;
  alternatives: Alternative[];
}

export interface TargetOutcome {
  targetId: string;
  /** Start of volume production of the last gap of this target. */
  productionStart: string;
  dueDate?: string;
  deadline?: string;
  lateDays: number;
}

export interface PlanPhase {
  phase: Phase;
  start: string;
  finish: string;
  activities: number;
}

/** The engine decisions kept so that a later what-if can warm-start from them. */
export interface PlanWarmStart {
  /** Per activity id: the chosen option key (`partner/model`) and start period. */
  entries: { activity: string; option: string; start: number }[];
}

export interface Plan {
  status: PlanStatus;
  reason?: string;
  startDate: string;
  timeUnit: TimeUnit;
  completion: { date: string };
  targets: TargetOutcome[];
  activities: PlanActivity[];
  decisions: Decision[];
  rejected: RejectedOption[];
  budget: { date: string; cumulativeSpend: number; cumulativeAvailable: number }[];
  workforce: { date: string; required: number; available: number }[];
  cleanroom: { date: string; required: number; available: number }[];
  phases: PlanPhase[];
  /** Activity ids on the critical path, in time order. */
  criticalPath: string[];
  totalCost: number;
  warmStart: PlanWarmStart;
  stats: { solves: number; schedulesGenerated: number; elapsedMs: number; lowerBoundDate: string };
}
