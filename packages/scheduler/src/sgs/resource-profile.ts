import type { Compiled, Timeline } from "../compile/compiled.ts";

/**
 * Remaining renewable capacity per period and budget slack (cumulative arrivals minus cumulative
 * spend) per period, for schedule-generation schemes. Integer time buckets in preallocated
 * typed arrays; `reset` copies the timeline in, nothing is allocated while decoding.
 */
export class ResourceProfile {
  readonly H: number;
  private readonly avail: Int32Array;
  private readonly slack: Float64Array;
  private readonly sufMin: Float64Array;
  private time: Timeline;
  private readonly useBudgets: boolean;
  private preparedFor = -1;

  constructor(
    private readonly c: Compiled,
    time: Timeline,
    budgets: boolean,
  ) {
    this.time = time;
    this.H = time.H;
    this.useBudgets = budgets && c.nB > 0;
    this.avail = new Int32Array(c.nR * time.H);
    this.slack = new Float64Array(this.useBudgets ? c.nB * time.H : 0);
    this.sufMin = new Float64Array(this.useBudgets ? c.nB * time.H : 0);
  }

  setTimeline(time: Timeline): void {
    this.time = time;
  }

  reset(): void {
    this.avail.set(this.time.cap);
    if (this.useBudgets) this.slack.set(this.time.cumArrival);
    this.preparedFor = -1;
  }

  /** True when global mode g spends from some budget (and budgets are checked). */
  spends(g: number): boolean {
    if (!this.useBudgets) return false;
    const { nB, bud } = this.c;
    for (let b = 0; b < nB; b++) if (bud[g * nB + b]! > 0) return true;
    return false;
  }

  /**
   * Earliest t >= from where mode g (duration d) fits the renewable capacities and budgets, or
   * -1 if none before the horizon. Scans each window backwards so a conflict jumps past itself.
   */
  firstFit(g: number, from: number, d: number): number {
    const { nR, req } = this.c;
    const H = this.H;
    const avail = this.avail;
    const budget = this.spends(g);
    let t = Math.max(from, 0);
    search: while (t + d <= H) {
      for (let k = 0; k < nR; k++) {
        const r = req[g * nR + k]!;
        if (r === 0) continue;
        const base = k * H;
        for (let tau = t + d - 1; tau >= t; tau--) {
          if (avail[base + tau]! < r) {
            t = tau + 1;
            continue search;
          }
        }
      }
      if (budget && !this.budgetFits(g, t, d)) {
        t++;
        continue;
      }
      return t;
    }
    return -1;
  }

  /** Whether mode g fits when started exactly at t. */
  fitsAt(g: number, t: number, d: number): boolean {
    if (t < 0 || t + d > this.H) return false;
    const { nR, req } = this.c;
    const H = this.H;
    for (let k = 0; k < nR; k++) {
      const r = req[g * nR + k]!;
      if (r === 0) continue;
      for (let tau = k * H + t, end = k * H + t + d; tau < end; tau++) if (this.avail[tau]! < r) return false;
    }
    return !this.spends(g) || this.budgetFits(g, t, d);
  }

  book(g: number, t: number, d: number): void {
    const { nR, nB, req, bud, drawSpread } = this.c;
    const H = this.H;
    for (let k = 0; k < nR; k++) {
      const r = req[g * nR + k]!;
      if (r === 0) continue;
      for (let tau = k * H + t, end = k * H + t + d; tau < end; tau++) this.avail[tau]! -= r;
    }
    if (!this.spends(g)) return;
    this.preparedFor = -1;
    for (let b = 0; b < nB; b++) {
      const a = bud[g * nB + b]!;
      if (a <= 0) continue;
      const base = b * H;
      let from = t;
      if (drawSpread[b] && d > 0) {
        const per = Math.floor(a / d);
        const rem = a - per * d;
        let spent = 0;
        for (let i = 0; i < d; i++) {
          spent += per + (i < rem ? 1 : 0);
          this.slack[base + t + i]! -= spent;
        }
        from = t + d;
      }
      for (let tau = from; tau < H; tau++) this.slack[base + tau]! -= a;
    }
  }

  /** Suffix minima of the slack, recomputed only after a booking changed it. */
  private prepare(g: number): void {
    if (this.preparedFor === g) return;
    this.preparedFor = g;
    const { nB } = this.c;
    const H = this.H;
    for (let b = 0; b < nB; b++) {
      const base = b * H;
      let m = Number.POSITIVE_INFINITY;
      for (let t = H - 1; t >= 0; t--) {
        const s = this.slack[base + t]!;
        if (s < m) m = s;
        this.sufMin[base + t] = m;
      }
    }
  }

  private budgetFits(g: number, t: number, d: number): boolean {
    this.prepare(g);
    const { nB, bud, drawSpread } = this.c;
    const H = this.H;
    for (let b = 0; b < nB; b++) {
      const a = bud[g * nB + b]!;
      if (a <= 0) continue;
      const base = b * H;
      if (!drawSpread[b] || d === 0) {
        if (this.sufMin[base + t]! < a) return false;
        continue;
      }
      const per = Math.floor(a / d);
      const rem = a - per * d;
      let spent = 0;
      for (let i = 0; i < d; i++) {
        spent += per + (i < rem ? 1 : 0);
        if (this.slack[base + t + i]! < spent) return false;
      }
      if (t + d < H && this.sufMin[base + t + d]! < a) return false;
    }
    return true;
  }
}
