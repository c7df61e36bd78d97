import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Problem } from "../model.ts";
import { parsePsplib } from "./parse.ts";
import { writePsplib } from "./write.ts";

/** Random PSPLIB-representable problems: ids "1".."N", forward FS edges with lag 0, constant capacities. */
const psplibProblem: fc.Arbitrary<Problem> = fc
  .record({
    n: fc.integer({ min: 1, max: 12 }),
    nR: fc.integer({ min: 1, max: 4 }),
    nN: fc.integer({ min: 0, max: 3 }),
    values: fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 400, maxLength: 400 }),
  })
  .map(({ n, nR, nN, values }) => {
    let k = 0;
    const next = () => values[k++ % values.length]!;
    const activities = Array.from({ length: n }, (_, i) => ({
      id: String(i + 1),
      modes: Array.from({ length: 1 + (next() % 3) }, () => ({
        duration: next() % 20,
        renewable: Array.from({ length: nR }, next),
        nonRenewable: Array.from({ length: nN }, next),
      })),
    }));
    const precedences: Problem["precedences"][number][] = [];
    for (let from = 0; from < n; from++) {
      for (let to = from + 1; to < n; to++)
        if (next() % 4 === 0) precedences.push({ from, to, type: "FS", lag: 0 });
    }
    return {
      name: "random",
      activities,
      precedences,
      renewable: Array.from({ length: nR }, (_, r) => ({ id: `R${r + 1}`, capacity: next() })),
      nonRenewable: Array.from({ length: nN }, (_, r) => ({ id: `N${r + 1}`, capacity: next() })),
      budgets: [],
      horizon: next() * 10,
    };
  });

describe("PSPLIB round trip", () => {
  it("parse(write(p)) equals p for every PSPLIB-representable problem", () => {
    fc.assert(
      fc.property(psplibProblem, (p) => {
        expect(parsePsplib(writePsplib(p), "random.mm")).toEqual(p);
      }),
      { numRuns: 300 },
    );
  });
});
