import type { FirmScreening } from "../compliance/index.ts";
import { analyzeGaps } from "../gaps/analyze.ts";
import { partnerFit } from "../partners/fit.ts";
import type { Plan } from "../roadmap/plan.ts";
import type { RiskReport } from "../risk/risk-report.ts";
import type { ReferenceData, Scenario } from "../scenario/index.ts";

/** Everything a decision brief states: the caller computes it (CLI, server) and supplies the date. */
export interface BriefInput {
  scenario: Scenario;
  /** The plan the brief recommends (its provenance names the scenario version, seed and datasets). */
  plan: Plan;
  /** The schedule-risk analysis of that plan, when one was run. */
  risk?: RiskReport | undefined;
  /** Sanctions screening of every partner and domestic firm (the partner-fit report's `screening`). */
  screening: readonly FirmScreening[];
  /** Gap and input names (a gap analysis of the scenario). */
  gaps: readonly { id: string; inputId: string; inputName: string }[];
  /** The day the brief is prepared (ISO date): given, so the same inputs give the same brief. */
  preparedOn: string;
}

/** The brief's inputs from a scenario, its reference data, a plan and (optionally) its risk analysis. */
export function briefInputOf(
  scenario: Scenario,
  ref: ReferenceData,
  plan: Plan,
  risk: RiskReport | undefined,
  preparedOn: string,
): BriefInput {
  return {
    scenario,
    plan,
    risk,
    screening: partnerFit(scenario, ref).screening,
    gaps: analyzeGaps(scenario, ref).gaps,
    preparedOn,
  };
}
