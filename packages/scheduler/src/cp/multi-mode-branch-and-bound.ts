import { type Compiled, capacityOver } from "../compile/compiled.ts";
import { earliestFit } from "./branch-and-bound.ts";

/** Largest multi-mode problem the exact search is tried on (PSPLIB j10–j20 and the like). */
export const MULTI_MODE_MAX_ACTIVITIES = 32;
/** Explored partial schedules kept per placed set for the cutset rule, and the memo's cap in stored finishes. */
const CUTSET_ENTRIES_PER_SET = 64;
const CUTSET_MAX_STORED = 4_000_000;

export interface MultiModeBranchAndBoundOptions {
  /** Look only for schedules with a makespan strictly below this. */
  upperBound: number;
  /** Nodes (placements of an activity in a mode) before giving up. */
  nodeLimit: number;
  /** Absolute `performance.now()` time to stop at (only when the caller gave a time limit). */
  stopAt?: number;
}

export interface MultiModeBranchAndBoundResult {
  /** The best schedule found below the upper bound (local mode and start per activity), if any. */
  modes?: Int32Array;
  starts?: Int32Array;
  makespan?: number;
  nodes: number;
  /** True when the search space was exhausted: the schedule found is optimal, or none below the bound exists. */
  exhausted: boolean;
}

/**
 * Depth-first branch and bound for multi-mode makespan problems without budgets, with the modes
 * as decision variables: the precedence tree of Patterson et al. (1989) and Sprecher & Drexl
 * (1998) — at each node an eligible activity is appended in one of its live modes and placed at
 * its earliest resource-feasible start, starts non-decreasing along the list (so for every mode
 * vector every active schedule is a leaf). Pruning, each a relaxation over the modes still open:
 *
 * - non-renewable domains: a mode is tried only if the demand already committed plus this mode
 *   plus the smallest demand of every unplaced activity fits every non-renewable capacity;
 * - critical path: every unplaced activity starts no earlier than the last start and its placed
 *   predecessors allow, and needs at least its shortest-mode path to the end before T;
 * - renewable energy: the smallest work (demand × duration over the modes) of the unplaced
 *   activities must fit in what the placed ones leave of each resource over [last start, T];
 * - left-shift rules: a placement that could move earlier in the same mode, or start earlier and
 *   finish no later in a mode needing no more of any resource, is skipped;
 * - cutset rule (finish-to-start lag-0 precedences, no deadlines), below;
 * - same-start symmetry: of two activities started at the same time one after the other, only the
 *   lower-numbered first is explored when it was offered at that start in that mode.
 */
