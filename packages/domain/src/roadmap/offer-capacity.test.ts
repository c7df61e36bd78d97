import { describe, expect, it } from "vitest";
import { minimalScenario } from "../scenario/minimal.ts";
import { planRoadmap } from "./plan-roadmap.ts";
import { FAST } from "./testing/fixtures.ts";

/** Two targets needing the same input; p1's one offer has `capacity`, p2 offers the same, dearer. */
function twoTargets(capacity: number) {
  return minimalScenario((s) => {
    s.domestic!.capabilities = [];
    s.targets[0]!.volume = 600;
    s.targets.push({ ...s.targets[0]!, id: "chip2", name: "Second chip", dueDate: "2026-03-01" });
    s.partners![0]!.offers![0]!.capacity = capacity;
    s.partners!.push({
      id: "p2",
      name: "Partner Two",
      country: "IND",
      offers: [{ input: "N25", node: 28, capacity: 2000, costFactor: 1.5 }],
    });
  });
}

describe("an offer's capacity is shared between gaps", () => {
  it("two targets exhaust a shared offer: the second goes to the other partner, and the loser says why", () => {
    const plan = planRoadmap(twoTargets(1000), {}, FAST);
    expect(plan.status).toMatch(/optimal|feasible/);
    const partners = plan.decisions.map((d) => d.partner).sort();
    expect(partners).toEqual(["p1", "p2"]); // 600 + 600 > 1,000: p1 cannot serve both
    const second = plan.decisions.find((d) => d.partner === "p2")!;
    const p1 = second.alternatives.find((a) => a.partner === "p1")!;
    expect(p1).toMatchObject({ outcome: "infeasible" });
    expect(p1.reason).toContain("need 1,200 units a year together; it has 1,000");
  });

  it("when the offer can serve both, both take it", () => {
    const plan = planRoadmap(twoTargets(1200), {}, FAST);
    expect(plan.decisions.map((d) => d.partner)).toEqual(["p1", "p1"]);
  });
});
