import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../compile/compiled.ts";
import type { Problem } from "../model.ts";
import { parsePsplib } from "../psplib/parse.ts";
import { SeededRandom } from "../random.ts";
import { solve } from "../search/solve.ts";
import { validate } from "../validate/validate.ts";
import { bruteForceOptimum, tinyProblemArb } from "./brute-force.test-support.ts";
import { largeNeighbourhoodSearch } from "./lns.ts";

const load = (name: string) =>
  parsePsplib(readFileSync(new URL(`../../test/fixtures/psplib/${name}`, import.meta.url), "utf8"), name);

function makespanOf(p: Problem, starts: ArrayLike<number>): number {
  let m = 0;
  p.activities.forEach((a, i) => {
    m = Math.max(m, starts[i]! + a.modes[0]!.duration);
  });
  return m;
}

describe("largeNeighbourhoodSearch", () => {
  it("returns schedules that pass the validator and are never worse than the incumbent", () => {
    fc.assert(
      fc.property(tinyProblemArb(5), fc.integer({ min: 1, max: 1000 }), (p, seed) => {
        const first = solve(p, { maxSchedules: 5, maxNodes: 0, seed });
        if (!first.schedule) return;
        const c = compile(p);
        const modes = new Int32Array(c.n);
        const r = largeNeighbourhoodSearch(c, modes, first.schedule.starts, 300, new SeededRandom(seed));
        const schedule = { modes: Array.from(modes), starts: Array.from(r.starts) };
        expect(validate(p, schedule)).toEqual([]);
        expect(r.makespan).toBe(makespanOf(p, r.starts));
        expect(r.makespan).toBeLessThanOrEqual(first.makespan!);
        expect(r.makespan).toBeGreaterThanOrEqual(bruteForceOptimum(p, 14) ?? 0);
      }),
      { numRuns: 100, seed: 16 },
    );
  });

  it("improves a weak incumbent of a j30 instance, every step valid", () => {
    const p = load("j3029_4.sm");
    const weak = solve(p, { maxSchedules: 20, maxNodes: 0, seed: 1 });
    const c = compile(p);
    const modes = new Int32Array(c.n);
    const r = largeNeighbourhoodSearch(c, modes, weak.schedule!.starts, 3000, new SeededRandom(1));
    expect(validate(p, { modes: Array.from(modes), starts: Array.from(r.starts) })).toEqual([]);
    expect(r.makespan).toBeLessThan(weak.makespan!);
    expect(r.improvements).toBeGreaterThan(0);
  });

  it("runs inside solve when asked, with valid and deterministic results", () => {
    const p = load("j3045_2.sm");
    const a = solve(p, { maxSchedules: 1000, seed: 3, lns: true });
    const b = solve(p, { maxSchedules: 1000, seed: 3, lns: true });
    expect(validate(p, a.schedule!)).toEqual([]);
    expect(a).toEqual({ ...b, elapsedMs: a.elapsedMs });
  });
});
