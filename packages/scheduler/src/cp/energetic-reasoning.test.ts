import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../compile/compiled.ts";
import { allSchedules, oneResourceProblem, tinyProblemArb } from "./brute-force.test-support.ts";
import { EnergeticReasoning } from "./energetic-reasoning.ts";
import { TimeWindows } from "./time-windows.ts";

describe("EnergeticReasoning", () => {
  it("on arbitrary windows never removes a start that a feasible schedule inside them uses (brute force)", () => {
    fc.assert(
      fc.property(
        tinyProblemArb(5),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.nat(7), { minLength: 10, maxLength: 10 }),
        (p, T, cuts) => {
          const c = compile(p);
          const w = new TimeWindows(c, new Int32Array(c.n), T);
          w.reset(T);
          // Narrow the widest windows at random (as a branch-and-bound node would), then keep only
          // the feasible schedules inside them: the ones energetic reasoning must not cut.
          const est = Int32Array.from(w.est);
          const lst = Int32Array.from(w.lst);
          for (let i = 0; i < c.n; i++) {
            const width = lst[i]! - est[i]!;
            if (width <= 0) continue;
            est[i]! += cuts[2 * i]! % (width + 1);
            lst[i]! -= cuts[2 * i + 1]! % (lst[i]! - est[i]! + 1);
          }
          const inside = allSchedules(p, T).filter((s) => s.every((st, i) => st >= est[i]! && st <= lst[i]!));
          const er = new EnergeticReasoning(c, w.mode, w.dur, T + 1);
          const outcome = er.run(est, lst, T);
          if (outcome < 0) {
            expect(inside).toEqual([]);
            return;
          }
          for (const s of inside)
            for (let i = 0; i < c.n; i++) {
              expect(s[i]).toBeGreaterThanOrEqual(est[i]!);
              expect(s[i]).toBeLessThanOrEqual(lst[i]!);
            }
        },
      ),
      { numRuns: 400, seed: 31 },
    );
  });

  it("refutes a makespan whose work exceeds the capacity though no window has a compulsory part", () => {
    // Five 2-period activities needing 1 of 2 units: by T = 4 they need 10 unit-periods of the 8
    // there are. No pair is disjunctive and no window [0, 2] has a compulsory part, so
    // time-tabling, pairs and edge finding accept T = 4; energetic reasoning does not.
    const c = compile(
      oneResourceProblem(
        2,
        ["a", "b", "c", "d", "e"].map((id) => ({ id, duration: 2, demand: 1 })),
      ),
    );
    const w = new TimeWindows(c, new Int32Array(5), 6);
    w.energeticReasoning = false;
    w.reset(4);
    expect(w.propagate(4)).toBe(true);
    w.energeticReasoning = true;
    w.reset(4);
    expect(w.propagate(4)).toBe(false);
    w.reset(6);
    expect(w.propagate(6)).toBe(true);
  });

  it("moves an earliest start past an interval the others fill (adjustment)", () => {
    // a and b (1 unit each of 2) must both run in [0, 2) by their deadlines; c (2 units, 1 period)
    // cannot start at 0 or 1, so energetic reasoning alone (run here without the other
    // propagators) moves its earliest start to 2.
    const p = {
      activities: [
        { id: "a", deadline: 2, modes: [{ duration: 2, renewable: [1], nonRenewable: [] }] },
        { id: "b", deadline: 2, modes: [{ duration: 2, renewable: [1], nonRenewable: [] }] },
        { id: "c", modes: [{ duration: 1, renewable: [2], nonRenewable: [] }] },
      ],
      precedences: [],
      renewable: [{ id: "R", capacity: 2 }],
      nonRenewable: [],
      budgets: [],
    };
    const c = compile(p);
    const w = new TimeWindows(c, new Int32Array(3), 4);
    const er = new EnergeticReasoning(c, w.mode, w.dur, 5);
    w.reset(4);
    const est = Int32Array.from(w.est);
    const lst = Int32Array.from(w.lst);
    expect(er.run(est, lst, 4)).toBeGreaterThan(0);
    expect(est[2]).toBe(2);
  });
});
