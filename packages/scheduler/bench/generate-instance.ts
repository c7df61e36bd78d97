/**
 * A seeded random MRCPSP generator for scale tests (the 1,000-activity memory check). It loosely
 * follows ProGen's shape (Kolisch, Sprecher, Drexl 1995): a source and a sink, activities in
 * topological order with 1–3 successors drawn from the next 60 activities, 3 modes whose
 * durations rise as demands fall, 4 renewable and 2 non-renewable resources with capacities
 * set between the largest single demand and the total, so that instances are feasible but tight.
 */
import type { Mode, Precedence, Problem } from "../src/model.ts";
import { mulberry32 } from "./baseline-random-sgs.ts";

export function randomInstance(activities: number, seed: number): Problem {
  const random = mulberry32(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));
  const n = activities + 2;
  const renewableCount = 4;
  const nonRenewableCount = 2;
  const modesOf: Mode[][] = [];
  for (let i = 0; i < n; i++) {
    if (i === 0 || i === n - 1) {
      modesOf.push([{ duration: 0, renewable: [0, 0, 0, 0], nonRenewable: [0, 0] }]);
      continue;
    }
    const modes: Mode[] = [];
    const base = int(1, 10);
    for (let m = 0; m < 3; m++) {
      modes.push({
        duration: base + m * int(1, 4),
        renewable: Array.from({ length: renewableCount }, () => (random() < 0.5 ? int(1, 10) : 0)),
        nonRenewable: Array.from({ length: nonRenewableCount }, () => int(0, 10 - 3 * m)),
      });
    }
    modesOf.push(modes);
  }
  const precedences: Precedence[] = [];
  const hasPredecessor = new Array<boolean>(n).fill(false);
  for (let i = 1; i < n - 1; i++) {
    const successors = new Set<number>();
    const count = int(1, 3);
    for (let s = 0; s < count; s++) successors.add(Math.min(n - 2, i + int(1, 60)));
    successors.delete(i);
    if (successors.size === 0) successors.add(n - 1);
    for (const to of successors) {
      precedences.push({ from: i, to, type: "FS", lag: 0 });
      hasPredecessor[to] = true;
    }
  }
  for (let i = 1; i < n - 1; i++)
    if (!hasPredecessor[i]) precedences.push({ from: 0, to: i, type: "FS", lag: 0 });
  const hasSuccessor = new Set(precedences.map((p) => p.from));
  for (let i = 1; i < n - 1; i++)
    if (!hasSuccessor.has(i)) precedences.push({ from: i, to: n - 1, type: "FS", lag: 0 });
  const renewable = Array.from({ length: renewableCount }, (_, k) => {
    const peak = Math.max(...modesOf.flatMap((modes) => modes.map((mode) => mode.renewable[k] ?? 0)));
    return { id: `R${k + 1}`, capacity: peak + int(0, peak) };
  });
  const nonRenewable = Array.from({ length: nonRenewableCount }, (_, k) => {
    const least = modesOf.reduce(
      (sum, modes) => sum + Math.min(...modes.map((mode) => mode.nonRenewable[k] ?? 0)),
      0,
    );
    const most = modesOf.reduce(
      (sum, modes) => sum + Math.max(...modes.map((mode) => mode.nonRenewable[k] ?? 0)),
      0,
    );
    return { id: `N${k + 1}`, capacity: Math.round(least + 0.5 * (most - least)) };
  });
  return {
    name: `random-${activities}-seed${seed}`,
    activities: modesOf.map((modes, i) => ({ id: String(i + 1), modes })),
    precedences,
    renewable,
    nonRenewable,
    budgets: [],
  };
}
