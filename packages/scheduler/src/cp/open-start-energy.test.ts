import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capacityOver, compile } from "../compile/compiled.ts";
import { allSchedules, oneResourceProblem, tinyProblemArb } from "./brute-force.test-support.ts";
import { OpenStartEnergy } from "./open-start-energy.ts";
import { TimeWindows } from "./time-windows.ts";

describe("OpenStartEnergy", () => {
  it("with a placed part and narrowed windows, never removes a start a schedule inside them uses (brute force)", () => {
    let moved = 0;
    let refuted = 0;
    fc.assert(
      fc.property(
        tinyProblemArb(5),
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.nat(7), { minLength: 10, maxLength: 10 }),
        fc.nat(31),
        (p, T, cuts, placedBits) => {
          const c = compile(p);
          const w = new TimeWindows(c, new Int32Array(c.n), T);
          w.reset(T);
          // Narrow the widest windows at random (as a node would) and fix some activities at
          // their earliest start (placed): the room is the capacity less their usage.
          const est = Int32Array.from(w.est);
          const lst = Int32Array.from(w.lst);
          const mask = new Uint8Array(c.n);
          const span = T + 1;
          const room = capacityOver(c, span);
          for (let i = 0; i < c.n; i++) {
            const width = lst[i]! - est[i]!;
            if (width < 0) return;
            est[i]! += cuts[2 * i]! % (width + 1);
            lst[i]! -= cuts[2 * i + 1]! % (lst[i]! - est[i]! + 1);
            if ((placedBits >> i) & 1) {
              mask[i] = 1;
              lst[i] = est[i]!;
              for (let k = 0; k < c.nR; k++)
                for (let x = est[i]!; x < est[i]! + w.dur[i]!; x++)
                  room[k * span + x]! -= c.req[w.mode[i]! * c.nR + k]!;
            }
          }
          const inside = allSchedules(p, T).filter((s) => s.every((st, i) => st >= est[i]! && st <= lst[i]!));
          const before = Int32Array.from(est);
          const outcome = new OpenStartEnergy(c, w.mode, w.dur, span).run(est, lst, T, mask, room, false);
          if (outcome < 0) {
            refuted++;
            expect(inside).toEqual([]);
            return;
          }
          if (outcome > 0) moved++;
          expect(est.filter((e, i) => e !== before[i]).length).toBe(outcome);
          for (const s of inside)
            for (let i = 0; i < c.n; i++) {
              expect(s[i]).toBeGreaterThanOrEqual(est[i]!);
              expect(s[i]).toBeLessThanOrEqual(lst[i]!);
            }
        },
      ),
      { numRuns: 600, seed: 47 },
    );
    // The property is only worth something if the reasoning fires on some of the cases.
    expect(moved).toBeGreaterThan(10);
    expect(refuted).toBeGreaterThan(10);
  });

  it("refutes a node whose open work cannot fit before the bound, though no window has a compulsory part", () => {
    // a (2 units, placed at 0 for 2 periods) leaves 1 of 3 units in [0, 2). b, c, d: 2 periods
    // each, windows [0, 2] under T = 4 (no compulsory part). At 1 unit each they do 6 unit-periods
    // in [0, 4), where the room is 1 + 1 + 3 + 3 = 8: it stands. With d needing 3 units the work is
    // 10: refuted in one pass.
    const make = (dDemand: number) =>
      compile(
        oneResourceProblem(3, [
          { id: "a", duration: 2, demand: 2 },
          { id: "b", duration: 2, demand: 1 },
          { id: "c", duration: 2, demand: 1 },
          { id: "d", duration: 2, demand: dDemand },
        ]),
      );
    const outcome = (dDemand: number) => {
      const c = make(dDemand);
      const w = new TimeWindows(c, new Int32Array(4), 4);
      w.reset(4);
      const mask = Uint8Array.from([1, 0, 0, 0]);
      const room = new Int32Array(5);
      for (let t = 0; t < 5; t++) room[t] = t < 2 ? 1 : 3;
      const est = Int32Array.from([0, 0, 0, 0]);
      const lst = Int32Array.from([0, 2, 2, 2]);
      return new OpenStartEnergy(c, w.mode, w.dur, 5).run(est, lst, 4, mask, room, false);
    };
    expect(outcome(1)).toBeGreaterThanOrEqual(0);
    expect(outcome(3)).toBe(-1);
  });

  it("moves an earliest start exactly to where the others leave room, not one period further", () => {
    // Unit capacity, T = 4: a (2 periods) must start at 0, b (2 periods) in [0, 2]. Over [0, 3)
    // a takes 2 of the 3 unit-periods, so b may overlap it by at most 1 period: b starts at 2 or
    // later, and b at 2 is a schedule.
    const c = compile(
      oneResourceProblem(1, [
        { id: "a", duration: 2, demand: 1 },
        { id: "b", duration: 2, demand: 1 },
      ]),
    );
    const w = new TimeWindows(c, new Int32Array(2), 4);
    const est = Int32Array.from([0, 0]);
    const lst = Int32Array.from([0, 2]);
    const room = Int32Array.from([1, 1, 1, 1, 1]);
    const outcome = new OpenStartEnergy(c, w.mode, w.dur, 5).run(est, lst, 4, new Uint8Array(2), room, false);
    expect(outcome).toBe(1);
    expect([...est]).toEqual([0, 2]);
  });
});
