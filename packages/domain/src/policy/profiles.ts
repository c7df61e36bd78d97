/**
 * Planning profiles: the one home of the search budgets every door (CLI, server, web) offers.
 * Budgets are counted in work — engine schedules — never in wall-clock time, so the same scenario,
 * seed, profile and version give the same plan on any machine under any load. A wall-clock cap
 * (`timeLimitMs`) is optional and, when it ends a search, the plan says so.
 */
export const PROFILE_NAMES = ["quick", "standard", "thorough"] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

export interface PlanningProfile {
  name: ProfileName;
  /** Engine schedules for the option search and the final schedule. */
  maxSchedules: number;
  /** Engine schedules per forced alternative when explaining decisions. */
  explainSchedules: number;
  /** Engine schedules per risk sample (the baseline order first; more only when it finds no plan). */
  riskSchedulesPerSample: number;
}

export const PLANNING_PROFILES: Readonly<Record<ProfileName, PlanningProfile>> = {
  quick: { name: "quick", maxSchedules: 10_000, explainSchedules: 60, riskSchedulesPerSample: 3 },
  standard: { name: "standard", maxSchedules: 40_000, explainSchedules: 200, riskSchedulesPerSample: 5 },
  thorough: { name: "thorough", maxSchedules: 200_000, explainSchedules: 800, riskSchedulesPerSample: 20 },
};

export const DEFAULT_PROFILE: ProfileName = "standard";

/**
 * When a search finds no plan and proves nothing, the budget is multiplied by this factor and
 * the search run again, at most `ESCALATIONS` times, before the status becomes `unknown`.
 */
export const ESCALATION_FACTOR = 4;
export const ESCALATIONS = 2;

export function isProfileName(s: string): s is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(s);
}

export function profileOf(name: ProfileName | undefined): PlanningProfile {
  return PLANNING_PROFILES[name ?? DEFAULT_PROFILE];
}
