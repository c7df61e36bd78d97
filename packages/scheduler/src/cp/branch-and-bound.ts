import { type Compiled, capacityOver } from "../compile/compiled.ts";
import { CutsetMemo } from "./cutset-memo.ts";
import { TimeWindows } from "./time-windows.ts";

export interface BranchAndBoundOptions {
  /** Look only for schedules with a makespan strictly below this. */
  upperBound: number;
  /** Nodes (placements tried, each followed by propagation) before giving up. */
  nodeLimit: number;
  /** Absolute `performance.now()` time to stop at (only when the caller gave a time limit). */
  stopAt?: number;
  /** Activities kept at these starts (-1 = free); the search places only the free ones (LNS). */
  fixed?: ArrayLike<number>;
  /**
   * Activities not branched on (LNS): at each leaf they are placed in this order by the serial
   * SGS (earliest feasible start). With a tail, `exhausted` no longer means optimal.
   */
  tail?: ArrayLike<number>;
  /** Branching order (LNS: the incumbent's list positions, so the first leaf is the incumbent). */
  priority?: ArrayLike<number>;
  /** Propagations the root may spend on shaving its windows (`TimeWindows.shave`), counted as nodes. */
  shaveProbes?: number;
  /** The cutset rule (default on where it is sound); off only to cross-check it in tests. */
  cutsetRule?: boolean;
}

/** True when every precedence is finish-to-start with lag 0 (the cutset rule's premise). */
function onlyPlainFinishStart(c: Compiled): boolean {
  for (let e = 0; e < c.predFrom.length; e++) if (!c.predFromEnd[e] || c.predLag[e] !== 0) return false;
  return true;
}

export interface BranchAndBoundResult {
  /** The best schedule found below the upper bound (starts per activity), if any. */
  starts?: Int32Array;
  makespan?: number;
  nodes: number;
  /**
   * True when the search space was exhausted: the schedule found is optimal (for the free
   * activities, given the fixed ones), or none with a makespan below `upperBound` exists.
   */
  exhausted: boolean;
}

/**
 * Depth-first branch and bound for a fixed-mode schedule with makespan objective: the
 * precedence tree of Patterson et al. (1989) / Sprecher (2000) — at each node an eligible
 * activity (all predecessors placed) is appended to the list and placed by the serial SGS at
 * its earliest resource-feasible start, with starts non-decreasing along the list. Every active
 * schedule is the serial-SGS decode of its start-sorted list, so the tree contains an optimal
 * schedule. Each node then narrows the start windows of the unplaced activities (precedence +
 * time-tabling under makespan <= best - 1, `TimeWindows`) and is cut when a window empties.
 * Of two eligible activities that would start at the same time in either order, only the
 * lower-numbered first is explored (the other order yields the same partial schedule), and a
 * placement that could be shifted left is skipped (left-shift rule, Sprecher & Drexl 1998).
 * A child refuted by propagation narrows its later siblings at the same start (see dfs).
 */
