import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../compile/compiled.ts";
import { validate } from "../validate/validate.ts";
import { branchAndBound } from "./branch-and-bound.ts";
import { bruteForceOptimum, tinyProblemArb } from "./brute-force.test-support.ts";

const HORIZON = 14;

/** Random problems with plain finish-to-start precedences (lag 0), where the cutset rule applies. */
function plainFinishStart(maxActivities: number, minActivities = 1) {
  return tinyProblemArb(maxActivities)
    .filter((p) => p.activities.length >= minActivities)
    .map((p) => ({
      ...p,
      activities: p.activities.map(({ deadline: _deadline, ...a }) => a),
      precedences: p.precedences.map((e) => ({ ...e, type: "FS" as const, lag: 0 })),
    }));
}

describe("branchAndBound", () => {
  it("finds the exhaustive-search optimum and never claims a bound a better schedule beats", () => {
    fc.assert(
      fc.property(tinyProblemArb(5), (p) => {
        const c = compile(p);
        const modes = new Int32Array(c.n);
        const opt = bruteForceOptimum(p, HORIZON);
        const r = branchAndBound(c, modes, { upperBound: HORIZON + 1, nodeLimit: 1e6 });
        expect(r.exhausted).toBe(true);
        expect(r.makespan).toBe(opt);
        if (r.starts) {
          expect(validate(p, { modes: Array.from(modes), starts: Array.from(r.starts) })).toEqual([]);
        }
        if (opt !== undefined) {
          // Asked for something better than the optimum: exhausted with nothing found.
          const below = branchAndBound(c, modes, { upperBound: opt, nodeLimit: 1e6 });
          expect(below.exhausted).toBe(true);
          expect(below.starts).toBeUndefined();
        }
      }),
      { numRuns: 200, seed: 14 },
    );
  });

  it("with root shaving, still finds the exhaustive optimum and proves nothing below it", () => {
    fc.assert(
      fc.property(tinyProblemArb(5), (p) => {
        const c = compile(p);
        const modes = new Int32Array(c.n);
        const opt = bruteForceOptimum(p, HORIZON);
        const r = branchAndBound(c, modes, { upperBound: HORIZON + 1, nodeLimit: 1e6, shaveProbes: 200 });
        expect(r.exhausted).toBe(true);
        expect(r.makespan).toBe(opt);
        if (opt !== undefined) {
          // Root shaving at the optimum itself must not refute it.
          const at = branchAndBound(c, modes, { upperBound: opt + 1, nodeLimit: 1e6, shaveProbes: 200 });
          expect(at.makespan).toBe(opt);
        }
      }),
      { numRuns: 200, seed: 22 },
    );
  });

  it("keeps the optimum with the cutset rule (finish-to-start, lag 0 only) against brute force", () => {
    const plain = tinyProblemArb(5).map((p) => ({
      ...p,
      precedences: p.precedences.map((e) => ({ ...e, type: "FS" as const, lag: 0 })),
    }));
    fc.assert(
      fc.property(plain, (p) => {
        const c = compile(p);
        const r = branchAndBound(c, new Int32Array(c.n), { upperBound: HORIZON + 1, nodeLimit: 1e6 });
        expect(r.exhausted).toBe(true);
        expect(r.makespan).toBe(bruteForceOptimum(p, HORIZON));
      }),
      { numRuns: 150, seed: 17 },
    );
  });

  it("without the cutset rule, finds the exhaustive optimum of finish-to-start problems (brute force)", () => {
    fc.assert(
      fc.property(plainFinishStart(5), (p) => {
        const c = compile(p);
        const r = branchAndBound(c, new Int32Array(c.n), {
          upperBound: HORIZON + 1,
          nodeLimit: 1e6,
          cutsetRule: false,
        });
        expect(r.exhausted).toBe(true);
        expect(r.makespan).toBe(bruteForceOptimum(p, HORIZON));
      }),
      { numRuns: 60, seed: 18 },
    );
  });

  it("the cutset rule, compared at the windows' earliest open start, keeps every optimum on 7-10 activities", () => {
    // Too many activities for enumeration: the oracle is the search without the cutset rule
    // (checked against brute force above). Tight capacities make many partial schedules share
    // a placed set, so the rule fires often; a false domination would lose the optimum here.
    let pruned = 0;
    fc.assert(
      fc.property(plainFinishStart(10, 7), (p) => {
        const c = compile(p);
        const modes = new Int32Array(c.n);
        const plain = branchAndBound(c, modes, { upperBound: 40, nodeLimit: 1e7, cutsetRule: false });
        const withRule = branchAndBound(c, modes, { upperBound: 40, nodeLimit: 1e7 });
        expect(plain.exhausted && withRule.exhausted).toBe(true);
        expect(withRule.makespan).toBe(plain.makespan);
        if (withRule.starts)
          expect(validate(p, { modes: Array.from(modes), starts: Array.from(withRule.starts) })).toEqual([]);
        if (plain.makespan !== undefined) {
          // Refuting makespan <= optimum - 1 with the rule must agree with the plain search.
          const below = branchAndBound(c, modes, { upperBound: plain.makespan, nodeLimit: 1e7 });
          expect(below.exhausted).toBe(true);
          expect(below.starts).toBeUndefined();
        }
        pruned += plain.nodes - withRule.nodes;
      }),
      { numRuns: 400, seed: 1414 },
    );
    expect(pruned).toBeGreaterThan(0);
  });

  it("with any branching priority (the LNS's), finds the exhaustive optimum and proves nothing below it", () => {
    // Children then come in any order of their starts, so a child refuted at one start must not
    // narrow a sibling placed at another (the refuted-sibling rule applies at the same start only).
    fc.assert(
      fc.property(
        tinyProblemArb(5),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 5, maxLength: 5 }),
        (p, rank) => {
          const c = compile(p);
          const modes = new Int32Array(c.n);
          const priority = Int32Array.from({ length: c.n }, (_, i) => rank[i] ?? 0);
          const opt = bruteForceOptimum(p, HORIZON);
          const r = branchAndBound(c, modes, { upperBound: HORIZON + 1, nodeLimit: 1e6, priority });
          expect(r.exhausted).toBe(true);
          expect(r.makespan).toBe(opt);
          if (opt !== undefined) {
            const below = branchAndBound(c, modes, { upperBound: opt, nodeLimit: 1e6, priority });
            expect(below.starts).toBeUndefined();
          }
        },
      ),
      { numRuns: 300, seed: 16 },
    );
  });

  it("re-optimises only the free activities around fixed ones", () => {
    fc.assert(
      fc.property(tinyProblemArb(5), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (p, keep) => {
        const c = compile(p);
        const modes = new Int32Array(c.n);
        const full = branchAndBound(c, modes, { upperBound: HORIZON + 1, nodeLimit: 1e6 });
        if (!full.starts) return;
        const fixed = Array.from(full.starts, (s, i) => (keep[i] ? s : -1));
        const r = branchAndBound(c, modes, { upperBound: HORIZON + 1, nodeLimit: 1e6, fixed });
        // The optimum itself is a completion of its own fixed part.
        expect(r.makespan).toBe(full.makespan);
        for (let i = 0; i < c.n; i++) if (keep[i]) expect(r.starts![i]).toBe(full.starts[i]);
        expect(validate(p, { modes: Array.from(modes), starts: Array.from(r.starts!) })).toEqual([]);
      }),
      { numRuns: 200, seed: 15 },
    );
  });

  it("stops at the node limit without claiming exhaustion", () => {
    const p = {
      activities: Array.from({ length: 6 }, (_, i) => ({
        id: `a${i}`,
        modes: [{ duration: 1 + (i % 3), renewable: [1], nonRenewable: [] }],
      })),
      precedences: [],
      renewable: [{ id: "R", capacity: 2 }],
      nonRenewable: [],
      budgets: [],
    };
    const r = branchAndBound(compile(p), new Int32Array(6), { upperBound: 100, nodeLimit: 3 });
    expect(r.nodes).toBe(3);
    expect(r.exhausted).toBe(false);
  });
});
