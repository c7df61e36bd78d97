import { describe, expect, it } from "vitest";
import { planRoadmap } from "../roadmap/plan-roadmap.ts";
import { FAST, twoPartnerScenario } from "../roadmap/testing/fixtures.ts";
import { ScenarioError } from "../scenario/index.ts";
import { applyChanges } from "./apply.ts";
import { parseChangeSet } from "./change-set.ts";
import { whatIf } from "./what-if.ts";

describe("parseChangeSet", () => {
  it("reads every kind of change", () => {
    const set = parseChangeSet(
      `changes:
  - { type: block-partner, partner: p2 }
  - { type: cut-tranche, instrument: frp, factor: 0.5 }
  - { type: delay-tranche, instrument: frp, days: 90 }
  - { type: training, pipeline: academy, capacity: 2, cohortSize: 20 }
  - { type: facility-capacity, facility: fab1, from: 2026-01-01, area: 900 }
  - { type: engineers, pool: eng, initial: 40 }
  - type: add-rule
    rule: { id: r9, regime: wassenaar, categories: [3E], destinations: [RUS], requirement: prohibited, citation: c, text: t }
`,
      "c.yaml",
    );
    expect(set.changes.map((c) => c.type)).toEqual([
      "block-partner",
      "cut-tranche",
      "delay-tranche",
      "training",
      "facility-capacity",
      "engineers",
      "add-rule",
    ]);
  });

  it("positions a bad change at file:line:col", () => {
    const bad = () =>
      parseChangeSet("changes:\n  - type: cut-tranche\n    instrument: frp\n    factor: 2\n", "c.yaml");
    expect(bad).toThrow(ScenarioError);
    expect(bad).toThrow(/^c\.yaml:4:13 changes\[0\]\.factor: /);
  });

  it("rejects a change that names an unknown partner, listing the known ones", () => {
    const set = parseChangeSet("changes:\n  - { type: block-partner, partner: nobody }\n", "c.yaml");
    expect(() => applyChanges(twoPartnerScenario(), set)).toThrow(/unknown partner "nobody".*known: p1, p2/);
  });
});

describe("whatIf", () => {
  it("re-plans from the baseline when the chosen partner is blocked and lists what moved", () => {
    const scenario = twoPartnerScenario();
    const baseline = planRoadmap(scenario, {}, FAST);
    expect(baseline.decisions[0]!.partner).toBe("p2");
    const changes = parseChangeSet("changes:\n  - { type: block-partner, partner: p2 }\n", "c.yaml");
    const result = whatIf(scenario, changes, {}, { ...FAST, baseline });
    expect(result.decisions[0]!.partner).toBe("p1");
    expect(result.diff).toContainEqual({
      activity: "chip:N25:negotiate",
      field: "partner",
      before: "p2",
      after: "p1",
    });
    expect(result.diff).toContainEqual(expect.objectContaining({ activity: "plan", field: "totalCost" }));
  });

  it("delays the plan when the only tranche arrives later", () => {
    const scenario = twoPartnerScenario((s) => {
      s.funds = {
        instruments: [
          { id: "frp", kind: "grant", name: "Fund", tranches: [{ date: "2025-01-01", amount: 10_000 }] },
        ],
      };
    });
    const changes = parseChangeSet(
      "changes:\n  - { type: delay-tranche, instrument: frp, days: 91 }\n",
      "c.yaml",
    );
    const result = whatIf(scenario, changes, {}, FAST);
    expect(result.diff).toContainEqual({
      activity: "plan",
      field: "completion",
      before: "2025-07-16",
      after: "2025-10-15",
    });
  });
});

describe("what-if monotonicity: less money or fewer engineers never look like a gain", () => {
  it("never finishes earlier after a cut unless it says the baseline missed that plan", async () => {
    const fc = (await import("fast-check")).default;
    const { minimalScenario } = await import("../scenario/minimal.ts");
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 14 }),
        fc.integer({ min: 200, max: 3000 }),
        fc.constantFrom(0.3, 0.5, 0.8),
        fc.integer({ min: 1, max: 4 }),
        (engineers, amount, factor, seed) => {
          const scenario = minimalScenario((s) => {
            s.targets.push({ ...s.targets[0]!, id: "chip2", name: "Second chip" });
            s.workforce = { pools: [{ id: "eng", name: "Engineers", initial: engineers }], training: [] };
            s.models![0]!.workPackages = [
              { kind: "negotiate", duration: 8, cost: 100, engineers: 2 },
              { kind: "transfer", duration: 20, cost: 1000, engineers: 4 },
            ];
            s.funds = {
              instruments: [
                {
                  id: "f",
                  kind: "grant",
                  name: "Grant",
                  tranches: [
                    { date: "2025-01-01", amount },
                    { date: "2025-06-01", amount },
                  ],
                },
              ],
            };
          });
          const opts = { ...FAST, seed, maxSchedules: 200, explainSchedules: 0 };
          const baseline = planRoadmap(scenario, {}, opts);
          for (const change of [
            `changes: [{ type: cut-tranche, instrument: f, date: 2025-06-01, factor: ${factor} }]`,
            `changes: [{ type: engineers, pool: eng, initial: ${Math.max(0, engineers - 2)} }]`,
          ]) {
            const r = whatIf(scenario, parseChangeSet(change, "c.yaml"), {}, { ...opts, baseline });
            if (r.completion.date !== null && baseline.completion.date !== null) {
              if (r.completion.date < baseline.completion.date) {
                expect(r.baselineImprovable?.reason).toMatch(/also feasible under the original scenario/);
              } else {
                expect(r.baselineImprovable).toBeUndefined();
              }
            }
          }
        },
      ),
      { numRuns: 25, seed: 7 },
    );
  });
});
