/**
 * The roadmap as the outside world sees it (JSON contract documented in the package README).
 * All dates are ISO `YYYY-MM-DD`; money is in the scenario's currency units.
 */
import type { Message } from "../messages/index.ts";
import type { Financing } from "../finance/index.ts";
import type { Variance } from "../tracking/variance.ts";
import type { ActivityProgress } from "./actuals.ts";
import type { ProfileName } from "../policy/index.ts";
import type { TimeUnit } from "./calendar.ts";
import type { Provenance } from "./provenance.ts";
import type { StopReason } from "./search.ts";

export type Phase = "market" | "joint-engineering" | "localized-production";
export const PHASES: readonly Phase[] = ["market", "joint-engineering", "localized-production"];

/**
 * `infeasible` only with a proof (a gap with no lawful or staffable option, a deadline before its
 * earliest possible date, a horizon before the earliest possible completion, funds below the
 * cheapest possible spend); `unknown` when the search, escalated, found no plan and nothing was
 * proven — never a date then.
 */
export type PlanStatus = "optimal" | "feasible" | "infeasible" | "unknown";

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
  /** `reason` as a message: clients render it in the reader's language. */
  message: Message;
}

export interface PlanActivity {
  id: string;
  name: string;
  /** `name` as a message, built from translated parts (work package, gap, target). */
  nameMessage: Message;
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
  explanationMessage: Message;
  alternatives?: Alternative[];
  /** What the scenario's actuals record about it (absent: not started as of the data date). */
  progress?: ActivityProgress;
}

export interface RejectedOption {
  activity: string;
  gapId: string;
  partner: string;
  model: string;
  reason: string;
  message: Message;
  rule?: string;
}

/** One decision per gap: the option chosen for its whole chain of work packages. */
export interface Decision {
  gapId: string;
  partner: string;
  /** The firm that delivers: the offer's firm, or null when the partner has not named one. */
  firm: { id: string; name: string } | null;
  model: string;
  modelType: string;
  explanation: string;
  explanationMessage: Message;
  alternatives: Alternative[];
}

export interface TargetOutcome {
  targetId: string;
  /** Start of volume production of the last gap of this target; null when a gap of it cannot be closed. */
  productionStart: string | null;
  /** Gaps of this target that no option can close (see `Plan.blocking`). */
  blockedBy?: string[];
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

/** Share (0..1) of a target's required inputs made at home, as it grows over the plan. */
export interface TargetLocalization {
  targetId: string;
  steps: { date: string; share: number }[];
  final: number;
}

/** A gap no option can close: the decision that blocks its target, with the rules that decide it. */
export interface BlockingDecision {
  gapId: string;
  targetId: string;
  inputName: string;
  reason: string;
  message: Message;
  rules: string[];
}

/** How the plan was searched: the work budget, what ended the search, and the bound it reached. */
export interface PlanSearchStats {
  profile: ProfileName;
  seed: number;
  /** The schedule budget of the last search (after escalations). */
  maxSchedules: number;
  /** Times the budget was multiplied because nothing was found and nothing proven. */
  escalations: number;
  /** The optional wall-clock cap, when one was given. */
  timeLimitMs?: number;
  stoppedBy: StopReason | "proof";
  solves: number;
  schedulesGenerated: number;
  /** Timing only: the one field that may differ between two runs of the same input and seed. */
  elapsedMs: number;
  /**
   * A lower bound on `completion`: no plan can start volume production earlier (precedences,
   * release dates and the shortest lawful options, resources ignored).
   */
  earliestCompletionDate: string;
}

export interface Plan {
  status: PlanStatus;
  /** Why there is no (complete) plan, for logs; `blocking` and the statuses carry the structure. */
  reason?: string;
  /** `reason` as a message (its parts joined by "; "). */
  reasonMessage?: Message;
  startDate: string;
  timeUnit: TimeUnit;
  /** The latest target's volume-production start; null unless every target has a plan. */
  completion: { date: string | null };
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
  /** Gaps that no option can close; the rest of the programme is still planned. */
  blocking: BlockingDecision[];
  /** Per target, the share made at home and from when (contract manufacturing abroad adds nothing). */
  localization: TargetLocalization[];
  /** Debt service of the soft loans (their tranches are money sources like every tranche). */
  financing: Financing;
  stats: PlanSearchStats;
  provenance: Provenance;
  /** Forecast against a baseline plan (`chiproad plan --baseline`), when one was given. */
  variance?: Variance;
}
