import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile } from "../compile/compiled.ts";
import { parsePsplib } from "../psplib/parse.ts";
import { validate } from "../validate/validate.ts";
import { runSearch } from "./run-search.ts";
import { solve } from "./solve.ts";

const load = (name: string) =>
  parsePsplib(readFileSync(new URL(`../../test/fixtures/psplib/${name}`, import.meta.url), "utf8"), name);

describe("the genetic search's stall rule (hand-over to the branch and bound under a time limit)", () => {
  it("stops once the best has not improved for stallSchedules and for as many as it took to find it", () => {
    const c = compile(load("j301_1.sm"));
    for (const stallSchedules of [200, 1000, 3000]) {
      let last = 0;
      const out = runSearch(c, {
        maxSchedules: 1_000_000,
        timeLimitMs: 60_000,
        seed: 3,
        lowerBound: 0, // never met, so only the stall rule (or the budget) can end the search
        stallSchedules,
        onImprove: (_best, schedules) => {
          last = schedules;
        },
      });
      const quiet = out.schedules - last;
      expect(quiet).toBeGreaterThanOrEqual(Math.max(stallSchedules, last));
      // One child's decodes (forward-backward passes) past the threshold at most.
      expect(quiet).toBeLessThan(Math.max(stallSchedules, last) + 50);
    }
  });

  it("runs to the schedule budget without it", () => {
    const c = compile(load("j301_1.sm"));
    const out = runSearch(c, { maxSchedules: 4000, timeLimitMs: 60_000, seed: 3, lowerBound: 0 });
    expect(out.schedules).toBe(4000);
  });

  it("does not apply at work budgets: solve spends every schedule of the budget", () => {
    // j3029_4 (optimum 103, bounds far below): the GA cannot stop at a bound, and 70,000 schedules
    // are more than the stall rule would allow it (1,000 per activity and at most twice the last
    // improvement) - so all of them being spent shows the rule is off without a time limit.
    const p = load("j3029_4.sm");
    const r = solve(p, { maxSchedules: 70_000, maxNodes: 1, seed: 1 });
    expect(r.schedulesGenerated).toBe(70_000);
    // The same search with a time limit far off: the rule ends it before the schedule budget.
    const timed = solve(p, { maxSchedules: 70_000, maxNodes: 1, seed: 1, timeLimitMs: 600_000 });
    expect(timed.schedulesGenerated).toBeLessThan(70_000);
  });

  it("under a time limit, on an instance the GA cannot close, the schedule validates and no false proof", () => {
    // j3029_4: optimum 103 (PSPLIB); its lower bounds are far below, so the GA does not stop at a bound.
    const p = load("j3029_4.sm");
    const r = solve(p, { timeLimitMs: 1000, seed: 1 });
    expect(validate(p, r.schedule!)).toEqual([]);
    expect(r.makespan).toBeGreaterThanOrEqual(103);
    if (r.status === "optimal") expect(r.makespan).toBe(103);
    expect(r.lowerBound).toBeLessThanOrEqual(103);
    expect(r.nodes).toBeGreaterThan(0);
  });
});
