import type { Compiled } from "../compile/compiled.ts";

/**
 * Energetic reasoning from the open start, for the branch and bound (Lopez, Erschler & Esquirol
 * 1992; Baptiste, Le Pape & Nuijten 2001, ch. 3, on the intervals that begin where the unplaced
 * activities can first start).
 *
 * Below a node every unplaced activity starts at its earliest start or later, so at t1 (the
 * smallest of those) or later. Over [t1, t2) it then does at least its right-shifted work
 * r · clamp(t2 − lst, 0, d), and all of that must fit the room the placed activities leave. With
 * the right-shifted profile p(τ) = Σ r [lst ≤ τ < lst + d] the demand over [t1, t2) is a prefix sum
 * of p, so every t2 is checked in O(n + T) per resource (the general energetic reasoning pays
 * O(n) per interval): slack(t2) = room over [t1, t2) − demand; a negative slack refutes the node.
 *
 * Adjustment: activity i, started at S, does r · clamp(t2 − S, 0, d) in [t1, t2), which may not
 * exceed the room the others leave, a = slack(t2) + its own right-shifted work. Where
 * q = ⌊a / r⌋ < d, S ≥ t2 − q. Only t2 in (est, lst + d) can bind (from lst + d on, i's
 * right-shifted work is all of d and a ≥ r · d), and a t2 binds only where a < r · min(d, t2 − est).
 * The demand depends only on latest starts, so moving earliest starts changes no slack.
 */
export class OpenStartEnergy {
  /** Per resource k, its users: activity memI[x] and demand memR[x], x in [memOffset[k], memOffset[k + 1]). */
  private readonly memOffset: Int32Array;
  private readonly memI: Int32Array;
  private readonly memR: Int32Array;
  /** The right-shifted profile's differences per period (all zero between uses). */
  private readonly diff: Int32Array;
  /** slack[t2] for t2 in (t1, T]. */
  private readonly slack: Int32Array;
  /** The latest starts and t1 of the last pass (see `run`'s `again`). */
  private readonly lastLst: Int32Array;
  private lastT1 = -1;

  /** `mode`/`dur`: each activity's global mode and duration; `span`: the largest T asked, plus one. */
  constructor(
    c: Compiled,
    mode: Int32Array,
    private readonly dur: Int32Array,
    private readonly span: number,
  ) {
    const { n, nR } = c;
    const count = new Int32Array(nR + 1);
    for (let i = 0; i < n; i++)
      for (let k = 0; k < nR; k++) if (dur[i]! > 0 && c.req[mode[i]! * nR + k]! > 0) count[k + 1]!++;
    for (let k = 0; k < nR; k++) count[k + 1]! += count[k]!;
    this.memOffset = Int32Array.from(count);
    this.memI = new Int32Array(count[nR]!);
    this.memR = new Int32Array(count[nR]!);
    const fill = Int32Array.from(count);
    for (let i = 0; i < n; i++)
      for (let k = 0; k < nR; k++) {
        const r = c.req[mode[i]! * nR + k]!;
        if (dur[i] === 0 || r === 0) continue;
        const at = fill[k]!++;
        this.memI[at] = i;
        this.memR[at] = r;
      }
    this.diff = new Int32Array(span + 1);
    this.slack = new Int32Array(span + 1);
    this.lastLst = new Int32Array(n);
  }

  /**
   * One pass under makespan <= T: -1 when some interval [t1, t2) is overloaded or a window
   * empties, else the number of earliest starts moved. `placed`: 1 for a placed activity;
   * `room[k * span + t]`: capacity less the placed activities' usage. `again`: the same T, placed
   * set and room as the last pass, whose moves the other propagators have since taken in: when no
   * latest start and not t1 changed either, the pass would move nothing (the slacks depend only on
   * those, and each earliest start is already past every bound they give), so it is skipped.
   */
  run(
    est: Int32Array,
    lst: Int32Array,
    T: number,
    placed: Uint8Array,
    room: Int32Array,
    again: boolean,
  ): number {
    const { dur, diff, slack, memOffset, memI, memR, span, lastLst } = this;
    let t1 = T;
    for (let x = 0; x < memI.length; x++) {
      const i = memI[x]!;
      if (!placed[i] && est[i]! < t1) t1 = est[i]!;
    }
    if (t1 >= T) return 0;
    if (again && t1 === this.lastT1) {
      let same = true;
      for (let i = 0; i < lastLst.length && same; i++) same = lst[i] === lastLst[i];
      if (same) return 0;
    }
    this.lastT1 = t1;
    lastLst.set(lst);
    let moved = 0;
    const nR = memOffset.length - 1;
    for (let k = 0; k < nR; k++) {
      const from = memOffset[k]!;
      const to = memOffset[k + 1]!;
      let largest = 0;
      // The last right-shifted finish: from there on the slack only grows.
      let last = -1;
      for (let x = from; x < to; x++) {
        const i = memI[x]!;
        if (placed[i]) continue;
        const r = memR[x]!;
        const d = dur[i]!;
        const l = lst[i]!;
        diff[l]! += r;
        diff[l + d]! -= r;
        if (r * d > largest) largest = r * d;
        if (l + d > last) last = l + d;
      }
      if (last < t1) continue;
      let rate = 0;
      let s = 0;
      let least = 2147483647;
      const base = k * span;
      for (let t = t1; t < last; t++) {
        rate += diff[t]!;
        diff[t] = 0;
        s += room[base + t]! - rate;
        slack[t + 1] = s;
        if (s < least) least = s;
      }
      diff[last] = 0;
      if (least < 0) return -1;
      // No interval leaves less room than the largest single work: nothing can move.
      if (least >= largest) continue;
      for (let x = from; x < to; x++) {
        const i = memI[x]!;
        const r = memR[x]!;
        const d = dur[i]!;
        // Every interval leaves i at least its whole work: i cannot move.
        if (placed[i] || r * d <= least) continue;
        const e = est[i]!;
        const l = lst[i]!;
        let start = e;
        for (let t2 = e + 1, end = l + d; t2 < end; t2++) {
          const a = slack[t2]! + (t2 > l ? r * (t2 - l) : 0);
          const overlap = t2 - e < d ? t2 - e : d;
          if (a >= r * overlap) continue;
          const bound = t2 - Math.floor(a / r);
          if (bound > start) start = bound;
        }
        if (start > l) return -1;
        if (start > e) {
          est[i] = start;
          moved++;
        }
      }
    }
    return moved;
  }
}
