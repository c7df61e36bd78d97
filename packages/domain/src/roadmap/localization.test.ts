import { describe, expect, it } from "vitest";
import { minimalScenario } from "../scenario/minimal.ts";
import { planRoadmap } from "./plan-roadmap.ts";
import { FAST } from "./testing/fixtures.ts";

describe("localization share per target", () => {
  it("counts covered inputs from the start and the model's localization from the gap's delivery", () => {
    const plan = planRoadmap(
      minimalScenario((s) => {
        s.targets[0]!.inputs.push({ input: "S3" }); // assembly: covered at home below
        s.domestic!.capabilities!.push({ input: "S3", capacity: 5000, firm: "fab" });
      }),
      {},
      FAST,
    );
    const loc = plan.localization[0]!;
    // Two inputs: S3 at home from the start (1/2), N25 by technology transfer (localization 0.9)
    // once its last package ends: (1 + 0.9) / 2.
    expect(loc.steps).toEqual([
      { date: "2025-01-01", share: 0.5 },
      { date: plan.completion.date!, share: 0.95 },
    ]);
    expect(loc.final).toBe(0.95);
  });

  it("contract manufacturing abroad closes the gap in the plan but adds nothing made at home", () => {
    const plan = planRoadmap(
      minimalScenario((s) => {
        s.models![0]!.type = "contract-manufacturing";
        s.models![0]!.localization = 0;
      }),
      {},
      FAST,
    );
    expect(plan.status).toMatch(/optimal|feasible/);
    expect(plan.localization).toEqual([
      { targetId: "chip", steps: [{ date: "2025-01-01", share: 0 }], final: 0 },
    ]);
  });

  it("names the delivering firm in the decision", () => {
    const plan = planRoadmap(minimalScenario(), {}, FAST);
    expect(plan.decisions[0]!.firm).toEqual({ id: "p1f", name: "Partner One Foundry Ltd" });
  });
});
