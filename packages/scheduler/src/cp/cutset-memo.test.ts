import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CutsetMemo } from "./cutset-memo.ts";

interface Step {
  remember: boolean;
  key: number;
  t: number;
  placed: number[];
  starts: number[];
  durs: number[];
}

/** The plain rule, kept as the reference: every stored record, compared in full. */
function referenceDominated(records: Step[], s: Step): boolean {
  return records.some(
    (e) =>
      e.key === s.key &&
      e.t <= s.t &&
      s.placed.every((p, i) => {
        if (!p) return true;
        const mine = s.starts[i]! + s.durs[i]!;
        return e.starts[i]! + e.durs[i]! <= Math.max(mine, s.t);
      }),
  );
}

const N = 5;
/** As in the branch and bound, the key is the placed set (here its bits over N activities). */
const stepArb = fc
  .record({
    remember: fc.boolean(),
    key: fc.constantFrom(0b00101, 0b01100, 0b10011, 0b11110),
    t: fc.integer({ min: 0, max: 5 }),
    starts: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: N, maxLength: N }),
    durs: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: N, maxLength: N }),
  })
  .map((s): Step => ({ ...s, placed: Array.from({ length: N }, (_, i) => (s.key >> i) & 1) }));

describe("CutsetMemo", () => {
  it("answers as the plain comparison against every stored record, across growth of its arrays", () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 400 }), (steps) => {
        const partial = { placed: new Uint8Array(N), starts: new Int32Array(N), dur: new Int32Array(N) };
        const memo = new CutsetMemo(partial);
        const stored: Step[] = [];
        for (const s of steps) {
          partial.placed.set(s.placed);
          partial.starts.set(s.starts);
          partial.dur.set(s.durs);
          if (s.remember) {
            expect(memo.remember(s.key, s.t)).toBe(true);
            stored.push(s);
          } else {
            expect(memo.dominated(s.key, s.t)).toBe(referenceDominated(stored, s));
          }
        }
        expect(memo.size).toBe(stored.length);
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it("stops storing at its cap and keeps answering from what it holds", () => {
    const partial = {
      placed: Uint8Array.from([1, 0]),
      starts: new Int32Array(2),
      dur: Int32Array.from([2, 1]),
    };
    // One block (2 + 2 × 7 ints) and four records of one entry each (count, activity, finish).
    const memo = new CutsetMemo(partial, 4 * (16 + 4 * 3));
    const at = (start: number) => {
      partial.starts[0] = start;
      return start;
    };
    for (let s = 10; s < 14; s++) memo.remember(7, at(s));
    expect(memo.size).toBe(4);
    expect(memo.remember(7, at(0))).toBe(false);
    expect(memo.size).toBe(4);
    // The record with start 10 (finish 12) dominates a start of 11 at t = 11; none dominates a start of 9 at t = 9.
    expect(memo.dominated(7, at(11))).toBe(true);
    expect(memo.dominated(7, at(9))).toBe(false);
  });
});
