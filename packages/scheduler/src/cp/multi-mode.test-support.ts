import fc from "fast-check";
import type { Problem } from "../model.ts";
import { bruteForceOptimum, tinyProblemArb } from "./brute-force.test-support.ts";

/** Horizon of the tiny multi-mode problems' enumeration. */
export const HORIZON = 12;

/** Tiny problems with two modes per activity and one non-renewable resource. */
export const tinyMultiModeArb = fc
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
export function multiModeOptimum(p: Problem): number | undefined {
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
