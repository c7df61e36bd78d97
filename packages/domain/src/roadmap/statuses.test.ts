/** One test per status reason: `infeasible` only with a proof stated in dates and names, else `unknown`. */
import { describe, expect, it } from "vitest";
import { minimalScenario } from "../scenario/minimal.ts";
import { planRoadmap } from "./plan-roadmap.ts";
import { FAST, PROHIBIT_3E, twoPartnerScenario } from "./testing/fixtures.ts";

describe("plan statuses and their reasons", () => {
  it("feasible: a date, a bound not after it, and the search that found it", () => {
    const plan = planRoadmap(minimalScenario(), {}, FAST);
    expect(plan.status).toMatch(/^(optimal|feasible)$/);
    expect(plan.completion.date).toBe("2025-07-16");
    expect(plan.stats.earliestCompletionDate <= plan.completion.date!).toBe(true);
    expect(plan.stats).toMatchObject({ profile: "standard", maxSchedules: 300, escalations: 0, seed: 7 });
  });

  it("no lawful option for a gap: infeasible, the rest still planned, the gap the blocking decision", () => {
    const plan = planRoadmap(
      minimalScenario((s) => {
        s.targets[0]!.inputs.push({ input: "N35" });
        s.partners![0]!.offers!.push({ input: "N35", node: 28, capacity: 1000, categories: ["3B"] });
        s.rules = { exportControls: [{ ...PROHIBIT_3E, id: "wa-3b", categories: ["3B"] }] };
      }),
      {},
      FAST,
    );
    expect(plan.status).toBe("infeasible");
    expect(plan.blocking).toEqual([
      expect.objectContaining({ gapId: "chip:N35", targetId: "chip", rules: ["wa-3b"] }),
    ]);
    expect(plan.activities.some((a) => a.gapId === "chip:N25")).toBe(true);
    expect(plan.targets[0]).toMatchObject({ productionStart: null, blockedBy: ["chip:N35"] });
    expect(plan.completion.date).toBeNull();
  });

  it("a deadline before the earliest possible date: infeasible, both dates named", () => {
    const plan = planRoadmap(
      minimalScenario((s) => {
        s.targets[0]!.dueDate = "2025-03-01";
        s.targets[0]!.deadline = "2025-04-01";
      }),
      {},
      FAST,
    );
    expect(plan.status).toBe("infeasible");
    expect(plan.reason).toBe(
      "the deadline 2025-04-01 of target Co-processor (chip) is before its earliest possible date 2025-07-16 (the shortest lawful options, with no resource limits)",
    );
  });

  it("a horizon that ends before the earliest possible completion: infeasible", () => {
    const plan = planRoadmap(
      minimalScenario((s) => {
        s.program.horizon = 10;
      }),
      {},
      FAST,
    );
    expect(plan.status).toBe("infeasible");
    expect(plan.reason).toContain("the planning horizon ends on 2025-03-12");
  });

  it("funds below the cheapest possible spend: infeasible, with the currency", () => {
    const plan = planRoadmap(
      twoPartnerScenario((s) => {
        s.funds = {
          instruments: [
            { id: "g", kind: "grant", name: "Grant", tranches: [{ date: "2025-01-01", amount: 500 }] },
          ],
        };
      }),
      {},
      FAST,
    );
    expect(plan.status).toBe("infeasible");
    expect(plan.reason).toBe(
      "the funds provide 500 RUB in total (after training), less than the 880 RUB the cheapest lawful option of every gap needs together",
    );
  });

  it("every option needs more engineers than will ever exist: the gap is blocking, in names and numbers", () => {
    const plan = planRoadmap(
      minimalScenario((s) => {
        s.workforce = { pools: [{ id: "eng", name: "Engineers", initial: 3 }], training: [] };
        s.models![0]!.workPackages[1]!.engineers = 5;
      }),
      {},
      FAST,
    );
    expect(plan.status).toBe("infeasible");
    expect(plan.blocking[0]!.reason).toContain(
      "p1/tt: Transfer technology: N25 needs 5 of engineers:eng at once, the programme never has more than 3",
    );
  });

  const lateMoney = (date: string) =>
    twoPartnerScenario((s) => {
      s.funds = {
        instruments: [
          {
            id: "g",
            kind: "grant",
            name: "Grant",
            tranches: [
              { date: "2025-01-01", amount: 80 },
              { date, amount: 5000 },
            ],
          },
        ],
      };
      s.program.horizon = 110; // ends 2027-02-10
    });

  it("money that arrives only after the horizon: infeasible, with the date and the amounts", () => {
    const plan = planRoadmap(lateMoney("2027-06-01"), {}, FAST);
    expect(plan.status).toBe("infeasible");
    expect(plan.reason).toBe(
      "the funds arriving by the end of the planning horizon (2027-02-10) provide 80 RUB (after training), less than the 880 RUB the cheapest lawful options need before volume production",
    );
  });

  it("nothing found and nothing proven: unknown after escalating the budget twice, never a date", () => {
    // The money arrives in time, but the 20-week transfer it pays for cannot end by the horizon;
    // no proof above combines money with durations, so this is not proven, only not found.
    const plan = planRoadmap(lateMoney("2027-01-01"), {}, { ...FAST, explainSchedules: 0 });
    expect(plan.status).toBe("unknown");
    expect(plan.completion.date).toBeNull();
    expect(plan.activities).toEqual([]);
    expect(plan.stats).toMatchObject({ escalations: 2, maxSchedules: 4800 });
    expect(plan.reason).toMatch(
      /after the planning horizon ends \(2027-02-10\).*nothing proves that no plan exists/,
    );
  });
});
