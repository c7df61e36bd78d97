import { describe, expect, it } from "vitest";
import { compile } from "../compile/compiled.ts";
import type { Mode, Problem } from "../model.ts";
import { SeededRandom } from "../random.ts";
import { ModeSpace } from "./mode-space.ts";

/** Three activities, each fast-and-expensive (mode 0) or slow-and-cheap (mode 1); budget 5 of N1. */
const mode = (duration: number, cost: number): Mode => ({ duration, renewable: [1], nonRenewable: [cost] });
const p: Problem = {
  activities: ["a", "b", "c"].map((id, i) => ({ id, modes: [mode(2, 3), mode(4 + i, 1)] })),
  precedences: [],
  renewable: [{ id: "R1", capacity: 1 }],
  nonRenewable: [{ id: "N1", capacity: 5 }],
  budgets: [],
};

describe("ModeSpace", () => {
  it("shortFeasible starts from the shortest modes and lengthens the cheapest-to-lengthen until the totals fit", () => {
    const space = new ModeSpace(compile(p));
    const modes = new Int32Array(3);
    expect(space.shortFeasible(modes, new SeededRandom(1), 0)).toBe(0);
    // 3+3+3 = 9 > 5: two activities must go slow; "a" (4 periods) and "b" (5) cost less time than "c" (6).
    expect(Array.from(modes)).toEqual([1, 1, 0]);
  });

  it("shortFeasible with full noise still returns a feasible assignment", () => {
    const space = new ModeSpace(compile(p));
    for (let seed = 1; seed <= 20; seed++) {
      const modes = new Int32Array(3);
      expect(space.shortFeasible(modes, new SeededRandom(seed), 1)).toBe(0);
      expect(space.excess(modes)).toBe(0);
    }
  });

  it("compensate repairs a mode move by changing one other activity, never the moved one", () => {
    const space = new ModeSpace(compile(p));
    const modes = Int32Array.from([1, 0, 0]); // from [1, 1, 0], b made fast: 1+3+3 = 7 > 5
    expect(space.excess(modes)).toBeGreaterThan(0);
    expect(space.compensate(modes, 1, new SeededRandom(1))).toBe(true);
    expect(modes[1]).toBe(0);
    expect(Array.from(modes)).toEqual([1, 0, 1]);
    expect(space.excess(modes)).toBe(0);
  });

  it("compensate reports false when one change cannot restore the totals", () => {
    const space = new ModeSpace(compile(p));
    const modes = Int32Array.from([0, 0, 0]); // 9 > 5 needs two changes
    expect(space.compensate(modes, 0, new SeededRandom(1))).toBe(false);
  });
});
