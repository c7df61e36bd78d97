import { describe, expect, it } from "vitest";
import { normalizePlan } from "./normalize-plan.ts";

describe("reading a plan from the API", () => {
  it("unwraps the latest-plan envelope and keeps the scenario version it was made for", () => {
    const plan = normalizePlan({
      jobId: "j1",
      scenarioVersion: 3,
      status: "succeeded",
      plan: { status: "feasible", criticalPath: ["a"] },
    });
    expect(plan.status).toBe("feasible");
    expect(plan.criticalPath).toEqual(["a"]);
    expect(plan.scenarioVersion).toBe(3);
    // The job that made it: what a baseline is saved from (Tracking page).
    expect(plan.jobId).toBe("j1");
  });

  it("accepts a bare plan (a job result) and fills missing lists", () => {
    const plan = normalizePlan({ status: "optimal", activities: [{ id: "x" }] });
    expect(plan.activities).toHaveLength(1);
    expect(plan.rejected).toEqual([]);
    expect(plan.budget).toEqual([]);
    expect(plan.workforce).toEqual([]);
    expect(plan.criticalPath).toEqual([]);
  });

  it("survives null", () => {
    expect(normalizePlan(null).activities).toEqual([]);
  });
});
