import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainInfeasibility } from "../bounds/infeasibility.ts";
import type { Activity, BudgetResource, Precedence, Problem, RenewableResource } from "../model.ts";
import { validate } from "../validate/validate.ts";
import { solve } from "./solve.ts";

/**
 * Random small problems using every feature of the model: several modes with non-renewable
 * and budget use, FS/SS lags, release dates and deadlines, capacity that steps over time and
 * budget tranches with both draw rules. `relaxed` ones are feasible by construction (no
 * deadlines, enough of everything in the long run), so the engine must find a schedule.
 */
function problemArb(relaxed: boolean): fc.Arbitrary<Problem> {
  return fc
    .record({
      n: fc.integer({ min: 1, max: 7 }),
      nR: fc.integer({ min: 1, max: 2 }),
      nN: fc.integer({ min: 0, max: 1 }),
      nB: fc.integer({ min: 0, max: 1 }),
      seed: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 200, maxLength: 200 }),
      spread: fc.boolean(),
      objective: fc.constantFrom<Problem["objective"]>(
        undefined,
        ["makespan"],
        ["weightedTardiness", "makespan"],
        ["cost", "makespan"],
      ),
    })
    .map(({ n, nR, nN, nB, seed, spread, objective }) => {
      let cursor = 0;
      const int = (lo: number, hi: number) => lo + (seed[cursor++ % seed.length]! % (hi - lo + 1));
      const renewable: RenewableResource[] = Array.from({ length: nR }, (_, k) =>
        int(0, 1) === 0
          ? { id: `R${k + 1}`, capacity: int(2, 4) }
          : {
              id: `R${k + 1}`,
              capacity: [
                { from: 0, capacity: int(1, 4) },
                { from: int(1, 5), capacity: int(relaxed ? 3 : 0, 4) },
              ],
            },
      );
      const activities: Activity[] = Array.from({ length: n }, (_, i) => {
        const modes = Array.from({ length: int(1, 3) }, () => ({
          duration: int(0, 4),
          renewable: Array.from({ length: nR }, () => int(0, relaxed ? 2 : 3)),
          nonRenewable: Array.from({ length: nN }, () => int(0, 4)),
          budget: Array.from({ length: nB }, () => int(0, 6)),
          cost: int(0, 9),
        }));
        const a: Activity = { id: `a${i}`, modes };
        if (int(0, 2) === 0) a.release = int(0, 4);
        if (!relaxed && int(0, 3) === 0) a.deadline = int(3, 20);
        if (int(0, 2) === 0) {
          a.dueDate = int(1, 10);
          a.tardinessWeight = int(1, 3);
        }
        return a;
      });
      const precedences: Precedence[] = [];
      for (let to = 1; to < n; to++) {
        for (let from = 0; from < to; from++) {
          if (int(0, 3) === 0)
            precedences.push({ from, to, type: int(0, 1) === 0 ? "FS" : "SS", lag: int(0, 2) });
        }
      }
      const need = (k: number) =>
        activities.reduce((s, a) => s + Math.max(...a.modes.map((m) => m.nonRenewable[k]!)), 0);
      const spend = (k: number) =>
        activities.reduce((s, a) => s + Math.max(...a.modes.map((m) => m.budget![k]!)), 0);
      const nonRenewable = Array.from({ length: nN }, (_, k) => ({
        id: `N${k + 1}`,
        capacity: relaxed ? need(k) : int(0, need(k)),
      }));
      const budgets: BudgetResource[] = Array.from({ length: nB }, (_, k) => {
        const total = relaxed ? spend(k) : int(0, spend(k));
        const first = int(0, total);
        return {
          id: `B${k + 1}`,
          draw: spread ? "spread" : "start",
          tranches: [
            { time: 0, amount: first },
            { time: int(1, 8), amount: total - first },
          ],
        };
      });
      return {
        activities,
        precedences,
        renewable,
        nonRenewable,
        budgets,
        ...(objective ? { objective } : {}),
      };
    });
}

describe("solve on random problems with every constraint type", () => {
  it("returns only schedules that pass the independent validator", () => {
    fc.assert(
      fc.property(problemArb(false), (p) => {
        const r = solve(p, { maxSchedules: 300, seed: 3 });
        if (r.schedule) expect(validate(p, r.schedule)).toEqual([]);
        // A proven reason: a simple one, or the exhaustive branch and bound (cross-checked against
        // brute force in cp/branch-and-bound.test.ts).
        if (r.status === "infeasible" && explainInfeasibility(p).length === 0)
          expect(r.infeasibility?.[0]).toMatch(/^exhaustive search/);
        if (r.status === "optimal") expect(r.makespan).toBe(r.lowerBound);
        if (r.makespan !== undefined) expect(r.makespan).toBeGreaterThanOrEqual(r.lowerBound);
      }),
      { numRuns: 300 },
    );
  });

  it("always finds a schedule when the problem is feasible by construction", () => {
    fc.assert(
      fc.property(problemArb(true), (p) => {
        const r = solve(p, { maxSchedules: 200, seed: 5 });
        expect(r.status === "feasible" || r.status === "optimal").toBe(true);
        expect(validate(p, r.schedule!)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
