import { describe, expect, it } from "vitest";
import { activityOf, planOf } from "../../api/plan-fixture.ts";
import { fitOf, optionOf } from "../../api/analysis-fixture.ts";
import type { PartnerFitReport, Plan } from "../../api/types.ts";
import { dependenceByGap } from "./dependence.ts";

const plan: Plan = planOf({
  status: "feasible",
  activities: [
    activityOf({
      id: "a1",
      name: "Transfer",
      phase: "joint-engineering",
      gapId: "g1",
      partner: "cn",
      model: "jv",
      start: "2024-01-01",
      finish: "2024-06-01",
    }),
    activityOf({ id: "a2", name: "Agreement", phase: "market", start: "2024-01-01", finish: "2024-02-01" }),
  ],
  rejected: [],
  budget: [],
  workforce: [],
  criticalPath: [],
});

const report: PartnerFitReport = fitOf({
  options: [
    optionOf({
      gapId: "g1",
      partnerId: "in",
      modelId: "jv",
      lawful: true,
      score: 0.9,
      hhiBefore: 0.6,
      hhiAfter: 0.4,
    }),
    optionOf({
      gapId: "g1",
      partnerId: "cn",
      modelId: "jv",
      lawful: true,
      score: 0.8,
      hhiBefore: 0.6,
      hhiAfter: 0.7,
    }),
  ],
});

describe("import dependence before and after the plan", () => {
  it("reads the HHI of the option the plan chose, not the best-scoring one", () => {
    expect(dependenceByGap(plan, report)).toEqual([
      { gapId: "g1", partner: "cn", model: "jv", before: 0.6, after: 0.7 },
    ]);
  });

  it("ignores activities that belong to no partner (programme milestones)", () => {
    expect(dependenceByGap(plan, report).map((r) => r.gapId)).toEqual(["g1"]);
  });
});
