import { describe, expect, it } from "vitest";
import type { Activity, Problem } from "../model.ts";
import { explainInfeasibility } from "./infeasibility.ts";
import { lowerBounds } from "./lower-bounds.ts";

const single = (
  id: string,
  duration: number,
  renewable: number[],
  extra: Partial<Activity> = {},
): Activity => ({
  id,
  modes: [{ duration, renewable, nonRenewable: [] }],
  ...extra,
});

const problem = (activities: Activity[], patch: Partial<Problem> = {}): Problem => ({
  activities,
  precedences: [],
  renewable: [{ id: "R1", capacity: 2 }],
  nonRenewable: [],
  budgets: [],
  ...patch,
});

describe("lowerBounds", () => {
  it("takes the longest path with lags and release dates (critical path)", () => {
    const p = problem([single("a", 3, [0], { release: 2 }), single("b", 4, [0])], {
      precedences: [{ from: 0, to: 1, type: "SS", lag: 1 }],
    });
    expect(lowerBounds(p).criticalPath).toBe(2 + 1 + 4);
  });

  it("uses the shortest mode of each activity", () => {
    const p = problem([
      {
        id: "a",
        modes: [
          { duration: 5, renewable: [1], nonRenewable: [] },
          { duration: 2, renewable: [2], nonRenewable: [] },
        ],
      },
    ]);
    expect(lowerBounds(p).criticalPath).toBe(2);
  });

  it("bounds by renewable energy against a capacity that changes over time", () => {
    // Work 3 × 2 = 6 units; capacity 1 for two periods then 2: 1 + 1 + 2 + 2 = 6 by period 4.
    const p = problem([single("a", 3, [1]), single("b", 3, [1])], {
      renewable: [
        {
          id: "R1",
          capacity: [
            { from: 0, capacity: 1 },
            { from: 2, capacity: 2 },
          ],
        },
      ],
    });
    expect(lowerBounds(p).resource).toBe(4);
  });

  it("adds up activities that can never overlap (one-machine clique)", () => {
    // Capacity 2: any two of these exceed it together, so they run one after another (9),
    // more than the energy bound (6 + 8 + 2) / 2 = 8.
    const p = problem([single("a", 3, [2]), single("b", 4, [2]), single("c", 2, [1])]);
    expect(lowerBounds(p).resource).toBe(8);
    expect(lowerBounds(p).disjunctive).toBe(9);
    expect(lowerBounds(p).best).toBe(9);
  });

  it("regression: an SS-linked zero-duration activity does not separate its neighbours", () => {
    const p = problem([single("a", 1, [0]), single("z", 0, [0]), single("b", 1, [0])], {
      precedences: [
        { from: 0, to: 1, type: "SS", lag: 0 },
        { from: 1, to: 2, type: "FS", lag: 0 },
      ],
    });
    expect(lowerBounds(p).best).toBe(1);
  });
});

describe("explainInfeasibility", () => {
  it("names an activity whose every mode needs more than a resource ever has", () => {
    const p = problem([single("4", 1, [12])], { renewable: [{ id: "R2", capacity: 10 }] });
    expect(explainInfeasibility(p)).toEqual([
      "activity 4 needs 12 of R2 in every mode but R2 never exceeds 10",
    ]);
  });

  it("compares the minimal non-renewable demand with the capacity", () => {
    const p = problem(
      [60, 52].map((q, i) => ({
        id: `${i}`,
        modes: [
          { duration: 1, renewable: [0], nonRenewable: [q] },
          { duration: 2, renewable: [0], nonRenewable: [q + 5] },
        ],
      })),
      { nonRenewable: [{ id: "N1", capacity: 100 }] },
    );
    expect(explainInfeasibility(p)).toEqual(["minimal non-renewable demand 112 exceeds capacity 100 of N1"]);
  });

  it("compares the minimal total spend with the budget's tranches", () => {
    const p = problem(
      [{ id: "a", modes: [{ duration: 1, renewable: [0], nonRenewable: [], budget: [120] }] }],
      {
        budgets: [
          {
            id: "B1",
            draw: "start",
            tranches: [
              { time: 0, amount: 50 },
              { time: 3, amount: 40 },
            ],
          },
        ],
      },
    );
    expect(explainInfeasibility(p)).toEqual([
      "total budget 90 of B1 is less than the minimal total spend 120",
    ]);
  });

  it("finds a deadline before the earliest finish", () => {
    const p = problem([single("1", 31, [0]), single("7", 0, [0], { deadline: 30 })], {
      precedences: [{ from: 0, to: 1, type: "FS", lag: 0 }],
    });
    expect(explainInfeasibility(p)).toEqual(["deadline 30 of activity 7 is before its earliest finish 31"]);
  });

  it("proves by exhaustive search that no mode combination fits two non-renewables together", () => {
    // Each activity uses 6 of N1 or 6 of N2: each resource holds only one, so two activities fit, three do not.
    const modes = [
      { duration: 1, renewable: [0], nonRenewable: [6, 0] },
      { duration: 1, renewable: [0], nonRenewable: [0, 6] },
    ];
    const p = problem(
      ["a", "b", "c"].map((id) => ({ id, modes })),
      {
        nonRenewable: [
          { id: "N1", capacity: 10 },
          { id: "N2", capacity: 10 },
        ],
      },
    );
    expect(explainInfeasibility(p)).toEqual([
      "no choice of modes fits N1, N2 together (exhaustive search over mode assignments)",
    ]);
  });

  it("finds nothing to explain in a feasible problem", () => {
    expect(explainInfeasibility(problem([single("a", 2, [1])]))).toEqual([]);
  });
});
