import fc from "fast-check";
import type { Activity, Precedence, Problem, RenewableResource } from "../model.ts";

/**
 * Tiny single-mode problems for cross-checking the CP core against exhaustive enumeration:
 * FS/SS lags, releases, deadlines and (sometimes) capacity that steps over time.
 */
export function tinyProblemArb(maxActivities: number): fc.Arbitrary<Problem> {
  return fc
    .record({
      n: fc.integer({ min: 1, max: maxActivities }),
      nR: fc.integer({ min: 1, max: 2 }),
      seed: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 80, maxLength: 80 }),
    })
    .map(({ n, nR, seed }) => {
      let cursor = 0;
      const int = (lo: number, hi: number) => lo + (seed[cursor++ % seed.length]! % (hi - lo + 1));
      const renewable: RenewableResource[] = Array.from({ length: nR }, (_, k) =>
        int(0, 2) === 0
          ? {
              id: `R${k + 1}`,
              capacity: [
                { from: 0, capacity: int(1, 3) },
                { from: int(1, 4), capacity: int(1, 3) },
              ],
            }
          : { id: `R${k + 1}`, capacity: int(1, 3) },
      );
      const activities: Activity[] = Array.from({ length: n }, (_, i) => {
        const a: Activity = {
          id: `a${i}`,
          modes: [
            {
              duration: int(0, 3),
              renewable: Array.from({ length: nR }, () => int(0, 3)),
              nonRenewable: [],
            },
          ],
        };
        if (int(0, 3) === 0) a.release = int(0, 2);
        if (int(0, 4) === 0) a.deadline = int(2, 9);
        return a;
      });
      const precedences: Precedence[] = [];
      for (let j = 1; j < n; j++) {
        for (let i = 0; i < j; i++) {
          if (int(0, 3) !== 0) continue;
          precedences.push({ from: i, to: j, type: int(0, 2) === 0 ? "SS" : "FS", lag: int(0, 2) });
        }
      }
      return { activities, precedences, renewable, nonRenewable: [], budgets: [] };
    });
}

function capacityAt(r: RenewableResource, t: number): number {
  if (typeof r.capacity === "number") return r.capacity;
  let c = 0;
  for (const s of r.capacity) if (s.from <= t) c = s.capacity;
  return c;
}

/** Whether single-mode starts are feasible, checked directly from the model (no engine code). */
export function feasibleStarts(p: Problem, starts: readonly number[]): boolean {
  const d = (i: number) => p.activities[i]!.modes[0]!.duration;
  for (let i = 0; i < p.activities.length; i++) {
    const a = p.activities[i]!;
    if (starts[i]! < (a.release ?? 0)) return false;
    if (a.deadline !== undefined && starts[i]! + d(i) > a.deadline) return false;
  }
  for (const e of p.precedences) {
    const need = starts[e.from]! + (e.type === "FS" ? d(e.from) : 0) + e.lag;
    if (starts[e.to]! < need) return false;
  }
  let end = 0;
  for (let i = 0; i < p.activities.length; i++) end = Math.max(end, starts[i]! + d(i));
  for (let t = 0; t < end; t++) {
    for (let k = 0; k < p.renewable.length; k++) {
      let use = 0;
      for (let i = 0; i < p.activities.length; i++)
        if (starts[i]! <= t && t < starts[i]! + d(i)) use += p.activities[i]!.modes[0]!.renewable[k]!;
      if (use > capacityAt(p.renewable[k]!, t)) return false;
    }
  }
  return true;
}

/** Every feasible single-mode schedule with makespan <= T (starts enumerated exhaustively). */
export function allSchedules(p: Problem, T: number): number[][] {
  const n = p.activities.length;
  const out: number[][] = [];
  const starts = new Array<number>(n).fill(0);
  const rec = (i: number) => {
    if (i === n) {
      if (feasibleStarts(p, starts)) out.push(starts.slice());
      return;
    }
    const d = p.activities[i]!.modes[0]!.duration;
    for (let s = 0; s + d <= T; s++) {
      starts[i] = s;
      rec(i + 1);
    }
  };
  rec(0);
  return out;
}

/** The smallest makespan of any feasible schedule with makespan <= T, or undefined. */
export function bruteForceOptimum(p: Problem, T: number): number | undefined {
  let best: number | undefined;
  for (const s of allSchedules(p, T)) {
    let ms = 0;
    s.forEach((st, i) => {
      ms = Math.max(ms, st + p.activities[i]!.modes[0]!.duration);
    });
    if (best === undefined || ms < best) best = ms;
  }
  return best;
}

/**
 * A problem on one renewable resource "R" of the given capacity, with no precedences: each activity
 * one mode of `duration` periods needing `demand` units (hand-written cases in the CP tests).
 */
export function oneResourceProblem(
  capacity: number,
  activities: readonly {
    id: string;
    duration: number;
    demand: number;
    release?: number;
    deadline?: number;
  }[],
): Problem {
  return {
    activities: activities.map(({ id, duration, demand, release, deadline }) => ({
      id,
      ...(release !== undefined ? { release } : {}),
      ...(deadline !== undefined ? { deadline } : {}),
      modes: [{ duration, renewable: [demand], nonRenewable: [] }],
    })),
    precedences: [],
    renewable: [{ id: "R", capacity }],
    nonRenewable: [],
    budgets: [],
  };
}
