import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../compile/compiled.ts";
import type { Problem } from "../model.ts";
import { solve } from "../search/solve.ts";
import { validate } from "../validate/validate.ts";
import { ASSIGNMENTS_PER_NODE, NODES_PER_VECTOR_ROOT, modeVectorSearch } from "./mode-vector-search.ts";
import { HORIZON, multiModeOptimum, tinyMultiModeArb } from "./multi-mode.test-support.ts";

describe("modeVectorSearch", () => {
  it("reaches the optimum over all mode vectors and starts with a valid schedule, and proves nothing below it (enumeration)", () => {
    let found = 0;
    fc.assert(
      fc.property(tinyMultiModeArb, (p) => {
        const c = compile(p);
        const opt = multiModeOptimum(p);
        const r = modeVectorSearch(c, HORIZON + 1, 1e7);
        expect(r.makespan).toBe(opt);
        // A proof is claimed only where the enumeration agrees.
        if (r.exhausted && r.makespan === undefined) expect(opt).toBeUndefined();
        if (opt === undefined) return;
        found++;
        const schedule = { modes: Array.from(r.modes!), starts: Array.from(r.starts!) };
        expect(validate(p, schedule)).toEqual([]);
        expect(r.exhausted).toBe(true);
        const below = modeVectorSearch(c, opt, 1e7);
        expect(below.starts).toBeUndefined();
        expect(below.exhausted).toBe(true);
      }),
      { numRuns: 200, seed: 41 },
    );
    expect(found).toBeGreaterThan(50);
  });

  it("improves an incumbent only with a strictly shorter schedule, and stops at its node limit", () => {
    const p: Problem = {
      activities: Array.from({ length: 8 }, (_, i) => ({
        id: `a${i}`,
        modes: [
          { duration: 1 + (i % 3), renewable: [2], nonRenewable: [2] },
          { duration: 3 + (i % 3), renewable: [1], nonRenewable: [0] },
        ],
      })),
      precedences: [],
      renewable: [{ id: "R", capacity: 2 }],
      nonRenewable: [{ id: "N", capacity: 6 }],
      budgets: [],
    };
    const c = compile(p);
    const all = modeVectorSearch(c, 100, 1e7);
    expect(all.makespan).toBeDefined();
    expect(validate(p, { modes: Array.from(all.modes!), starts: Array.from(all.starts!) })).toEqual([]);
    // Run to the end, the search already went on below each schedule it found.
    expect(modeVectorSearch(c, all.makespan!, 1e7).starts).toBeUndefined();
    const limited = modeVectorSearch(c, 100, 5);
    expect(limited.nodes).toBeLessThanOrEqual(5);
    expect(limited.exhausted).toBe(false);
  });

  it("counts its work by what it costs and stays within its node limit at every limit", () => {
    fc.assert(
      fc.property(tinyMultiModeArb, fc.integer({ min: 1, max: 60 }), (p, limit) => {
        const c = compile(p);
        const r = modeVectorSearch(c, HORIZON + 1, limit);
        expect(r.nodes).toBeLessThanOrEqual(limit);
        expect(r.nodes).toBeGreaterThanOrEqual(
          Math.floor(r.assignments / ASSIGNMENTS_PER_NODE) + r.vectors * NODES_PER_VECTOR_ROOT,
        );
        // A search stopped by its limit proves nothing.
        const unlimited = modeVectorSearch(c, HORIZON + 1, 1e7);
        if (r.exhausted) expect(r.makespan).toBe(unlimited.makespan);
      }),
      { numRuns: 200, seed: 43 },
    );
  });

  it("runs inside solve by default: valid schedules, the enumerated optimum, nothing better claimed", () => {
    fc.assert(
      fc.property(tinyMultiModeArb, (p) => {
        const opt = multiModeOptimum(p);
        const r = solve(p, { maxSchedules: 30, maxNodes: 100_000, seed: 3 });
        if (opt === undefined) {
          expect(r.schedule).toBeUndefined();
          return;
        }
        expect(r.makespan).toBe(opt);
        expect(r.status).toBe("optimal");
        expect(validate(p, r.schedule!)).toEqual([]);
      }),
      { numRuns: 100, seed: 42 },
    );
  });
});
