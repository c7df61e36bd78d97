import type { Compiled } from "../compile/compiled.ts";
import type { SeededRandom } from "../random.ts";

/**
 * The mode-assignment subproblem: choose one live mode per activity so that every
 * non-renewable resource and every budget's total arrivals cover the total consumption
 * (budgets behave like non-renewables when summed over the whole project).
 */
export class ModeSpace {
  /** Number of total-consumption constraints (non-renewables, then budgets). */
  readonly nC: number;
  /** use[g*nC + k]: consumption of constraint k by global mode g. */
  readonly use: Float64Array;
  readonly cap: Float64Array;
  /** Live local mode indices of each activity. */
  readonly liveModes: readonly Int32Array[];
  private readonly used: Float64Array;

  constructor(private readonly c: Compiled) {
    this.nC = c.nN + c.nB;
    const M = c.dur.length;
    this.use = new Float64Array(M * this.nC);
    for (let g = 0; g < M; g++) {
      for (let k = 0; k < c.nN; k++) this.use[g * this.nC + k] = c.nreq[g * c.nN + k]!;
      for (let b = 0; b < c.nB; b++) this.use[g * this.nC + c.nN + b] = c.bud[g * c.nB + b]!;
    }
    this.cap = new Float64Array(this.nC);
    for (let k = 0; k < c.nN; k++) this.cap[k] = c.nrCap[k]!;
    for (let b = 0; b < c.nB; b++) this.cap[c.nN + b] = c.budgetTotal[b]!;
    this.liveModes = Array.from({ length: c.n }, (_, i) => {
      const live: number[] = [];
      for (let m = 0; m < c.modeOffset[i + 1]! - c.modeOffset[i]!; m++) {
        if (c.live[c.modeOffset[i]! + m]) live.push(m);
      }
      return Int32Array.from(live);
    });
    this.used = new Float64Array(this.nC);
  }

  /** True when some activity has no mode that can ever run. */
  get hasDeadActivity(): boolean {
    return this.liveModes.some((m) => m.length === 0);
  }

  /** Sum over constraints of the relative excess of consumption over capacity (0 = feasible). */
  excess(modes: ArrayLike<number>): number {
    if (this.nC === 0) return 0;
    this.fillUsed(modes);
    return this.excessOfUsed();
  }

  private fillUsed(modes: ArrayLike<number>): void {
    const { nC, use, used, c } = this;
    used.fill(0);
    for (let i = 0; i < c.n; i++) {
      const g = c.modeOffset[i]! + modes[i]!;
      for (let k = 0; k < nC; k++) used[k]! += use[g * nC + k]!;
    }
  }

  private excessOfUsed(): number {
    let ex = 0;
    for (let k = 0; k < this.nC; k++) {
      const over = this.used[k]! - this.cap[k]!;
      if (over > 0) ex += over / Math.max(1, this.cap[k]!);
    }
    return ex;
  }

  /**
   * Stochastic descent on the excess: repeatedly give a random activity the mode that minimises
   * the excess (ties broken at random). Mutates `modes`; returns the final excess.
   */
  repair(modes: Int32Array, rng: SeededRandom, maxSteps = 40 * this.c.n): number {
    if (this.nC === 0) return 0;
    const { nC, use, used, c } = this;
    this.fillUsed(modes);
    let ex = this.excessOfUsed();
    for (let step = 0; step < maxSteps && ex > 0; step++) {
      const i = rng.int(c.n);
      const live = this.liveModes[i]!;
      if (live.length < 2) continue;
      const base = c.modeOffset[i]!;
      const cur = base + modes[i]!;
      for (let k = 0; k < nC; k++) used[k]! -= use[cur * nC + k]!;
      let best = modes[i]!;
      let bestEx = Number.POSITIVE_INFINITY;
      let ties = 0;
      for (const m of live) {
        const g = base + m;
        for (let k = 0; k < nC; k++) used[k]! += use[g * nC + k]!;
        const e = this.excessOfUsed();
        for (let k = 0; k < nC; k++) used[k]! -= use[g * nC + k]!;
        if (e < bestEx) {
          bestEx = e;
          best = m;
          ties = 1;
        } else if (e === bestEx && rng.int(++ties) === 0) best = m;
      }
      modes[i] = best;
      const g = base + best;
      for (let k = 0; k < nC; k++) used[k]! += use[g * nC + k]!;
      ex = bestEx;
    }
    return ex;
  }

  /**
   * Short modes first, then greedy repair: each activity starts in its shortest live mode (or,
   * with probability `noise`, a random one), and while the totals are exceeded the single mode
   * change removing the most excess per added period is applied (noisy ratio for diversity).
   * A duration-aware initial mode assignment after Van Peteghem & Vanhoucke (2010). Mutates
   * `modes`; falls back to the stochastic descent and returns the final excess.
   */
  shortFeasible(modes: Int32Array, rng: SeededRandom, noise: number): number {
    const { nC, use, used, c } = this;
    for (let i = 0; i < c.n; i++) {
      const live = this.liveModes[i]!;
      if (live.length === 0) {
        modes[i] = 0;
        continue;
      }
      if (rng.next() < noise) {
        modes[i] = live[rng.int(live.length)]!;
        continue;
      }
      let best = live[0]!;
      for (const m of live) if (c.dur[c.modeOffset[i]! + m]! < c.dur[c.modeOffset[i]! + best]!) best = m;
      modes[i] = best;
    }
    if (nC === 0) return 0;
    this.fillUsed(modes);
    let ex = this.excessOfUsed();
    for (let step = 0; step < 4 * c.n && ex > 0; step++) {
      let bestI = -1;
      let bestM = 0;
      let bestRatio = 0;
      for (let i = 0; i < c.n; i++) {
        const base = c.modeOffset[i]!;
        const cur = base + modes[i]!;
        for (const m of this.liveModes[i]!) {
          if (m === modes[i]) continue;
          const g = base + m;
          for (let k = 0; k < nC; k++) used[k]! += use[g * nC + k]! - use[cur * nC + k]!;
          const gain = ex - this.excessOfUsed();
          for (let k = 0; k < nC; k++) used[k]! -= use[g * nC + k]! - use[cur * nC + k]!;
          if (gain <= 1e-12) continue;
          const ratio = (gain / (1 + Math.max(0, c.dur[g]! - c.dur[cur]!))) * (1 + noise * rng.next());
          if (ratio > bestRatio) {
            bestRatio = ratio;
            bestI = i;
            bestM = m;
          }
        }
      }
      if (bestI < 0) break;
      const cur = c.modeOffset[bestI]! + modes[bestI]!;
      const g = c.modeOffset[bestI]! + bestM;
      for (let k = 0; k < nC; k++) used[k]! += use[g * nC + k]! - use[cur * nC + k]!;
      modes[bestI] = bestM;
      ex = this.excessOfUsed();
    }
    return ex > 0 ? this.repair(modes, rng) : 0;
  }

