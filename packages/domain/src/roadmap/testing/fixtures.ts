/** Small scenarios for the planner's tests: the minimal scenario plus exactly what a test needs. */
import type { ScenarioInput } from "../../scenario/index.ts";
import { minimalScenario } from "../../scenario/minimal.ts";

/** Fast engine settings for tests (deterministic: a schedule budget, no wall-clock cap). */
export const FAST = { maxSchedules: 300, explainSchedules: 50, seed: 7 } as const;

/** The minimal scenario with a second partner (India, no regimes) offering the same input 20% cheaper. */
export function twoPartnerScenario(edit?: (s: ScenarioInput) => void) {
  return minimalScenario((s) => {
    s.partners!.push({
      id: "p2",
      name: "Partner Two",
      country: "IND",
      offers: [{ input: "N25", node: 28, capacity: 1000, costFactor: 0.8 }],
    });
    edit?.(s);
  });
}

export const PROHIBIT_3E = {
  id: "wa-3e",
  regime: "wassenaar",
  categories: ["3E"],
  destinations: ["RUS"],
  requirement: "prohibited" as const,
  citation: "test rule",
  text: "no production technology to RUS",
};
