import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "../scenario/index.ts";
import { minimalScenario } from "../scenario/minimal.ts";
import { planRoadmap } from "./plan-roadmap.ts";
import { FAST } from "./testing/fixtures.ts";

/**
 * A 180 nm-style line of three process steps (N25, N35, N16). p1 offers all three; p2 is cheaper
 * on two of them but lacks the third, so without a line the planner would mix partners.
 */
function lineScenario(line: boolean, exceptions: string[] = []) {
  return minimalScenario((s: ScenarioInput) => {
    s.domestic!.capabilities = [];
    s.targets[0]!.inputs = [{ input: "N25" }, { input: "N35" }, { input: "N16" }];
    if (line)
      s.targets[0]!.lines = [
        { id: "bcd", name: "180 nm BCD line", inputs: ["N25", "N35", "N16"], exceptions },
      ];
    s.partners![0]!.offers = ["N25", "N35", "N16"].map((input) => ({ input, node: 28, capacity: 2000 }));
    s.partners!.push({
      id: "p2",
      name: "Partner Two",
      country: "KOR",
      offers: ["N25", "N35"].map((input) => ({ input, node: 28, capacity: 2000, costFactor: 0.5 })),
    });
  });
}

describe("production lines", () => {
  it("without a line the planner mixes partners step by step", () => {
    const plan = planRoadmap(lineScenario(false), {}, FAST);
    expect(new Set(plan.decisions.map((d) => d.partner)).size).toBe(2);
  });

  it("one partner and one negotiation close the whole line", () => {
    const plan = planRoadmap(lineScenario(true), {}, FAST);
    expect(plan.status).toMatch(/optimal|feasible/);
    expect(plan.decisions.map((d) => `${d.partner}/${d.model}`)).toEqual(["p1/tt", "p1/tt", "p1/tt"]);
    const negotiations = plan.activities.filter((a) => a.kind === "negotiate");
    expect(negotiations.map((a) => a.gapId)).toEqual(["chip:N25"]); // the others are zero-length
    const signed = negotiations[0]!.finish;
    for (const a of plan.activities.filter((x) => x.kind === "transfer"))
      expect(a.start >= signed).toBe(true);
    // p2's offers are listed as not delivering the whole line.
    expect(plan.rejected.filter((r) => r.partner === "p2").map((r) => r.reason)).toContain(
      "does not deliver the whole production line 180 nm BCD line (one partner and model cover the line)",
    );
  });

  it("a step the scenario allows as an exception may come from another partner", () => {
    const plan = planRoadmap(lineScenario(true, ["N35"]), {}, FAST);
    const byGap = new Map(plan.decisions.map((d) => [d.gapId, d.partner]));
    expect(byGap.get("chip:N25")).toBe(byGap.get("chip:N16"));
    expect(byGap.get("chip:N35")).toBe("p2"); // cheaper and allowed
  });
});
