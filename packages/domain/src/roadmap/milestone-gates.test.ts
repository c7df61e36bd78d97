import { describe, expect, it } from "vitest";
import { minimalScenario, minimalScenarioInput } from "../scenario/minimal.ts";
import { parseScenario } from "../scenario/parse.ts";
import { planRoadmap } from "./plan-roadmap.ts";
import { FAST } from "./testing/fixtures.ts";

describe("milestones that gate work and money", () => {
  it("no work of a gated target starts before its milestone ends", () => {
    const plan = planRoadmap(
      minimalScenario((s) => {
        s.milestones = [
          { id: "iga", name: "Intergovernmental agreement signed", duration: 10, gates: ["chip"] },
        ];
      }),
      {},
      FAST,
    );
    const iga = plan.activities.find((a) => a.id === "milestone:iga")!;
    expect(iga.finish).toBe("2025-03-12");
    for (const a of plan.activities.filter((x) => x.gapId === "chip:N25"))
      expect(a.start >= iga.finish).toBe(true);
  });

  it("a disbursement waits for its milestone, and no money is spent before it arrives", () => {
    const plan = planRoadmap(
      minimalScenario((s) => {
        s.milestones = [{ id: "credit", name: "Credit approval", duration: 2, earliest: "2025-06-02" }];
        s.funds = {
          instruments: [
            {
              id: "loan",
              kind: "grant",
              name: "Development credit",
              tranches: [{ date: "2025-01-01", amount: 5000, after: "credit" }],
            },
          ],
        };
      }),
      {},
      FAST,
    );
    expect(plan.status).toMatch(/optimal|feasible/);
    const arrival = plan.budget.find((b) => b.cumulativeAvailable > 0)!.date;
    expect(arrival).toBe("2025-06-18"); // week 24 starts 2025-06-11; +2 weeks of approval
    for (const b of plan.budget) if (b.date < arrival) expect(b.cumulativeSpend).toBe(0);
    expect(plan.activities.find((a) => a.id === "milestone:credit")!.finish <= arrival).toBe(true);
  });

  it("rejects a gate that names no target or gap, and a tranche after an unknown milestone", () => {
    const s = minimalScenarioInput();
    s.milestones = [{ id: "m", name: "M", duration: 1, gates: ["chip:N99"] }];
    s.funds = {
      instruments: [
        { id: "f", kind: "grant", name: "F", tranches: [{ date: "2025-01-01", amount: 1, after: "x" }] },
      ],
    };
    const r = parseScenario(JSON.stringify(s, null, 1), "s.json");
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.message])).toEqual([
      ["milestones[0].gates[0]", '"chip:N99" is neither a target id nor a gap id (target:input)'],
      ["funds.instruments[0].tranches[0].after", 'unknown milestone "x"'],
    ]);
  });
});
