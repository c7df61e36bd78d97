import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../compile/compiled.ts";
import type { Problem } from "../model.ts";
import { validate } from "../validate/validate.ts";
import { multiModeBranchAndBound } from "./multi-mode-branch-and-bound.ts";
import { HORIZON, multiModeOptimum, tinyMultiModeArb } from "./multi-mode.test-support.ts";

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
