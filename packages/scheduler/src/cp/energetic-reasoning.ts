import type { Compiled } from "../compile/compiled.ts";

/**
 * Energetic reasoning on renewable resources (Lopez, Erschler & Esquirol 1992; Baptiste, Le Pape
 * & Nuijten 2001, ch. 3): over a time interval [t1, t2), activity i needs at least its minimal
 * intersection MI_i = max(0, min(t2 - t1, d_i, ect_i - t1, t2 - lst_i)) periods inside it, whether
 * it is left- or right-shifted in its window. On resource k the mandatory energy
 * W_k = Σ r_ik · MI_i may not exceed the capacity in the interval (a sum over the time-varying
 * capacity, kept as prefix sums), else makespan <= T is infeasible. Adjustment: when i, put at
 * its earliest start, would overlap the interval by more than the room the others leave it
 * (avail = ⌊(C − W + r_ik · MI_i) / r_ik⌋ periods), it cannot start before t2 − avail; symmetrically
 * its latest start drops to t1 + avail − d_i.
 *
 * Intervals tried: t1 in {est_i, lst_i, ect_i}, t2 in {lct_i, lst_i, ect_i} (the sets Baptiste
 * et al. show are the relevant ones for the overload check). Unlike time-tabling it sees the work
 * of activities without a compulsory part, which is what the tight resource sets (RS 0.2) lack.
 */
export class EnergeticReasoning {
  /** Σ_{τ < t} capacity of k at τ: capPrefix[k * (span + 1) + t]. */
  private readonly capPrefix: Int32Array;
  private readonly t1s: Int32Array;
  private readonly t2s: Int32Array;
  /** Activities with a positive duration and some renewable demand. */
  private readonly active: Int32Array;
  private readonly energy: Int32Array;

  constructor(
    private readonly c: Compiled,
    private readonly mode: Int32Array,
    private readonly dur: Int32Array,
    private readonly span: number,
  ) {
    const nR = c.nR;
    this.capPrefix = new Int32Array(nR * (span + 1));
    for (let k = 0; k < nR; k++) {
      let sum = 0;
      for (let t = 0; t < span; t++) {
        this.capPrefix[k * (span + 1) + t] = sum;
        sum += c.cap[k * c.H + Math.min(t, c.H - 1)]!;
      }
      this.capPrefix[k * (span + 1) + span] = sum;
    }
    const active: number[] = [];
    for (let i = 0; i < c.n; i++) {
      if (dur[i] === 0) continue;
      let uses = false;
      for (let k = 0; k < nR; k++) if (c.req[mode[i]! * nR + k]! > 0) uses = true;
      if (uses) active.push(i);
    }
    this.active = Int32Array.from(active);
    this.t1s = new Int32Array(3 * active.length);
    this.t2s = new Int32Array(3 * active.length);
    this.energy = new Int32Array(nR);
  }

  /**
   * One pass over the candidate intervals under makespan <= T: -1 when some interval is
   * overloaded or a window empties, else the number of bounds moved.
   */
  run(est: Int32Array, lst: Int32Array, T: number): number {
    const { c, mode, dur, active, t1s, t2s, energy, capPrefix, span } = this;
    const nR = c.nR;
    const req = c.req;
    let n1 = 0;
    let n2 = 0;
    for (let x = 0; x < active.length; x++) {
      const i = active[x]!;
      const e = est[i]!;
      const l = lst[i]!;
      const d = dur[i]!;
      t1s[n1++] = e;
      t2s[n2++] = l + d;
      t1s[n1++] = l;
      t1s[n1++] = e + d;
      t2s[n2++] = l;
      t2s[n2++] = e + d;
    }
    n1 = sortUnique(t1s, n1);
    n2 = sortUnique(t2s, n2);
    let moved = 0;
    for (let a = 0; a < n1; a++) {
      const t1 = t1s[a]!;
      if (t1 >= T) break;
      for (let b = 0; b < n2; b++) {
        const t2 = t2s[b]!;
        if (t2 <= t1) continue;
        if (t2 > T || t2 >= span + 1) break;
        const len = t2 - t1;
        energy.fill(0);
        for (let x = 0; x < active.length; x++) {
          const i = active[x]!;
          const mi = minimalIntersection(est[i]!, lst[i]!, dur[i]!, t1, t2, len);
          if (mi === 0) continue;
          const g = mode[i]!;
          for (let k = 0; k < nR; k++) energy[k]! += req[g * nR + k]! * mi;
        }
        for (let k = 0; k < nR; k++) {
          const cap = capPrefix[k * (span + 1) + t2]! - capPrefix[k * (span + 1) + t1]!;
          if (energy[k]! > cap) return -1;
          const slack = cap - energy[k]!;
          for (let x = 0; x < active.length; x++) {
            const i = active[x]!;
            const r = req[mode[i]! * nR + k]!;
            if (r === 0) continue;
            const d = dur[i]!;
            const e = est[i]!;
            const l = lst[i]!;
            if (e === l) continue;
            const mi = minimalIntersection(e, l, d, t1, t2, len);
            // Periods of the interval i may occupy beside the others' mandatory energy.
            const room = Math.floor((slack + r * mi) / r);
            if (room >= d || room >= len) continue;
            // Overlap when left-shifted (start at est) and when right-shifted (start at lst).
            const left = Math.max(0, Math.min(len, d, e + d - t1, t2 - e));
            if (left > room && e < t2 - room) {
              est[i] = t2 - room;
              if (est[i]! > lst[i]!) return -1;
              moved++;
            }
            const l2 = lst[i]!;
            const right = Math.max(0, Math.min(len, d, t2 - l2, l2 + d - t1));
            if (right > room && l2 > t1 + room - d) {
              lst[i] = t1 + room - d;
              if (est[i]! > lst[i]!) return -1;
              moved++;
            }
          }
        }
      }
    }
    return moved;
  }
}

/** Periods of [t1, t2) that an activity in window [e, l] with duration d occupies wherever it starts. */
function minimalIntersection(e: number, l: number, d: number, t1: number, t2: number, len: number): number {
  let m = len;
  if (d < m) m = d;
  const leftPart = e + d - t1;
  if (leftPart < m) m = leftPart;
  const rightPart = t2 - l;
  if (rightPart < m) m = rightPart;
  return m > 0 ? m : 0;
}

/** Sorts a[0..n) ascending in place and drops repeats; returns the new length. */
function sortUnique(a: Int32Array, n: number): number {
  const view = a.subarray(0, n);
  view.sort();
  let m = 0;
  for (let x = 0; x < n; x++) if (m === 0 || view[x] !== view[m - 1]) view[m++] = view[x]!;
  return m;
}