export function multiModeBranchAndBound(
  c: Compiled,
  options: MultiModeBranchAndBoundOptions,
): MultiModeBranchAndBoundResult {
  const { n, nR, nN } = c;
  let T = options.upperBound - 1;
  const span = Math.max(1, T + 1);
  const avail = capacityOver(c, span);

  // Smallest non-renewable demand per activity over its live modes (none live: nothing to search).
  const minNreq = new Int32Array(n * nN);
  for (let i = 0; i < n; i++) {
    let anyLive = false;
    minNreq.fill(0x3fffffff, i * nN, (i + 1) * nN);
    for (let g = c.modeOffset[i]!; g < c.modeOffset[i + 1]!; g++) {
      if (!c.live[g]) continue;
      anyLive = true;
      for (let k = 0; k < nN; k++) minNreq[i * nN + k] = Math.min(minNreq[i * nN + k]!, c.nreq[g * nN + k]!);
    }
    if (!anyLive) return { nodes: 0, exhausted: true };
  }
  const placed = new Uint8Array(n);
  const starts = new Int32Array(n).fill(-1);
  const modes = new Int32Array(n).fill(-1);
  const predsLeft = new Int32Array(n);
  for (let j = 0; j < n; j++) predsLeft[j] = c.predOffset[j + 1]! - c.predOffset[j]!;
  const nrUsed = new Int32Array(nN);
  const nrMinLeft = new Int32Array(nN);
  for (let i = 0; i < n; i++) for (let k = 0; k < nN; k++) nrMinLeft[k]! += minNreq[i * nN + k]!;
  const estBuf = new Int32Array(n);

  const durOf = (j: number, m: number) => c.dur[c.modeOffset[j]! + m]!;
  const place = (j: number, m: number, t: number, sign: number) => {
    const g = c.modeOffset[j]! + m;
    placed[j] = sign > 0 ? 1 : 0;
    starts[j] = sign > 0 ? t : -1;
    modes[j] = sign > 0 ? m : -1;
    for (let k = 0; k < nR; k++) {
      const r = c.req[g * nR + k]!;
      if (r === 0) continue;
      for (let tau = t; tau < t + c.dur[g]!; tau++) avail[k * span + tau]! -= sign * r;
    }
    for (let k = 0; k < nN; k++) {
      nrUsed[k]! += sign * c.nreq[g * nN + k]!;
      nrMinLeft[k]! -= sign * minNreq[j * nN + k]!;
    }
    for (let e = c.succOffset[j]!; e < c.succOffset[j + 1]!; e++) predsLeft[c.succTo[e]!]! -= sign;
  };
  /** Earliest start of j from its release and its placed predecessors. */
  const precedenceStart = (j: number): number => {
    let e = Math.max(0, c.release[j]!);
    for (let q = c.predOffset[j]!; q < c.predOffset[j + 1]!; q++) {
      const p = c.predFrom[q]!;
      const t = starts[p]! + (c.predFromEnd[q] ? durOf(p, modes[p]!) : 0) + c.predLag[q]!;
      if (t > e) e = t;
    }
    return e;
  };
  const fitsFrom = (g: number, from: number, latest: number): number =>
    earliestFit(avail, span, c.req, nR, g, c.dur[g]!, from, latest);
  /** Whether a mode h != g of j with no larger demands fits at some start in [from, t) and ends by t + d_g. */
  const leftShiftable = (j: number, g: number, from: number, t: number): boolean => {
    const end = t + c.dur[g]!;
    for (let h = c.modeOffset[j]!; h < c.modeOffset[j + 1]!; h++) {
      if (h === g || !c.live[h] || end - c.dur[h]! < from) continue;
      let noMore = true;
      for (let k = 0; k < nR && noMore; k++) noMore = c.req[h * nR + k]! <= c.req[g * nR + k]!;
      for (let k = 0; k < nN && noMore; k++) noMore = c.nreq[h * nN + k]! <= c.nreq[g * nN + k]!;
      if (!noMore) continue;
      if (fitsFrom(h, from, Math.min(t - 1, end - c.dur[h]!)) >= 0) return true;
    }
    return false;
  };
  /** The relaxations above after a placement starting at `last`; false when the node is cut. */
  // Per node, over the modes each open activity still has (those that fit the non-renewables
  // beside the committed demand and the other open activities' smallest demands):
  /**
   * What each non-renewable capacity leaves beside the committed demand and every open
   * activity's smallest demand (nrSlack[k]); false when some is negative. A mode g of an open
   * activity i fits iff nreq[g, k] - minNreq[i, k] <= nrSlack[k] for every k.
   */
  const nrSlack = new Int32Array(nN);
  // Per activity over its live modes: the largest demand above its smallest (maxExcess[i * nN + k]),
  // the shortest duration and the smallest work on each renewable resource.
  const maxExcess = new Int32Array(n * nN);
  const allModesDur = new Int32Array(n);
  const allModesWork = new Float64Array(n * nR);
  for (let i = 0; i < n; i++) {
    allModesDur[i] = 0x3fffffff;
    allModesWork.fill(Number.POSITIVE_INFINITY, i * nR, (i + 1) * nR);
    for (let g = c.modeOffset[i]!; g < c.modeOffset[i + 1]!; g++) {
      if (!c.live[g]) continue;
      for (let k = 0; k < nN; k++) {
        const excess = c.nreq[g * nN + k]! - minNreq[i * nN + k]!;
        if (excess > maxExcess[i * nN + k]!) maxExcess[i * nN + k] = excess;
      }
      if (c.dur[g]! < allModesDur[i]!) allModesDur[i] = c.dur[g]!;
      for (let k = 0; k < nR; k++) {
        const w = c.req[g * nR + k]! * c.dur[g]!;
        if (w < allModesWork[i * nR + k]!) allModesWork[i * nR + k] = w;
      }
    }
  }
  const slackOfNonRenewables = (): boolean => {
    for (let k = 0; k < nN; k++) {
      const slack = c.nrCap[k]! - nrUsed[k]! - nrMinLeft[k]!;
      if (slack < 0) return false;
      nrSlack[k] = slack;
    }
    return true;
  };
  const openDur = new Int32Array(n);
  const openTail = new Int32Array(n);
  const openWork = new Float64Array(nR);
  const modeWork = new Float64Array(nR);
  /** The relaxations above after a placement starting at `last`; false when the node is cut. */
  const bounded = (last: number): boolean => {
    if (!slackOfNonRenewables()) return false;
    openWork.fill(0);
    for (let i = 0; i < n; i++) {
      if (placed[i]) continue;
      // Every live mode fits the non-renewables: the minima over all of them, computed once.
      let allFit = true;
      for (let k = 0; k < nN && allFit; k++) allFit = maxExcess[i * nN + k]! <= nrSlack[k]!;
      if (allFit) {
        openDur[i] = allModesDur[i]!;
        openTail[i] = allModesDur[i]!;
        for (let k = 0; k < nR; k++) openWork[k]! += allModesWork[i * nR + k]!;
        continue;
      }
      let d = 0x3fffffff;
      modeWork.fill(Number.POSITIVE_INFINITY);
      for (let g = c.modeOffset[i]!; g < c.modeOffset[i + 1]!; g++) {
        if (!c.live[g]) continue;
        let fits = true;
        for (let k = 0; k < nN && fits; k++) fits = c.nreq[g * nN + k]! - minNreq[i * nN + k]! <= nrSlack[k]!;
        if (!fits) continue;
        if (c.dur[g]! < d) d = c.dur[g]!;
        for (let k = 0; k < nR; k++) {
          const w = c.req[g * nR + k]! * c.dur[g]!;
          if (w < modeWork[k]!) modeWork[k] = w;
        }
      }
      if (d === 0x3fffffff) return false;
      openDur[i] = d;
      openTail[i] = d;
      for (let k = 0; k < nR; k++) openWork[k]! += modeWork[k]!;
    }
    // Successors of an open activity are open, so tails run over open activities only.
    for (let x = n - 1; x >= 0; x--) {
      const j = c.topo[x]!;
      if (placed[j]) continue;
      for (let q = c.predOffset[j]!; q < c.predOffset[j + 1]!; q++) {
        const p = c.predFrom[q]!;
        if (placed[p]) continue;
        const need = (c.predFromEnd[q] ? openDur[p]! : 0) + c.predLag[q]! + openTail[j]!;
        if (need > openTail[p]!) openTail[p] = need;
      }
    }
    for (let x = 0; x < n; x++) {
      const j = c.topo[x]!;
      if (placed[j]) continue;
      let e = Math.max(last, c.release[j]!);
      for (let q = c.predOffset[j]!; q < c.predOffset[j + 1]!; q++) {
        const p = c.predFrom[q]!;
        const t = placed[p]
          ? starts[p]! + (c.predFromEnd[q] ? durOf(p, modes[p]!) : 0) + c.predLag[q]!
          : estBuf[p]! + (c.predFromEnd[q] ? openDur[p]! : 0) + c.predLag[q]!;
        if (t > e) e = t;
      }
      estBuf[j] = e;
      if (e + openTail[j]! > T || e + openDur[j]! > c.deadline[j]!) return false;
    }
    for (let k = 0; k < nR; k++) {
      if (openWork[k]! === 0) continue;
      // What is left of a resource is never negative, so the room only grows along t.
      const need = openWork[k]!;
      let room = 0;
      for (let t = last; t < T && room < need; t++) room += avail[k * span + t]!;
      if (need > room) return false;
    }
    return true;
  };

  let nodes = 0;
  let aborted = false;
  let best: { modes: Int32Array; starts: Int32Array } | undefined;
  let bestMakespan = options.upperBound;
  const stopAt = options.stopAt ?? Number.POSITIVE_INFINITY;
  let maxModes = 1;
  for (let i = 0; i < n; i++) maxModes = Math.max(maxModes, c.modeOffset[i + 1]! - c.modeOffset[i]!);
  const slots = n * maxModes;
  // Candidates (activity, mode, start) per depth.
  const cJ = new Int32Array((n + 1) * slots);
  const cM = new Int32Array((n + 1) * slots);
  const cT = new Int32Array((n + 1) * slots);
  const idx = new Int32Array((n + 1) * slots);
  // candStart[depth * M + g]: the start global mode g was offered at that depth, or -1 (symmetry rule).
  const M = c.modeOffset[n]!;
  const candStart = new Int32Array((n + 1) * M).fill(-1);

  // Cutset rule (Demeulemeester & Herroelen 1992; Sprecher & Drexl 1998), for finish-to-start
  // lag-0 precedences without deadlines: a partial schedule is dominated by an explored one with
  // the same placed set, an earlier or equal last start t', no more non-renewable use, and every
  // activity finished by max(its finish here, t) — and, where the explored one still runs past t,
  // in a mode needing no more of any renewable resource than here.
  let plain = true;
  for (let e = 0; e < c.predFrom.length && plain; e++) plain = c.predFromEnd[e] === 1 && c.predLag[e] === 0;
  for (let i = 0; i < n && plain; i++) plain = c.deadline[i]! >= 0x3fffffff;
  const cutset = plain;
  const placedSet = new Uint32Array((n + 31) >>> 5);
  // One record per explored partial schedule: [t, finish × n, mode × n, non-renewable use × nN].
  // Keyed by the placed set: its one word when n <= 32, else the words joined.
  const explored = new Map<number | string, Int32Array[]>();
  const keyOfPlaced = (): number | string => (placedSet.length === 1 ? placedSet[0]! : placedSet.join(","));
  let stored = 0;
  const dominated = (key: number | string, t: number): boolean => {
    const list = explored.get(key);
    if (!list) return false;
    outer: for (const e of list) {
      if (e[0]! > t) continue;
      for (let k = 0; k < nN; k++) if (e[1 + 2 * n + k]! > nrUsed[k]!) continue outer;
      for (let i = 0; i < n; i++) {
        if (!placed[i]) continue;
        const f = starts[i]! + durOf(i, modes[i]!);
        const ef = e[1 + i]!;
        if (ef > (f > t ? f : t)) continue outer;
        const em = e[1 + n + i]!;
        if (ef > t && em !== modes[i]) {
          const g = c.modeOffset[i]! + em;
          const h = c.modeOffset[i]! + modes[i]!;
          for (let k = 0; k < nR; k++) if (c.req[g * nR + k]! > c.req[h * nR + k]!) continue outer;
        }
      }
      return true;
    }
    return false;
  };
  const remember = (key: number | string, t: number) => {
    if (stored + n > CUTSET_MAX_STORED) return;
    stored += n;
    let list = explored.get(key);
    if (!list) {
      list = [];
      explored.set(key, list);
    }
    const e = new Int32Array(1 + 2 * n + nN);
    e[0] = t;
    for (let i = 0; i < n; i++) {
      e[1 + i] = placed[i] ? starts[i]! + durOf(i, modes[i]!) : 0;
      e[1 + n + i] = modes[i]!;
    }
    for (let k = 0; k < nN; k++) e[1 + 2 * n + k] = nrUsed[k]!;
    if (list.length >= CUTSET_ENTRIES_PER_SET) list.shift();
    list.push(e);
  };

  /** The children's order at a node: candidate a (at base + a) before b. */
  const goesBefore = (a: number, b: number, base: number): boolean => {
    const ta = cT[base + a]!;
    const tb = cT[base + b]!;
    return (
      (ta - tb ||
        ta + durOf(cJ[base + a]!, cM[base + a]!) - tb - durOf(cJ[base + b]!, cM[base + b]!) ||
        a - b) < 0
    );
  };
  const dfs = (depth: number, left: number, lastStart: number, lastPlaced: number) => {
    if (left === 0) {
      let ms = 0;
      for (let j = 0; j < n; j++) ms = Math.max(ms, starts[j]! + durOf(j, modes[j]!));
      if (ms < bestMakespan) {
        bestMakespan = ms;
        best = { modes: Int32Array.from(modes), starts: Int32Array.from(starts) };
        T = ms - 1;
      }
      return;
    }
    const base = depth * slots;
    let count = 0;
    candStart.fill(-1, depth * M, (depth + 1) * M);
    // A negative slack offers no mode (as the test per mode below would find).
    const anyRoom = slackOfNonRenewables();
    for (let j = 0; j < n && anyRoom; j++) {
      if (placed[j] || predsLeft[j]! > 0) continue;
      const from = precedenceStart(j);
      for (let g = c.modeOffset[j]!; g < c.modeOffset[j + 1]!; g++) {
        if (!c.live[g]) continue;
        let nrOk = true;
        for (let k = 0; k < nN && nrOk; k++) nrOk = c.nreq[g * nN + k]! - minNreq[j * nN + k]! <= nrSlack[k]!;
        if (!nrOk) continue;
        const d = c.dur[g]!;
        const latest = Math.min(T, c.deadline[j]!) - d;
        const t = fitsFrom(g, Math.max(from, lastStart), latest);
        if (t < 0) continue;
        // Left-shift rule: the same mode fits earlier beside the placed activities.
        if (t > from && fitsFrom(g, from, t - 1) >= 0) continue;
        // Multi-mode left-shift rule (Sprecher, Hartmann & Drexl 1997): another mode needing no
        // more of any resource starts earlier and finishes no later, so every completion of this
        // node is also one of that placement, with a makespan no larger.
        if (t > from && leftShiftable(j, g, from, t)) continue;
        // Same-start symmetry: j could have gone first in this mode at the same start, before
        // the higher-numbered activity placed last; that order is explored instead.
        if (t === lastStart && lastPlaced > j && depth > 0 && candStart[(depth - 1) * M + g] === t) continue;
        candStart[depth * M + g] = t;
        cJ[base + count] = j;
        cM[base + count] = g - c.modeOffset[j]!;
        cT[base + count] = t;
        idx[base + count] = count;
        count++;
      }
    }
    // Earliest start first, then earliest finish: a stable insertion sort in place (the order
    // Array.prototype.sort gives; no view per node).
    for (let x = base + 1; x < base + count; x++) {
      const v = idx[x]!;
      let y = x;
      while (y > base && goesBefore(v, idx[y - 1]!, base)) {
        idx[y] = idx[y - 1]!;
        y--;
      }
      idx[y] = v;
    }
    for (let x = 0; x < count; x++) {
      if (aborted) return;
      if (nodes >= options.nodeLimit || ((nodes & 255) === 0 && performance.now() >= stopAt)) {
        aborted = true;
        return;
      }
      const y = base + idx[base + x]!;
      const j = cJ[y]!;
      const m = cM[y]!;
      const t = cT[y]!;
      if (t + durOf(j, m) > T) continue;
      nodes++;
      place(j, m, t, 1);
      let key: number | string = 0;
      if (cutset) {
        placedSet[j >>> 5]! |= 1 << (j & 31);
        key = keyOfPlaced();
      }
      if (!cutset || !dominated(key, t)) {
        if (bounded(t)) dfs(depth + 1, left - 1, t, j);
        if (cutset && !aborted) remember(key, t);
      }
      if (cutset) placedSet[j >>> 5]! &= ~(1 << (j & 31));
      place(j, m, t, -1);
    }
  };

  if (T >= 0) dfs(0, n, 0, -1);
  return {
    ...(best ? { modes: best.modes, starts: best.starts, makespan: bestMakespan } : {}),
    nodes,
    exhausted: !aborted,
  };
}
