import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../compile/compiled.ts";
import type { Problem } from "../model.ts";
import { validate } from "../validate/validate.ts";
import { bruteForceOptimum, tinyProblemArb } from "./brute-force.test-support.ts";
import { multiModeBranchAndBound } from "./multi-mode-branch-and-bound.ts";

const HORIZON = 12;

/** Tiny problems with two modes per activity and one non-renewable resource. */
const tinyMultiModeArb = fc
  .tuple(
    tinyProblemArb(4),
    fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 2 }),
      ),
      {
        minLength: 4,
        maxLength: 4,
      },
    ),
    fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
    fc.integer({ min: 0, max: 8 }),
  )
  .map(
    ([p, second, firstNr, capacity]): Problem => ({
      ...p,
      activities: p.activities.map((a, i) => {
        const m = a.modes[0]!;
        const [duration, demand, nr] = second[i]!;
        return {
          ...a,
          modes: [
            { ...m, nonRenewable: [firstNr[i]!] },
            { duration, renewable: m.renewable.map(() => demand), nonRenewable: [nr] },
          ],
        };
      }),
      nonRenewable: [{ id: "N1", capacity }],
    }),
  );

/** The optimum over every mode vector that fits the non-renewable capacity, by enumeration. */
function multiModeOptimum(p: Problem): number | undefined {
  const n = p.activities.length;
  let best: number | undefined;
  for (let v = 0; v < 1 << n; v++) {
    const modeOf = (i: number) => (v >> i) & 1;
    let used = 0;
    for (let i = 0; i < n; i++) used += p.activities[i]!.modes[modeOf(i)]!.nonRenewable[0]!;
    if (used > p.nonRenewable[0]!.capacity) continue;
    const single: Problem = {
      ...p,
      activities: p.activities.map((a, i) => ({
        ...a,
        modes: [{ ...a.modes[modeOf(i)]!, nonRenewable: [] }],
      })),
      nonRenewable: [],
    };
    const opt = bruteForceOptimum(single, HORIZON);
    if (opt !== undefined && (best === undefined || opt < best)) best = opt;
  }
  return best;
}

describe("multiModeBranchAndBound", () => {
  it("finds the optimum over all modes and starts, and proves nothing below it (brute force)", () => {
    fc.assert(
      fc.property(tinyMultiModeArb, (p) => {
        const c = compile(p);
        const opt = multiModeOptimum(p);
        const r = multiModeBranchAndBound(c, { upperBound: HORIZON + 1, nodeLimit: 1e6 });
        expect(r.exhausted).toBe(true);
        expect(r.makespan).toBe(opt);
        if (r.starts && r.modes) {
          expect(validate(p, { modes: Array.from(r.modes), starts: Array.from(r.starts) })).toEqual([]);
        }
        if (opt !== undefined) {
          const below = multiModeBranchAndBound(c, { upperBound: opt, nodeLimit: 1e6 });
          expect(below.exhausted).toBe(true);
          expect(below.starts).toBeUndefined();
        }
      }),
      { numRuns: 150, seed: 31 },
    );
  });

  it("keeps the optimum with the cutset rule (finish-to-start, lag 0, no deadlines) against enumeration", () => {
    const plain = tinyMultiModeArb.map((p) => ({
      ...p,
      activities: p.activities.map(({ deadline: _, ...a }) => a),
      precedences: p.precedences.map((e) => ({ ...e, type: "FS" as const, lag: 0 })),
    }));
    fc.assert(
      fc.property(plain, (p) => {
        const c = compile(p);
        const opt = multiModeOptimum(p);
        const r = multiModeBranchAndBound(c, { upperBound: HORIZON + 1, nodeLimit: 1e6 });
        expect(r.exhausted).toBe(true);
        expect(r.makespan).toBe(opt);
      }),
      { numRuns: 200, seed: 32 },
    );
  });

  it("stops at the node limit without claiming exhaustion", () => {
    const p: Problem = {
      activities: Array.from({ length: 6 }, (_, i) => ({
        id: `a${i}`,
        modes: [
          { duration: 1 + (i % 3), renewable: [1], nonRenewable: [1] },
          { duration: 2 + (i % 3), renewable: [1], nonRenewable: [0] },
        ],
      })),
      precedences: [],
      renewable: [{ id: "R", capacity: 2 }],
      nonRenewable: [{ id: "N", capacity: 3 }],
      budgets: [],
    };
    const r = multiModeBranchAndBound(compile(p), { upperBound: 100, nodeLimit: 3 });
    expect(r.nodes).toBe(3);
    expect(r.exhausted).toBe(false);
  });
});
