import { describe, expect, it } from "vitest";
import type { Problem } from "../model.ts";
import { analyze } from "./analyze.ts";

const problem: Problem = {
  activities: [
    { id: "a", modes: [{ duration: 2, renewable: [1], nonRenewable: [], budget: [4], cost: 3 }] },
    {
      id: "b",
      modes: [{ duration: 3, renewable: [1], nonRenewable: [], budget: [6], cost: 5 }],
      dueDate: 4,
      tardinessWeight: 2,
    },
    { id: "c", modes: [{ duration: 1, renewable: [1], nonRenewable: [], budget: [0] }] },
  ],
  precedences: [{ from: 0, to: 1, type: "FS", lag: 0 }],
  renewable: [
    {
      id: "R1",
      capacity: [
        { from: 0, capacity: 2 },
        { from: 3, capacity: 1 },
      ],
    },
  ],
  nonRenewable: [],
  budgets: [{ id: "B1", draw: "spread", tranches: [{ time: 0, amount: 10 }] }],
};

describe("analyze", () => {
  const result = analyze(problem, { modes: [0, 0, 0], starts: [0, 2, 0] });

  it("derives finishes and the makespan from the decisions", () => {
    expect(result.finishes).toEqual([2, 5, 1]);
    expect(result.makespan).toBe(5);
  });

  it("gives usage against the time-varying capacity per period", () => {
    expect(result.renewableProfiles).toEqual([
      { resource: "R1", usage: [2, 1, 1, 1, 1], capacity: [2, 2, 2, 1, 1] },
    ]);
  });

  it("gives cumulative spend against cumulative arrivals (spread draw)", () => {
    expect(result.budgetProfiles).toEqual([
      { resource: "B1", cumulativeSpend: [2, 4, 6, 8, 10], cumulativeArrivals: [10, 10, 10, 10, 10] },
    ]);
  });

  it("traces the critical chain back from the last finish along tight precedences", () => {
    expect(result.criticalPath).toEqual([0, 1]);
  });

  it("adds up mode costs and weighted tardiness", () => {
    expect(result.cost).toBe(8);
    expect(result.weightedTardiness).toBe(2 * (5 - 4));
  });
});

describe("the completion objective", () => {
  it("is the latest finish of the activities with a due date, not the makespan", async () => {
    const { solve } = await import("../search/solve.ts");
    const p: Problem = {
      activities: [
        { id: "deliver", modes: [{ duration: 2, renewable: [], nonRenewable: [] }], dueDate: 10 },
        { id: "ramp", modes: [{ duration: 9, renewable: [], nonRenewable: [] }] },
      ],
      precedences: [{ from: 0, to: 1, type: "SS", lag: 0 }],
      renewable: [],
      nonRenewable: [],
      budgets: [],
      objective: ["completion"],
    };
    const r = solve(p, { maxSchedules: 50, seed: 1 });
    expect(r.objective).toEqual([2]);
    expect(analyze(p, r.schedule!).completion).toBe(2);
    expect(analyze(p, r.schedule!).makespan).toBe(9);
  });
});