export function branchAndBound(
  c: Compiled,
  modes: ArrayLike<number>,
  options: BranchAndBoundOptions,
): BranchAndBoundResult {
  const n = c.n;
  const nR = c.nR;
  let T = options.upperBound - 1;
  const windows = new TimeWindows(c, modes, Math.max(0, T));
  const { est, lst, dur, mode } = windows;
  const span = Math.max(1, T + 1);
  const avail = capacityOver(c, span);
  const placed = new Uint8Array(n);
  const starts = new Int32Array(n).fill(-1);
  const predsLeft = new Int32Array(n);
  for (let j = 0; j < n; j++) predsLeft[j] = c.predOffset[j + 1]! - c.predOffset[j]!;
  const book = (j: number, t: number, sign: number) => {
    const g = mode[j]!;
    for (let k = 0; k < nR; k++) {
      const r = c.req[g * nR + k]!;
      if (r === 0) continue;
      for (let tau = t; tau < t + dur[j]!; tau++) avail[k * span + tau]! -= sign * r;
    }
  };
  const place = (j: number, t: number, sign: number) => {
    placed[j] = sign > 0 ? 1 : 0;
    starts[j] = sign > 0 ? t : -1;
    book(j, t, sign);
    for (let e = c.succOffset[j]!; e < c.succOffset[j + 1]!; e++) predsLeft[c.succTo[e]!]! -= sign;
  };
  /** Earliest start of j from its release and its placed predecessors only. */
  const precedenceStart = (j: number): number => {
    let e = Math.max(0, c.release[j]!);
    for (let q = c.predOffset[j]!; q < c.predOffset[j + 1]!; q++) {
      const p = c.predFrom[q]!;
      const t = starts[p]! + (c.predFromEnd[q] ? dur[p]! : 0) + c.predLag[q]!;
      if (t > e) e = t;
    }
    return e;
  };
  const fitsFrom = (j: number, from: number, latest: number): number =>
    earliestFit(avail, span, c.req, nR, mode[j]!, dur[j]!, from, latest);

  windows.reset(Math.max(0, T));
  let free = n;
  const fixed = options.fixed;
  if (fixed) {
    for (let j = 0; j < n; j++) {
      const s = fixed[j]!;
      if (s < 0) continue;
      if (s > lst[j]! || s < est[j]!) return { nodes: 0, exhausted: true };
      est[j] = s;
      lst[j] = s;
      if (fitsFrom(j, s, s) !== s) return { nodes: 0, exhausted: true };
      place(j, s, 1);
      free--;
    }
  }

  // Placed activities whose predecessors are all placed (every one, unless the caller fixed some),
  // and the room they leave: propagation at a node need not look at them again.
  const placedPart = fixed ? undefined : { mask: placed, room: avail };

  const inTail = new Uint8Array(n);
  const tail = options.tail ?? [];
  for (let x = 0; x < tail.length; x++) {
    inTail[tail[x]!] = 1;
    free--;
  }

  // Saved windows per depth (restored on backtrack) and candidate starts per depth (symmetry rule).
  const saveEst = new Int32Array((free + 1) * n);
  const saveLst = new Int32Array((free + 1) * n);
  const cand = new Int32Array((free + 1) * n);
  const order = new Int32Array((free + 1) * n);
  // Children refuted by propagation per depth, and their starts (see the loop in dfs).
  const refutedJob = new Int32Array((free + 1) * n);
  const refutedAt = new Int32Array((free + 1) * n);
  let nodes = 0;
  let best: Int32Array | undefined;
  let bestMakespan = options.upperBound;
  let aborted = false;
  const stopAt = options.stopAt ?? Number.POSITIVE_INFINITY;
  const priority = options.priority;

  const recordSolution = () => {
    let ms = 0;
    for (let j = 0; j < n; j++) ms = Math.max(ms, starts[j]! + dur[j]!);
    if (ms < bestMakespan) {
      bestMakespan = ms;
      best = Int32Array.from(starts);
      T = ms - 1;
    }
  };

  /** Serial SGS over the tail at a leaf; records the schedule when every tail activity fits by T. */
  const decodeTail = () => {
    let x = 0;
    for (; x < tail.length; x++) {
      const j = tail[x]!;
      const t = fitsFrom(j, precedenceStart(j), Math.min(T, c.deadline[j]!) - dur[j]!);
      if (t < 0) break;
      place(j, t, 1);
    }
    if (x === tail.length) recordSolution();
    while (x-- > 0) place(tail[x]!, starts[tail[x]!]!, -1);
  };

  // Cutset rule (Demeulemeester & Herroelen 1992; Sprecher 2000): a partial schedule is dominated
  // by an explored one with the same placed set, an earlier or equal last start t', and every
  // finish no later than max(own finish, t). Sound for FS lag-0 precedences only, and only
  // when the whole problem is searched (no fixed part, no tail). Here t is not only the last
  // start but the earliest start left to any unplaced activity by the windows (propagated under
  // makespan <= T), which is later on most nodes near a bound: a partial schedule whose open
  // activities cannot start before t is compared with the explored ones at t.
  const cutset =
    options.cutsetRule !== false && !options.fixed && tail.length === 0 && onlyPlainFinishStart(c);
  const words = (n + 31) >>> 5;
  const placedSet = new Uint32Array(words);
  const memo = cutset ? new CutsetMemo({ placed, starts, dur }) : undefined;
  // The memo's key: the placed set, its one word when n <= 32, else the words joined.
  const keyOfPlaced = (): number | string => (words === 1 ? placedSet[0]! : placedSet.join(","));
  /**
   * The earliest start any unplaced activity can still take (at least `t`, the last start): the
   * smallest earliest start of their windows. Every completion with makespan <= T starts its
   * activities there or later, so the cutset rule may compare partial schedules at that time.
   */
  const earliestOpenStart = (t: number): number => {
    let m = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < n; i++) if (!placed[i] && !inTail[i] && est[i]! < m) m = est[i]!;
    return m > t && m !== Number.MAX_SAFE_INTEGER ? m : t;
  };

  /**
   * The earliest open start sharpened by the placed part alone: each unplaced activity starts where
   * it fits the room the placed activities leave, at or after its earliest start (and `t`). Cheap
   * beside a propagation, which only raises it further; the memo compared at it before propagation
   * spares the propagation of a node it would dominate only after (an activity is looked at only
   * while it could lower the smallest start found, and the walk stops at the windows' own bound).
   */
  const fittedOpenStart = (t: number): number => {
    const floor = earliestOpenStart(t);
    let m = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < n && m > floor; i++) {
      if (placed[i] || inTail[i]) continue;
      const from = est[i]! > t ? est[i]! : t;
      if (from >= m) continue;
      const f = fitsFrom(i, from, lst[i]!);
      // No room at all: infeasible, which propagation will find; the windows' bound stands.
      if (f < 0) return floor;
      if (f < m) m = f;
    }
    return m === Number.MAX_SAFE_INTEGER ? floor : m;
  };

  /** The children's order at a node whose candidate starts are cand[base + j]. */
  const goesBefore = (a: number, b: number, base: number): boolean =>
    priority
      ? priority[a]! - priority[b]! < 0
      : (cand[base + a]! - cand[base + b]! || lst[a]! - lst[b]! || a - b) < 0;
  const dfs = (depth: number, left: number, lastStart: number, lastPlaced: number, lastDepthCand: number) => {
    if (left === 0) {
      if (tail.length > 0) decodeTail();
      else recordSolution();
      return;
    }
    const base = depth * n;
    let count = 0;
    for (let j = 0; j < n; j++) {
      cand[base + j] = -1;
      if (placed[j] || inTail[j] || predsLeft[j]! > 0) continue;
      const t = fitsFrom(j, Math.max(est[j]!, lastStart), lst[j]!);
      if (t < 0) continue;
      // Left-shift rule: if j fits earlier beside the placed activities (the unplaced ones all
      // start at t or later), the schedule would not be active; its active version is elsewhere.
      if (t > 0 && fitsFrom(j, precedenceStart(j), t - 1) >= 0) continue;
      // Symmetry: j could have gone first at the same start with the same result.
      if (
        t === lastStart &&
        lastPlaced >= 0 &&
        j < lastPlaced &&
        lastDepthCand >= 0 &&
        cand[lastDepthCand + j] === t
      )
        continue;
      cand[base + j] = t;
      order[base + count++] = j;
    }
    // Earliest start first, then the smallest latest start (least slack); or the given priority.
    // A stable insertion sort in place (the order Array.prototype.sort gives; no view per node).
    for (let x = base + 1; x < base + count; x++) {
      const v = order[x]!;
      let y = x;
      while (y > base && goesBefore(v, order[y - 1]!, base)) {
        order[y] = order[y - 1]!;
        y--;
      }
      order[y] = v;
    }
    // A child j at t refuted by propagation proves that no completion of this node with every
    // unplaced activity starting at t or later starts j at t. A later sibling placed at the same t
    // keeps every unplaced activity at t or later, so there j starts after t (checked against
    // brute force in branch-and-bound.test.ts). Only propagation's refutations count: a subtree
    // exhausted under the memo or the symmetry rule may have left j at t to a sibling.
    let refutedCount = 0;
    for (let x = 0; x < count; x++) {
      if (aborted) return;
      if (nodes >= options.nodeLimit || ((nodes & 255) === 0 && performance.now() >= stopAt)) {
        aborted = true;
        return;
      }
      const j = order[base + x]!;
      const t = cand[base + j]!;
      if (t > T - dur[j]!) continue;
      nodes++;
      saveEst.set(est, base);
      saveLst.set(lst, base);
      place(j, t, 1);
      let key: number | string = 0;
      if (cutset) {
        placedSet[j >>> 5]! |= 1 << (j & 31);
        key = keyOfPlaced();
      }
      const openFrom = cutset ? fittedOpenStart(t) : t;
      if (!memo?.dominated(key, openFrom)) {
        est[j] = t;
        lst[j] = t;
        for (let i = 0; i < n; i++) if (!placed[i] && !inTail[i] && est[i]! < t) est[i] = t;
        for (let y = base; y < base + refutedCount; y++) {
          const i = refutedJob[y]!;
          if (refutedAt[y] === t && !placed[i] && est[i]! <= t) est[i] = t + 1;
        }
        // Checked again after propagation when it moved the earliest open start: a later one may
        // let an explored partial schedule with a later last start dominate this one.
        if (windows.propagate(T, placedPart)) {
          const openAfter = cutset ? earliestOpenStart(t) : t;
          if (openAfter === openFrom || !memo?.dominated(key, openAfter))
            dfs(depth + 1, left - 1, t, j, base);
        } else {
          refutedJob[base + refutedCount] = j;
          refutedAt[base + refutedCount++] = t;
        }
        if (!aborted) memo?.remember(key, t);
      }
      if (cutset) placedSet[j >>> 5]! &= ~(1 << (j & 31));
      place(j, t, -1);
      for (let i = 0; i < n; i++) {
        est[i] = saveEst[base + i]!;
        lst[i] = saveLst[base + i]!;
      }
    }
  };

  const rootFeasible = windows.propagate(T);
  // Energetic reasoning only in that first propagation: in the root shave it cut the nodes of all
  // 480 j30 by 3% with no extra proof at three times the CPU (j60 sample: no node saved, 3.4 times
  // the CPU); at every node too, 8% fewer nodes than without it on the j30 development subset, no
  // extra proof, three times the CPU (BENCHMARKS.md, 2026-11-30 evening).
  windows.energeticReasoning = false;
  if (rootFeasible) {
    const shaveBudget = Math.min(options.shaveProbes ?? 0, options.nodeLimit);
    const shaved = shaveBudget > 0 ? windows.shave(T, shaveBudget, stopAt) : { feasible: true, probes: 0 };
    nodes += shaved.probes;
    if (shaved.feasible) dfs(0, free, 0, -1, -1);
  }
  return {
    ...(best ? { starts: best, makespan: bestMakespan } : {}),
    nodes,
    exhausted: !aborted,
  };
}

/**
 * The earliest start t in [from, latest] at which mode `g` (duration `d`, demands `req[g * nR + k]`)
 * fits the remaining capacities `avail[k * span + t]`, or -1. Shared by both branch and bounds.
 */
export function earliestFit(
  avail: Int32Array,
  span: number,
  req: ArrayLike<number>,
  nR: number,
  g: number,
  d: number,
  from: number,
  latest: number,
): number {
  let t = from;
  search: while (t <= latest) {
    for (let k = 0; k < nR; k++) {
      const r = req[g * nR + k]!;
      if (r === 0) continue;
      for (let tau = t + d - 1; tau >= t; tau--) {
        if (avail[k * span + tau]! < r) {
          t = tau + 1;
          continue search;
        }
      }
    }
    return t;
  }
  return -1;
}
