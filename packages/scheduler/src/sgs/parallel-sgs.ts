import type { Compiled } from "../compile/compiled.ts";
import { ResourceProfile } from "./resource-profile.ts";

/**
 * Parallel schedule-generation scheme (Kolisch 1996): time advances over decision points; at
 * each, the eligible activities (all predecessors scheduled, earliest start reached) are started
 * in activity-list priority while they fit. Produces non-delay schedules, a different region of
 * the search space than the serial SGS. With time-varying capacity or budgets the next decision
 * point is the next period, since availability can rise at any step.
 */
export class ParallelSgs {
  readonly starts: Int32Array;
  readonly finishes: Int32Array;
  violation = 0;
  private readonly profile: ResourceProfile;
  private readonly done: Uint8Array;
  private readonly missing: Int32Array;
  private readonly es: Int32Array;

  constructor(private readonly c: Compiled) {
    this.profile = new ResourceProfile(c, c, true);
    this.starts = new Int32Array(c.n);
    this.finishes = new Int32Array(c.n);
    this.done = new Uint8Array(c.n);
    this.missing = new Int32Array(c.n);
    this.es = new Int32Array(c.n);
  }

  private earliestStart(j: number): number {
    const c = this.c;
    let es = c.release[j]!;
    for (let e = c.predOffset[j]!; e < c.predOffset[j + 1]!; e++) {
      const p = c.predFrom[e]!;
      const t = (c.predFromEnd[e] ? this.finishes[p]! : this.starts[p]!) + c.predLag[e]!;
      if (t > es) es = t;
    }
    return es;
  }

  decode(order: ArrayLike<number>, modes: ArrayLike<number>): number {
    const c = this.c;
    const { n, modeOffset, dur } = c;
    const { done, missing, es, profile } = this;
    profile.reset();
    done.fill(0);
    for (let j = 0; j < n; j++) missing[j] = c.predOffset[j + 1]! - c.predOffset[j]!;
    for (let j = 0; j < n; j++) if (missing[j] === 0) es[j] = c.release[j]!;
    const stepwise = !c.capConstant || c.nB > 0;
    let scheduled = 0;
    let t = 0;
    let violation = 0;
    let makespan = 0;
    const place = (j: number, start: number, d: number) => {
      done[j] = 1;
      scheduled++;
      this.starts[j] = start;
      this.finishes[j] = start + d;
      if (start + d > c.deadline[j]!) violation += start + d - c.deadline[j]!;
      if (start + d > makespan) makespan = start + d;
      for (let e = c.succOffset[j]!; e < c.succOffset[j + 1]!; e++) {
        const s = c.succTo[e]!;
        if (--missing[s]! === 0) es[s] = this.earliestStart(s);
      }
    };
    while (scheduled < n) {
      if (t >= profile.H) {
        // Nothing fits before the horizon: place the rest at their earliest starts, penalised.
        for (let x = 0; x < n; x++) {
          const j = order[x]!;
          if (done[j] || missing[j]! > 0) continue;
          place(j, Math.max(es[j]!, 0), dur[modeOffset[j]! + modes[j]!]!);
          violation += profile.H;
          x = -1;
        }
        break;
      }
      let next = Number.POSITIVE_INFINITY;
      for (let x = 0; x < n; x++) {
        const j = order[x]!;
        if (done[j] || missing[j]! > 0) continue;
        if (es[j]! > t) {
          if (es[j]! < next) next = es[j]!;
          continue;
        }
        const g = modeOffset[j]! + modes[j]!;
        const d = dur[g]!;
        if (!profile.fitsAt(g, t, d)) {
          if (t + 1 < next && stepwise) next = t + 1;
          continue;
        }
        profile.book(g, t, d);
        place(j, t, d);
        x = -1; // newly eligible successors (zero lag) may start now, in list priority
      }
      for (let j = 0; j < n; j++)
        if (done[j] && this.finishes[j]! > t && this.finishes[j]! < next) next = this.finishes[j]!;
      t = Number.isFinite(next) ? next : t + 1;
    }
    this.violation = violation;
    return makespan;
  }
}
