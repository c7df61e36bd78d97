import { describe, expect, it } from "vitest";
import { minimalScenario } from "../scenario/minimal.ts";
import { planRoadmap } from "./plan-roadmap.ts";
import { FAST } from "./testing/fixtures.ts";

describe("facility construction", () => {
  it("is a costed activity with its own duration, and the cleanroom it builds is used only after it", () => {
    const plan = planRoadmap(
      minimalScenario((s) => {
        s.facilities = [
          {
            id: "fab1",
            name: "New fab",
            construction: { duration: 30, cost: 300, area: 500, earliest: "2025-02-01" },
          },
        ];
        s.models![0]!.workPackages[1]!.cleanroom = 400; // the transfer needs 400 m²
      }),
      {},
      FAST,
    );
    expect(plan.status).toMatch(/optimal|feasible/);
    const build = plan.activities.find((a) => a.id === "construction:fab1")!;
    expect(build).toMatchObject({
      name: "Build: New fab",
      start: "2025-02-05",
      finish: "2025-09-03",
      cost: 300,
    });
    const transfer = plan.activities.find((a) => a.id === "chip:N25:transfer")!;
    expect(transfer.start >= build.finish).toBe(true);
    expect(plan.totalCost).toBe(100 + 1000 + 300);
    expect(plan.cleanroom.find((c) => c.date === build.finish)?.available).toBe(500);
  });
});
