import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../compile/compiled.ts";
import { validate } from "../validate/validate.ts";
import { bruteForceOptimum, tinyProblemArb } from "./brute-force.test-support.ts";
import { proveOrImprove } from "./prove.ts";

const HORIZON = 14;

describe("proveOrImprove", () => {
  it("ends at the exhaustive-search optimum and claims optimality only there (brute force)", () => {
    fc.assert(
      fc.property(tinyProblemArb(5), fc.integer({ min: 1, max: 40 }), (p, nodeLimit) => {
        const c = compile(p);
        const modes = new Int32Array(c.n);
        const opt = bruteForceOptimum(p, HORIZON);
        // A small node limit too: a proof claimed after running out of nodes would show here.
        const r = proveOrImprove(c, modes, HORIZON + 1, nodeLimit);
        if (r.starts) {
          expect(validate(p, { modes: Array.from(modes), starts: Array.from(r.starts) })).toEqual([]);
          expect(r.makespan).toBeGreaterThanOrEqual(opt!);
        }
        if (r.optimal) expect(r.makespan ?? HORIZON + 1).toBe(opt ?? HORIZON + 1);
        expect(r.nodes).toBeLessThanOrEqual(nodeLimit);
        const full = proveOrImprove(c, modes, HORIZON + 1, 1e6);
        expect(full.optimal).toBe(true);
        expect(full.makespan).toBe(opt);
      }),
      { numRuns: 200, seed: 41 },
    );
  });
});
