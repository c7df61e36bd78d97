import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capacityOver, compile } from "../compile/compiled.ts";
import { allSchedules, oneResourceProblem, tinyProblemArb } from "./brute-force.test-support.ts";
import { TimeWindows } from "./time-windows.ts";

describe("TimeWindows (precedence + time-tabling)", () => {
  it("never removes a start that a feasible schedule with makespan <= T uses (brute force)", () => {
    fc.assert(
      fc.property(tinyProblemArb(4), fc.integer({ min: 0, max: 8 }), (p, T) => {
        const c = compile(p);
        const w = new TimeWindows(c, new Int32Array(c.n), T);
        w.reset(T);
        const ok = w.propagate(T);
        const feasible = allSchedules(p, T);
        if (!ok) {
          expect(feasible).toEqual([]);
          return;
        }
        for (const s of feasible) {
          for (let i = 0; i < c.n; i++) {
            expect(s[i]).toBeGreaterThanOrEqual(w.est[i]!);
            expect(s[i]).toBeLessThanOrEqual(w.lst[i]!);
          }
        }
      }),
      { numRuns: 150, seed: 14 },
    );
  });

  it("with a placed part (the branch and bound), never removes a start of a schedule that extends it (brute force)", () => {
    fc.assert(
      fc.property(
        tinyProblemArb(5),
        fc.integer({ min: 0, max: 9 }),
        fc.nat(),
        fc.integer({ min: 0, max: 5 }),
        (p, T, pick, m) => {
          const feasible = allSchedules(p, T);
          if (feasible.length === 0) return;
          const c = compile(p);
          const s = feasible[pick % feasible.length]!;
          // Placed: a prefix of the activities in start order, each with its predecessors placed.
          const byStart = Array.from({ length: c.n }, (_, i) => i).sort((a, b) => s[a]! - s[b]! || a - b);
          const mask = new Uint8Array(c.n);
          let t = 0;
          for (const i of byStart.slice(0, m)) {
            let ready = true;
            for (let q = c.predOffset[i]!; q < c.predOffset[i + 1]!; q++)
              ready &&= mask[c.predFrom[q]!] === 1;
            if (!ready) break;
            mask[i] = 1;
            t = s[i]!;
          }
          const w = new TimeWindows(c, new Int32Array(c.n), T);
          w.reset(T);
          const span = T + 1;
          const room = capacityOver(c, span);
          for (let i = 0; i < c.n; i++) {
            if (mask[i]) {
              w.est[i] = s[i]!;
              w.lst[i] = s[i]!;
              const g = c.modeOffset[i]!;
              for (let k = 0; k < c.nR; k++)
                for (let x = s[i]!; x < s[i]! + c.dur[g]!; x++) room[k * span + x]! -= c.req[g * c.nR + k]!;
            } else if (w.est[i]! < t) w.est[i] = t;
          }
          // The schedules the branch and bound may still reach: the placed part kept, the rest from t on.
          const reachable = feasible.filter((f) => f.every((x, i) => (mask[i] ? x === s[i] : x >= t)));
          const ok = w.propagate(T, { mask, room });
          if (!ok) {
            expect(reachable).toEqual([]);
            return;
          }
          for (const f of reachable)
            for (let i = 0; i < c.n; i++) {
              expect(f[i]).toBeGreaterThanOrEqual(w.est[i]!);
              expect(f[i]).toBeLessThanOrEqual(w.lst[i]!);
            }
        },
      ),
      { numRuns: 400, seed: 22 },
    );
  });

  it("shaving never removes a start that a feasible schedule with makespan <= T uses (brute force)", () => {
    fc.assert(
      fc.property(tinyProblemArb(4), fc.integer({ min: 0, max: 8 }), (p, T) => {
        const c = compile(p);
        const w = new TimeWindows(c, new Int32Array(c.n), T);
        w.reset(T);
        const feasible = allSchedules(p, T);
        const ok = w.propagate(T) && w.shave(T, 1000).feasible;
        if (!ok) {
          expect(feasible).toEqual([]);
          return;
        }
        for (const s of feasible) {
          for (let i = 0; i < c.n; i++) {
            expect(s[i]).toBeGreaterThanOrEqual(w.est[i]!);
            expect(s[i]).toBeLessThanOrEqual(w.lst[i]!);
          }
        }
      }),
      { numRuns: 200, seed: 21 },
    );
  });

  it("overload checking on a clique refutes a makespan that pairs and time-tabling accept", () => {
    // Three unit-capacity activities of 2 periods each cannot finish by 5, but their windows
    // [0, 3] have no compulsory part and every pair can still be ordered either way.
    const c = compile(
      oneResourceProblem(
        1,
        ["a", "b", "c"].map((id) => ({ id, duration: 2, demand: 1 })),
      ),
    );
    const w = new TimeWindows(c, [0, 0, 0], 6);
    w.reset(5);
    expect(w.propagate(5)).toBe(false);
    w.reset(6);
    expect(w.propagate(6)).toBe(true);
    expect(w.shave(6, 100).feasible).toBe(true);
  });

  it("shaving spends no probe once the clock has passed stopAt (time limits cover the root shave)", () => {
    const c = compile(
      oneResourceProblem(
        1,
        ["a", "b", "c"].map((id) => ({ id, duration: 2, demand: 1 })),
      ),
    );
    const w = new TimeWindows(c, [0, 0, 0], 9);
    w.reset(9);
    expect(w.propagate(9)).toBe(true);
    expect(w.shave(9, 1000, performance.now() - 1)).toEqual({ feasible: true, probes: 0 });
    expect(w.shave(9, 1000).probes).toBeGreaterThan(0);
  });

  it("edge finding on five activities never removes a start a feasible schedule uses (brute force)", () => {
    fc.assert(
      fc.property(tinyProblemArb(5), fc.integer({ min: 2, max: 7 }), (p, T) => {
        const c = compile(p);
        const w = new TimeWindows(c, new Int32Array(c.n), T);
        w.reset(T);
        const feasible = allSchedules(p, T);
        const ok = w.propagate(T) && w.shave(T, 1000).feasible;
        if (!ok) {
          expect(feasible).toEqual([]);
          return;
        }
        for (const s of feasible) {
          for (let i = 0; i < c.n; i++) {
            expect(s[i]).toBeGreaterThanOrEqual(w.est[i]!);
            expect(s[i]).toBeLessThanOrEqual(w.lst[i]!);
          }
        }
      }),
      { numRuns: 150, seed: 23 },
    );
  });

  it("pushes an activity past the compulsory part of another on a unit-capacity resource", () => {
    const p = {
      activities: [
        { id: "a", modes: [{ duration: 3, renewable: [1], nonRenewable: [] }] },
        { id: "b", modes: [{ duration: 2, renewable: [1], nonRenewable: [] }] },
      ],
      precedences: [],
      renewable: [{ id: "R", capacity: 1 }],
      nonRenewable: [],
      budgets: [],
    };
    const c = compile(p);
    const w = new TimeWindows(c, [0, 0], 5);
    w.reset(4);
    // a must run in [0,4): its compulsory part is [1,3), so b (2 periods) fits nowhere.
    expect(w.propagate(4)).toBe(false);
    w.reset(5);
    expect(w.propagate(5)).toBe(true);
    expect([w.est[0], w.lst[0], w.est[1], w.lst[1]]).toEqual([0, 2, 0, 3]);
  });

  it("orders two activities that can never overlap when only one order fits (disjunctive pair)", () => {
    const p = {
      activities: [
        { id: "a", release: 4, modes: [{ duration: 2, renewable: [2], nonRenewable: [] }] },
        { id: "b", deadline: 7, modes: [{ duration: 3, renewable: [2], nonRenewable: [] }] },
      ],
      precedences: [],
      renewable: [{ id: "R", capacity: 3 }],
      nonRenewable: [],
      budgets: [],
    };
    const c = compile(p);
    const w = new TimeWindows(c, [0, 0], 8);
    // T = 8: a in [4, 6], b in [0, 4], no compulsory part, so time-tabling sees nothing; but a
    // cannot finish by b's latest start, so b goes first and must finish by a's latest start 6.
    w.reset(8);
    expect(w.propagate(8)).toBe(true);
    expect([w.est[0], w.lst[0], w.est[1], w.lst[1]]).toEqual([4, 6, 0, 3]);
    // T = 6 with b released late enough that neither order fits: a in [4, 4], b in [2, 3].
    const late = compile({ ...p, activities: [p.activities[0]!, { ...p.activities[1]!, release: 2 }] });
    const v = new TimeWindows(late, [0, 0], 6);
    v.reset(6);
    expect(v.propagate(6)).toBe(false);
  });
});
