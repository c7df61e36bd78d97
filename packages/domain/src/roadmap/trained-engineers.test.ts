import { describe, expect, it } from "vitest";
import type { ScenarioInput } from "../scenario/index.ts";
import { minimalScenario } from "../scenario/minimal.ts";
import { planRoadmap } from "./plan-roadmap.ts";
import { FAST } from "./testing/fixtures.ts";

/** Two targets whose qualification each needs all 10 engineers of the pool; training (before it) trains `trained` more. */
function twoTargets(trained: number) {
  return minimalScenario((s: ScenarioInput) => {
    s.targets.push({ ...s.targets[0]!, id: "chip2", name: "Second chip" });
    s.partners![0]!.offers![0]!.capacity = 5000; // enough for both targets
    s.workforce = { pools: [{ id: "eng", name: "Engineers", initial: 10 }], training: [] };
    s.models![0]!.workPackages = [
      { kind: "negotiate", duration: 8, cost: 100, engineers: 2 },
      { kind: "train", duration: 4, cost: 100, engineers: 2 },
      { kind: "qualify", duration: 20, cost: 1000, engineers: 10 },
    ];
    s.models![0]!.trainingOutput = { engineers: trained, pool: "eng" };
  });
}

describe("partner-trained engineers (trainingOutput)", () => {
  it("join the pool when training ends, so two qualifications can run side by side", () => {
    const without = planRoadmap(twoTargets(0), {}, FAST);
    const withTrained = planRoadmap(twoTargets(10), {}, FAST);
    expect(without.status).toMatch(/optimal|feasible/);
    expect(withTrained.status).toMatch(/optimal|feasible/);
    // Without trainees the 20-week qualifications run one after the other.
    expect(withTrained.completion.date! < without.completion.date!).toBe(true);
    const trainEnd = withTrained.activities
      .filter((a) => a.kind === "train")
      .map((a) => a.finish)
      .sort()[0]!;
    const before = withTrained.workforce.filter((w) => w.date < trainEnd).map((w) => w.available);
    const after = withTrained.workforce.filter((w) => w.date >= trainEnd).map((w) => w.available);
    expect(Math.max(...before)).toBe(10);
    expect(Math.max(...after)).toBeGreaterThanOrEqual(20);
    for (const w of withTrained.workforce) expect(w.required).toBeLessThanOrEqual(w.available);
  });

  it("never makes the plan worse than ignoring them", () => {
    for (const seed of [1, 2, 3]) {
      const a = planRoadmap(twoTargets(0), {}, { ...FAST, seed });
      const b = planRoadmap(twoTargets(5), {}, { ...FAST, seed });
      expect(b.completion.date! <= a.completion.date!).toBe(true);
    }
  });
});
