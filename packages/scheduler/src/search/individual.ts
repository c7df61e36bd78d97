import type { Compiled } from "../compile/compiled.ts";
import type { SerialSgs } from "../sgs/serial-sgs.ts";

/** A chromosome (activity list + mode list, Hartmann 1998/2001) with its decoded starts and score. */
export interface Individual {
  order: Int32Array;
  modes: Int32Array;
  starts: Int32Array;
  /** [violation, objective terms...]; compared lexicographically, lower is better. */
  score: Float64Array;
}

export function newIndividual(n: number, terms: number): Individual {
  return {
    order: new Int32Array(n),
    modes: new Int32Array(n),
    starts: new Int32Array(n),
    score: new Float64Array(1 + terms),
  };
}

export function copyInto(dst: Individual, src: Individual): void {
  dst.order.set(src.order);
  dst.modes.set(src.modes);
  dst.starts.set(src.starts);
  dst.score.set(src.score);
}

export function compareScores(a: Float64Array, b: Float64Array): number {
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return 0;
}

/** Latest finish among activities with a due date; the makespan when none has one. */
export function completionOf(c: Compiled, finishes: ArrayLike<number>, makespan: number): number {
  let v = -1;
  for (let i = 0; i < c.n; i++) if (c.dueDate[i]! >= 0 && finishes[i]! > v) v = finishes[i]!;
  return v < 0 ? makespan : v;
}

/** Fills `out` with [violation, terms...] for the schedule held by `sgs`. */
export function scoreSchedule(
  c: Compiled,
  sgs: SerialSgs,
  modes: ArrayLike<number>,
  makespan: number,
  modeExcess: number,
  out: Float64Array,
): void {
  out[0] = sgs.violation + modeExcess;
  for (let t = 0; t < c.objective.length; t++) {
    const term = c.objective[t];
    let v = 0;
    if (term === "makespan") v = makespan;
    else if (term === "completion") v = completionOf(c, sgs.finishes, makespan);
    else if (term === "weightedTardiness") {
      for (let i = 0; i < c.n; i++) {
        const due = c.dueDate[i]!;
        if (due >= 0 && sgs.finishes[i]! > due) v += c.weight[i]! * (sgs.finishes[i]! - due);
      }
    } else {
      for (let i = 0; i < c.n; i++) v += c.cost[c.modeOffset[i]! + modes[i]!]!;
    }
    out[t + 1] = v;
  }
}
