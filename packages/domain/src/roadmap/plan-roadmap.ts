import { inProgrammeCurrency } from "../finance/currency.ts";
import { analyzeGaps } from "../gaps/index.ts";
import { assessOptions } from "../partners/index.ts";
import type { ReferenceData, Scenario } from "../scenario/index.ts";
import type { Plan } from "./plan.ts";
import { type PlannerRun, type PlanOptions, planFromAssessments } from "./planner.ts";

/** Gaps and option assessments of the scenario, then the planner on them. */
export function runPlanner(quoted: Scenario, ref: ReferenceData, opts: PlanOptions = {}): PlannerRun {
  const scenario = inProgrammeCurrency(quoted);
  const gaps = analyzeGaps(scenario, ref).gaps;
  const options = assessOptions(scenario, ref);
  return planFromAssessments(scenario, gaps, options, opts, ref);
}

/**
 * The roadmap: for every gap the lawful option chosen, its work packages scheduled against
 * engineers, cleanrooms, fund tranches and deadlines, with an explanation for every decision.
 */
export function planRoadmap(scenario: Scenario, ref: ReferenceData, opts: PlanOptions = {}): Plan {
  return runPlanner(scenario, ref, opts).plan;
}
