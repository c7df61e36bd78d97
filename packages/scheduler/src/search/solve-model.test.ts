import { describe, expect, it } from "vitest";
import type { Activity, Mode, Problem } from "../model.ts";
import { validate } from "../validate/validate.ts";
import { solve } from "./solve.ts";

/** The general model as the roadmap planner uses it: each test is the smallest case where a rule binds. */
const mode = (duration: number, renewable: number[], extra: Partial<Mode> = {}): Mode => ({
  duration,
  renewable,
  nonRenewable: [],
  ...extra,
});
const problem = (activities: Activity[], patch: Partial<Problem> = {}): Problem => ({
  activities,
  precedences: [],
  renewable: [{ id: "R1", capacity: 1 }],
  nonRenewable: [],
  budgets: [],
  ...patch,
});
const run = (p: Problem) => {
  const r = solve(p, { maxSchedules: 500, seed: 1 });
  if (r.schedule) expect(validate(p, r.schedule)).toEqual([]);
  return r;
};

describe("solve on the general model", () => {
  it("waits until a time-varying capacity is large enough", () => {
    const p = problem([{ id: "a", modes: [mode(2, [2])] }], {
      renewable: [
        {
          id: "R1",
          capacity: [
            { from: 0, capacity: 1 },
            { from: 5, capacity: 2 },
          ],
        },
      ],
    });
    expect(run(p).schedule!.starts).toEqual([5]);
  });

  it("lets an SS successor start after the lag, before its predecessor finishes", () => {
    const p = problem(
      [
        { id: "a", modes: [mode(10, [0])] },
        { id: "b", modes: [mode(1, [0])] },
      ],
      {
        precedences: [{ from: 0, to: 1, type: "SS", lag: 3 }],
      },
    );
    expect(run(p).schedule!.starts).toEqual([0, 3]);
  });

  it("respects release dates", () => {
    expect(run(problem([{ id: "a", modes: [mode(1, [1])], release: 4 }])).schedule!.starts).toEqual([4]);
  });

  it("waits for the budget tranche that pays for an activity drawn at its start", () => {
    const p = problem([{ id: "a", modes: [mode(2, [0], { budget: [10] })] }], {
      budgets: [
        {
          id: "B1",
          draw: "start",
          tranches: [
            { time: 0, amount: 4 },
            { time: 6, amount: 6 },
          ],
        },
      ],
    });
    expect(run(p).schedule!.starts).toEqual([6]);
  });

  it("starts a spread-drawn activity as soon as every period's spend is covered", () => {
    // 9 over 3 periods = 3 a period; arrivals 3 at t=0 and 6 at t=2: starting at 1 spends 3, 6, 9 by 1, 2, 3.
    const p = problem([{ id: "a", modes: [mode(3, [0], { budget: [9] })] }], {
      budgets: [
        {
          id: "B1",
          draw: "spread",
          tranches: [
            { time: 0, amount: 3 },
            { time: 2, amount: 6 },
          ],
        },
      ],
    });
    expect(run(p).schedule!.starts).toEqual([1]);
  });

  it("chooses modes that fit a non-renewable total", () => {
    const modes = [mode(1, [0], { nonRenewable: [5] }), mode(4, [0], { nonRenewable: [1] })];
    const p = problem(
      ["a", "b"].map((id) => ({ id, modes })),
      { nonRenewable: [{ id: "N1", capacity: 6 }], precedences: [{ from: 0, to: 1, type: "FS", lag: 0 }] },
    );
    const r = run(p);
    expect(r.makespan).toBe(5);
    expect([...r.schedule!.modes].sort()).toEqual([0, 1]);
  });

  it("minimises cost first when the objective says so", () => {
    const p = problem([{ id: "a", modes: [mode(1, [0], { cost: 9 }), mode(5, [0], { cost: 2 })] }], {
      objective: ["cost", "makespan"],
    });
    const r = run(p);
    expect(r.schedule!.modes).toEqual([1]);
    expect(r.objective).toEqual([2, 5]);
    expect(r.status).toBe("feasible");
  });

  it("orders activities to minimise weighted tardiness", () => {
    const p = problem(
      [
        { id: "late-ok", modes: [mode(3, [1])], dueDate: 10, tardinessWeight: 1 },
        { id: "urgent", modes: [mode(3, [1])], dueDate: 3, tardinessWeight: 5 },
      ],
      { objective: ["weightedTardiness"] },
    );
    const r = run(p);
    expect(r.schedule!.starts).toEqual([3, 0]);
    expect(r.objective).toEqual([0]);
  });

  it("proves a single-mode problem whose deadlines cannot be met infeasible by exhaustive search", () => {
    // Each activity alone finishes by 2, but they share the single unit of R1: one must end at 4.
    const p = problem([
      { id: "a", modes: [mode(2, [1])], deadline: 3 },
      { id: "b", modes: [mode(2, [1])], deadline: 3 },
    ]);
    const r = run(p);
    expect(r.status).toBe("infeasible");
    expect(r.schedule).toBeUndefined();
    expect(r.infeasibility).toEqual([
      "exhaustive search (branch and bound): no schedule meets every deadline",
    ]);
    expect(r.nodes).toBeGreaterThan(0);
  });

  it("says unknown, not infeasible, when deadlines cannot be met but nothing proves it (multi-mode, no nodes)", () => {
    const p = problem([
      { id: "a", modes: [mode(2, [1]), mode(3, [1])], deadline: 3 },
      { id: "b", modes: [mode(2, [1]), mode(3, [1])], deadline: 3 },
    ]);
    const r = solve(p, { maxSchedules: 500, maxNodes: 0, seed: 1 });
    expect(r.status).toBe("unknown");
    expect(r.schedule).toBeUndefined();
  });

  it("proves a multi-mode problem infeasible by exhausting the branch and bound over modes, with the reason", () => {
    // Two activities on one unit of capacity, each at least 2 long, both due by 3.
    const p = problem([
      { id: "a", modes: [mode(2, [1]), mode(3, [1])], deadline: 3 },
      { id: "b", modes: [mode(2, [1]), mode(3, [1])], deadline: 3 },
    ]);
    const r = run(p);
    expect(r.status).toBe("infeasible");
    expect(r.schedule).toBeUndefined();
    expect(r.infeasibility).toEqual([
      "exhaustive search (branch and bound over modes and starts): no mode assignment within the non-renewable capacities has a schedule that meets every deadline",
    ]);
  });

  it("proves a small multi-mode makespan problem optimal where the bounds cannot (branch and bound over modes)", () => {
    // Three 2-period activities, each on either of two unit resources: no single-resource bound
    // sees more than the critical path (2), yet one resource must run two of them: 4.
    const either = [mode(2, [1, 0]), mode(2, [0, 1])];
    const p = problem(
      ["a", "b", "c"].map((id) => ({ id, modes: either })),
      {
        renewable: [
          { id: "R1", capacity: 1 },
          { id: "R2", capacity: 1 },
        ],
      },
    );
    const r = run(p);
    expect(r.status).toBe("optimal");
    expect(r.makespan).toBe(4);
    expect(r.lowerBound).toBe(4);
    expect(r.nodes).toBeGreaterThan(0);
  });

  it("keeps a warm start's quality and reports progress", () => {
    const p = problem(
      Array.from({ length: 6 }, (_, i) => ({ id: `${i}`, modes: [mode(1 + (i % 3), [1])] })),
      { renewable: [{ id: "R1", capacity: 2 }] },
    );
    const initial = { modes: [0, 0, 0, 0, 0, 0], starts: [0, 0, 2, 3, 5, 6] };
    expect(validate(p, initial)).toEqual([]);
    const seen: number[] = [];
    const r = solve(p, {
      maxSchedules: 50,
      seed: 2,
      initial,
      onProgress: (x) => seen.push(x.schedulesGenerated),
    });
    expect(r.makespan).toBeLessThanOrEqual(8);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[seen.length - 1]).toBe(r.schedulesGenerated);
  });

  it("rejects a precedence cycle as bad input naming the activities", () => {
    const p = problem(
      [
        { id: "a", modes: [mode(1, [0])] },
        { id: "b", modes: [mode(1, [0])] },
      ],
      {
        precedences: [
          { from: 0, to: 1, type: "FS", lag: 0 },
          { from: 1, to: 0, type: "SS", lag: 0 },
        ],
      },
    );
    expect(() => solve(p)).toThrow(/precedence cycle a → b → a/);
  });
});