  /**
   * Restores non-renewable feasibility after activity `fixed` changed mode by changing ONE other
   * activity's mode: the change that makes the totals fit with the least added duration (ties at
   * random). Mutates `modes` and returns true when such a change exists.
   */
  compensate(modes: Int32Array, fixed: number, rng: SeededRandom): boolean {
    const { nC, use, used, c } = this;
    this.fillUsed(modes);
    let bestI = -1;
    let bestM = 0;
    let bestCost = Number.POSITIVE_INFINITY;
    let ties = 0;
    for (let i = 0; i < c.n; i++) {
      if (i === fixed) continue;
      const base = c.modeOffset[i]!;
      const cur = base + modes[i]!;
      for (const m of this.liveModes[i]!) {
        if (m === modes[i]) continue;
        const g = base + m;
        const cost = c.dur[g]! - c.dur[cur]!;
        if (cost > bestCost) continue;
        for (let k = 0; k < nC; k++) used[k]! += use[g * nC + k]! - use[cur * nC + k]!;
        const ex = this.excessOfUsed();
        for (let k = 0; k < nC; k++) used[k]! -= use[g * nC + k]! - use[cur * nC + k]!;
        if (ex > 0) continue;
        if (cost < bestCost) {
          bestCost = cost;
          bestI = i;
          bestM = m;
          ties = 1;
        } else if (rng.int(++ties) === 0) {
          bestI = i;
          bestM = m;
        }
      }
    }
    if (bestI < 0) return false;
    modes[bestI] = bestM;
    return true;
  }

  /**
   * Depth-first search for a feasible assignment, pruning with the minimal remaining consumption.
   * Returns the assignment, or `proven: true` when the search was exhaustive and found none.
   */
  findFeasible(nodeLimit = 200_000): { modes?: Int32Array; proven: boolean } {
    const { c, nC, use, cap } = this;
    const n = c.n;
    const modes = new Int32Array(n);
    if (this.hasDeadActivity) return { proven: true };
    if (nC === 0) {
      for (let i = 0; i < n; i++) modes[i] = this.liveModes[i]![0]!;
      return { modes, proven: false };
    }
    const minUse = new Float64Array(n * nC);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < nC; k++) {
        let m = Number.POSITIVE_INFINITY;
        for (const lm of this.liveModes[i]!) m = Math.min(m, use[(c.modeOffset[i]! + lm) * nC + k]!);
        minUse[i * nC + k] = m;
      }
    }
    // Activities with the widest choice of consumption first: they decide the most.
    const spread = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (const lm of this.liveModes[i]!) {
        for (let k = 0; k < nC; k++)
          spread[i]! += use[(c.modeOffset[i]! + lm) * nC + k]! - minUse[i * nC + k]!;
      }
    }
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => spread[b]! - spread[a]!);
    const restMin = new Float64Array((n + 1) * nC);
    for (let p = n - 1; p >= 0; p--) {
      for (let k = 0; k < nC; k++)
        restMin[p * nC + k] = restMin[(p + 1) * nC + k]! + minUse[order[p]! * nC + k]!;
    }
    const used = new Float64Array(nC);
    let nodes = 0;
    let aborted = false;
    const dfs = (p: number): boolean => {
      if (p === n) return true;
      if (++nodes > nodeLimit) {
        aborted = true;
        return false;
      }
      const i = order[p]!;
      // Try the cheapest modes (relative to capacity) first.
      const cands = Array.from(this.liveModes[i]!).sort((a, b) => weight(i, a) - weight(i, b));
      for (const m of cands) {
        const g = c.modeOffset[i]! + m;
        let ok = true;
        for (let k = 0; k < nC; k++) {
          if (used[k]! + use[g * nC + k]! + restMin[(p + 1) * nC + k]! > cap[k]!) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        for (let k = 0; k < nC; k++) used[k]! += use[g * nC + k]!;
        modes[i] = m;
        if (dfs(p + 1)) return true;
        for (let k = 0; k < nC; k++) used[k]! -= use[g * nC + k]!;
        if (aborted) return false;
      }
      return false;
    };
    const weight = (i: number, m: number): number => {
      let w = 0;
      const g = c.modeOffset[i]! + m;
      for (let k = 0; k < nC; k++) w += use[g * nC + k]! / Math.max(1, cap[k]!);
      return w;
    };
    if (dfs(0)) return { modes, proven: false };
    return { proven: !aborted };
  }
}
