import type { Compiled, Network, Timeline } from "../compile/compiled.ts";
import { ResourceProfile } from "./resource-profile.ts";

/** Total-consumption constraints (non-renewables, budget totals) seen by the mode-choosing decoder. */
export interface ModeTotals {
  nC: number;
  use: Float64Array;
  cap: Float64Array;
  /** Scratch space for the running totals. */
  used: Float64Array;
}

/**
 * Serial schedule-generation scheme (Kolisch 1996) generalised to the chiproad model: activities
 * are taken in activity-list order and each starts at the earliest period that is
 * precedence-feasible (FS/SS lags, release) and where every renewable resource has room over
 * [t, t+d) against its time-varying capacity and every budget keeps cumulative spend within
 * cumulative arrivals. Preallocated typed arrays: a decode allocates nothing.
 *
 * A violated deadline does not stop the decode: the lateness is added to `violation`, so a
 * search can move from infeasible to feasible lists. An activity that fits nowhere before the
 * horizon is put at its earliest precedence-feasible start without booking and costs `H`.
 */
export class SerialSgs {
  readonly starts: Int32Array;
  readonly finishes: Int32Array;
  /** Total deadline lateness plus H per activity that could not be placed (0 = feasible). */
  violation = 0;
  readonly profile: ResourceProfile;
  private readonly net: Network;

  constructor(
    private readonly c: Compiled,
    options: { network?: Network; timeline?: Timeline; budgets?: boolean } = {},
  ) {
    this.net = options.network ?? c;
    this.profile = new ResourceProfile(c, options.timeline ?? c, options.budgets ?? true);
    this.starts = new Int32Array(c.n);
    this.finishes = new Int32Array(c.n);
  }

  /** Earliest precedence-feasible start of activity j with duration d (predecessors placed). */
  earliestStart(j: number, d: number): number {
    const net = this.net;
    let es = net.release[j]!;
    for (let e = net.predOffset[j]!, end = net.predOffset[j + 1]!; e < end; e++) {
      const p = net.predFrom[e]!;
      let t = (net.predFromEnd[e] ? this.finishes[p]! : this.starts[p]!) + net.predLag[e]!;
      if (net.predToEnd[e]) t -= d;
      if (t > es) es = t;
    }
    return Math.max(es, 0);
  }

  /**
   * Decodes an activity list (a precedence-feasible permutation) with a mode per activity
   * (local mode index) into `starts`/`finishes`; returns the makespan.
   */
  decode(order: ArrayLike<number>, modes: ArrayLike<number>): number {
    const { modeOffset, dur } = this.c;
    const profile = this.profile;
    profile.reset();
    this.violation = 0;
    let makespan = 0;
    for (let idx = 0; idx < order.length; idx++) {
      const j = order[idx]!;
      const g = modeOffset[j]! + modes[j]!;
      const d = dur[g]!;
      const es = this.earliestStart(j, d);
      const f = this.place(j, g, profile.firstFit(g, es, d), es, d);
      if (f > makespan) makespan = f;
    }
    return makespan;
  }

  /**
   * Books activity j in global mode g at t and records its start and finish. When no slot fitted
   * (t < 0) it goes to its earliest start `es` unbooked and costs H; deadline lateness is added to
   * `violation` either way. Returns the finish.
   */
  private place(j: number, g: number, t: number, es: number, d: number): number {
    if (t >= 0) this.profile.book(g, t, d);
    else {
      t = es;
      this.violation += this.profile.H;
    }
    this.starts[j] = t;
    const f = t + d;
    this.finishes[j] = f;
    const deadline = this.net.deadline[j]!;
    if (f > deadline) this.violation += f - deadline;
    return f;
  }

  /**
   * Serial SGS that also chooses modes (in the spirit of Van Peteghem & Vanhoucke 2010's
   * extended SGS): each activity takes, among its live modes, the one that finishes earliest
   * without increasing the excess of any total-consumption constraint (non-renewables, budget
   * totals). `modes` is updated in place; `use`/`cap`/`used` describe those constraints.
   */
  decodeChoosingModes(
    order: ArrayLike<number>,
    modes: Int32Array,
    liveModes: readonly Int32Array[],
    totals: ModeTotals,
  ): number {
    const { modeOffset, dur } = this.c;
    const { nC, use, cap, used } = totals;
    const profile = this.profile;
    profile.reset();
    used.fill(0);
    for (let i = 0; i < this.c.n; i++) {
      const g = modeOffset[i]! + modes[i]!;
      for (let k = 0; k < nC; k++) used[k]! += use[g * nC + k]!;
    }
    this.violation = 0;
    let makespan = 0;
    for (let idx = 0; idx < order.length; idx++) {
      const j = order[idx]!;
      const cur = modeOffset[j]! + modes[j]!;
      let bestG = cur;
      let bestT = profile.firstFit(cur, this.earliestStart(j, dur[cur]!), dur[cur]!);
      let bestF = bestT >= 0 ? bestT + dur[cur]! : Number.POSITIVE_INFINITY;
      for (const m of liveModes[j]!) {
        const g = modeOffset[j]! + m;
        if (g === cur) continue;
        let ok = true;
        for (let k = 0; k < nC && ok; k++) {
          const after = used[k]! - use[cur * nC + k]! + use[g * nC + k]!;
          if (after > cap[k]! && after > used[k]!) ok = false;
        }
        if (!ok) continue;
        const d = dur[g]!;
        const t = profile.firstFit(g, this.earliestStart(j, d), d);
        if (t >= 0 && t + d < bestF) {
          bestF = t + d;
          bestT = t;
          bestG = g;
        }
      }
      if (bestG !== cur) {
        for (let k = 0; k < nC; k++) used[k]! += use[bestG * nC + k]! - use[cur * nC + k]!;
        modes[j] = bestG - modeOffset[j]!;
      }
      const d = dur[bestG]!;
      const f = this.place(j, bestG, bestT, bestT >= 0 ? bestT : this.earliestStart(j, d), d);
      if (f > makespan) makespan = f;
    }
    return makespan;
  }
}
