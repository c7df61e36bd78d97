/**
 * The baseline every engine number is compared against in the same run: plain random sampling
 * with the serial schedule generation scheme (Kelley 1963; Kolisch 1996). Each schedule draws a
 * random precedence-feasible activity list and a uniformly random mode per activity (among
 * modes that fit the renewable capacities), then places activities one by one at their earliest
 * resource-feasible start. Mode vectors that break a non-renewable capacity are counted as
 * generated but discarded. No priority rules, no improvement, no bounds: it is the floor.
 */
import type { Problem } from "../src/model.ts";
import { safeHorizon } from "./peer/mrcpsp-data.ts";

export interface BaselineResult {
  makespan?: number;
  schedule?: { modes: number[]; starts: number[] };
  schedulesGenerated: number;
  elapsedMs: number;
}

/** Mulberry32 (Tommy Ettinger): a tiny seeded PRNG, enough for a sampling baseline. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomSerialSgs(
  problem: Problem,
  options: { maxSchedules: number; seed: number; timeLimitMs?: number },
): BaselineResult {
  const started = performance.now();
  const random = mulberry32(options.seed);
  const n = problem.activities.length;
  const capacity = problem.renewable.map((resource) =>
    typeof resource.capacity === "number"
      ? resource.capacity
      : Math.min(...resource.capacity.map((s) => s.capacity)),
  );
  const usableModes = problem.activities.map((activity) =>
    activity.modes.flatMap((mode, m) => (mode.renewable.every((d, k) => d <= capacity[k]!) ? [m] : [])),
  );
  const incoming: Problem["precedences"][number][][] = Array.from({ length: n }, () => []);
  const successors: number[][] = Array.from({ length: n }, () => []);
  const predecessorCount = new Array<number>(n).fill(0);
  for (const p of problem.precedences) {
    incoming[p.to]!.push(p);
    successors[p.from]!.push(p.to);
    predecessorCount[p.to]!++;
  }
  const horizon = safeHorizon(problem) + 1;
  const usage = problem.renewable.map(() => new Int32Array(horizon));
  let best: BaselineResult["schedule"];
  let bestMakespan = Number.POSITIVE_INFINITY;
  let generated = 0;
  const modes = new Array<number>(n).fill(0);
  const starts = new Array<number>(n).fill(0);
  while (generated < options.maxSchedules) {
    if (options.timeLimitMs !== undefined && performance.now() - started >= options.timeLimitMs) break;
    generated++;
    for (let i = 0; i < n; i++) {
      const usable = usableModes[i]!;
      modes[i] = usable[Math.floor(random() * usable.length)] ?? 0;
    }
    const nonRenewableOk = problem.nonRenewable.every((resource, k) => {
      let used = 0;
      for (let i = 0; i < n; i++) used += problem.activities[i]!.modes[modes[i]!]!.nonRenewable[k] ?? 0;
      return used <= resource.capacity;
    });
    if (!nonRenewableOk) continue;
    for (const profile of usage) profile.fill(0);
    const remaining = [...predecessorCount];
    const eligible = remaining.flatMap((count, i) => (count === 0 ? [i] : []));
    let makespan = 0;
    while (eligible.length > 0) {
      const pick = Math.floor(random() * eligible.length);
      const i = eligible[pick]!;
      eligible[pick] = eligible[eligible.length - 1]!;
      eligible.pop();
      const mode = problem.activities[i]!.modes[modes[i]!]!;
      let t = problem.activities[i]!.release ?? 0;
      for (const p of incoming[i]!) {
        const from = problem.activities[p.from]!.modes[modes[p.from]!]!;
        t = Math.max(t, starts[p.from]! + (p.type === "FS" ? from.duration : 0) + p.lag);
      }
      for (let fits = false; !fits && t + mode.duration < horizon; ) {
        fits = true;
        for (let k = 0; k < usage.length && fits; k++) {
          const demand = mode.renewable[k] ?? 0;
          if (demand === 0) continue;
          const profile = usage[k]!;
          for (let u = t; u < t + mode.duration; u++) {
            if (profile[u]! + demand > capacity[k]!) {
              fits = false;
              t = u + 1;
              break;
            }
          }
        }
      }
      starts[i] = t;
      for (let k = 0; k < usage.length; k++) {
        const demand = mode.renewable[k] ?? 0;
        if (demand === 0) continue;
        for (let u = t; u < t + mode.duration; u++) usage[k]![u]! += demand;
      }
      makespan = Math.max(makespan, t + mode.duration);
      for (const next of successors[i]!) if (--remaining[next]! === 0) eligible.push(next);
    }
    if (makespan < bestMakespan) {
      bestMakespan = makespan;
      best = { modes: [...modes], starts: [...starts] };
    }
  }
  const result: BaselineResult = { schedulesGenerated: generated, elapsedMs: performance.now() - started };
  if (best) {
    result.schedule = best;
    result.makespan = bestMakespan;
  }
  return result;
}
