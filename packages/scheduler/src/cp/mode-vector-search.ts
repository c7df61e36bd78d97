import type { Compiled } from "../compile/compiled.ts";
import { branchAndBound } from "./branch-and-bound.ts";

/** Branch-and-bound nodes for one mode vector: most vectors are refuted by the root propagation. */
const NODES_PER_VECTOR = 200;

/**
 * Work units (nodes of the multi-mode branch and bound) charged for the search's own steps, so that
 * a node budget split between it and the branch and bound is split by what each step costs:
 * a mode assignment (a few additions and comparisons against the non-renewable room, the path
 * bound and the energy bound) counts 1/16 of a node, a complete vector handed to the single-mode
 * branch and bound counts the root propagation's 10 nodes plus the branch and bound's own
 * nodes. Calibrated in one process on the multi-mode development subset (BENCHMARKS.md, issue 14,
 * 2026-12-01 02:50): a multi-mode branch-and-bound node (candidate starts for every open
 * (activity, mode), the cutset check) took 7-9 us of CPU, a mode assignment 0.12-3 us, a vector
 * refuted at the root ~84 us. Before, an assignment and a refuted vector both counted 1.
 */
export const ASSIGNMENTS_PER_NODE = 16;
export const NODES_PER_VECTOR_ROOT = 10;

export interface ModeVectorSearchOutcome {
  modes?: Int32Array;
  starts?: Int32Array;
  makespan?: number;
  /**
   * Work in nodes: mode assignments tried / `ASSIGNMENTS_PER_NODE`, plus per vector evaluated
   * `NODES_PER_VECTOR_ROOT` and its branch-and-bound nodes.
   */
  nodes: number;
  /** Mode assignments tried. */
  assignments: number;
  /** Mode vectors handed to the branch and bound. */
  vectors: number;
  /**
   * True when every mode vector was pruned or its branch and bound exhausted: no schedule shorter
   * than the best found (or than the upper bound, when none was found) exists.
   */
  exhausted: boolean;
}

/**
 * Improvement search over whole mode vectors for multi-mode makespan problems (a decomposition:
 * the mode vector is the master, the single-mode schedule the subproblem). A depth-first search
 * assigns modes in topological order, keeping a vector only while it can still fit every
 * non-renewable capacity (committed demand plus the smallest demand of every open activity),
 * finish by T = incumbent - 1 on the critical path (assigned durations and lags, shortest open
 * durations) and fit each renewable resource's capacity up to T with its smallest work. Each
 * complete vector goes to the single-mode branch and bound (precedence + time-tabling windows,
 * `NODES_PER_VECTOR` nodes), which refutes most at its root. An activity's longest (in PSPLIB
 * the least demanding) modes are tried first: vectors that leave non-renewable room early were
 * reached in far fewer vectors than shortest-first on the development instances (m437_2: 764
 * against 39,912; c1545_2: 38,517 against more than 478,000).
 *
 * Why: on the multi-mode instances the genetic search ends one above the best-known value, the
 * better schedules use mode vectors far from the incumbent's (no neighbourhood of up to 12 of 18
 * freed modes holds one), and the branch and bound over (activity, mode) pairs reaches them only
 * after 10^5-10^6 placements. Every pruning rule is a relaxation (a head from the assigned
 * predecessors' heads, a path over shortest modes, energy over [0, T]), so when the search ends
 * without a limit and every vector's branch and bound was exhausted, nothing shorter exists.
 */
export function modeVectorSearch(
  c: Compiled,
  upperBound: number,
  nodeLimit: number,
  stopAt?: number,
): ModeVectorSearchOutcome {
  const { n, nR, nN } = c;
  const deadline = stopAt ?? Number.POSITIVE_INFINITY;
  let T = upperBound - 1;
  const minDur = new Int32Array(n);
  const minN = new Int32Array(n * nN);
  const minW = new Float64Array(n * nR);
  const live: number[][] = [];
  for (let i = 0; i < n; i++) {
    minDur[i] = 0x3fffffff;
    minN.fill(0x3fffffff, i * nN, (i + 1) * nN);
    minW.fill(Number.POSITIVE_INFINITY, i * nR, (i + 1) * nR);
    const modes: number[] = [];
    // Longest (usually the least demanding) modes first: see the function's comment.
    for (let g = c.modeOffset[i]!; g < c.modeOffset[i + 1]!; g++) {
      if (!c.live[g]) continue;
      modes.push(g);
      minDur[i] = Math.min(minDur[i]!, c.dur[g]!);
      for (let k = 0; k < nN; k++) minN[i * nN + k] = Math.min(minN[i * nN + k]!, c.nreq[g * nN + k]!);
      for (let k = 0; k < nR; k++)
        minW[i * nR + k] = Math.min(minW[i * nR + k]!, c.req[g * nR + k]! * c.dur[g]!);
    }
    if (modes.length === 0) return { nodes: 0, assignments: 0, vectors: 0, exhausted: false };
    live.push(modes.sort((a, b) => c.dur[b]! - c.dur[a]! || a - b));
  }
  // Longest path from an activity's start to the end of the project over the shortest modes (its
  // own duration included), through every precedence on a successor's start (finish- or
  // start-based, with lags); those on a successor's finish are left out (a weaker bound).
  const tailFrom = new Int32Array(n);
  for (let x = n - 1; x >= 0; x--) {
    const j = c.topo[x]!;
    let best = minDur[j]!;
    for (let e = c.succOffset[j]!; e < c.succOffset[j + 1]!; e++) {
      const s = c.succTo[e]!;
      for (let q = c.predOffset[s]!; q < c.predOffset[s + 1]!; q++) {
        if (c.predFrom[q] !== j || c.predToEnd[q]) continue;
        const lead = (c.predFromEnd[q] ? minDur[j]! : 0) + c.predLag[q]!;
        best = Math.max(best, lead + tailFrom[s]!);
      }
    }
    tailFrom[j] = best;
  }
  // Capacity of each renewable resource over [0, t), for the energy check.
  const room = (k: number, t: number) => {
    let r = 0;
    for (let u = 0; u < t; u++) r += c.cap[k * c.H + Math.min(u, c.H - 1)]!;
    return r;
  };
  const roomT = new Float64Array(nR);
  const setRoom = () => {
    for (let k = 0; k < nR; k++) roomT[k] = room(k, T + 1);
  };
  setRoom();

  const start = new Int32Array(n);
  const mode = new Int32Array(n);
  const used = new Int32Array(nN);
  const minLeft = new Int32Array(nN);
  const work = new Float64Array(nR);
  const resetTotals = () => {
    used.fill(0);
    minLeft.fill(0);
    work.fill(0);
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < nN; k++) minLeft[k]! += minN[i * nN + k]!;
      for (let k = 0; k < nR; k++) work[k]! += minW[i * nR + k]!;
    }
  };
  // Work of the vectors evaluated; `nodes` adds the assignments' share.
  let vectorWork = 0;
  let assignments = 0;
  let nodes = 0;
  let vectors = 0;
  let stopped = false;
  let everyVectorExhausted = true;
  let best: { modes: Int32Array; starts: Int32Array; makespan: number } | undefined;

  const dfs = (x: number): void => {
    if (stopped) return;
    if (x === n) {
      // Room for the root and at least one node of the vector's branch and bound.
      if (nodes + NODES_PER_VECTOR_ROOT >= nodeLimit) {
        stopped = true;
        return;
      }
      vectors++;
      const r = branchAndBound(c, mode, {
        upperBound: T + 1,
        nodeLimit: Math.min(NODES_PER_VECTOR, nodeLimit - nodes - NODES_PER_VECTOR_ROOT),
        ...(stopAt !== undefined ? { stopAt } : {}),
      });
      vectorWork += NODES_PER_VECTOR_ROOT + r.nodes;
      nodes = vectorWork + Math.floor(assignments / ASSIGNMENTS_PER_NODE);
      if (!r.exhausted) everyVectorExhausted = false;
      if (r.starts && r.makespan !== undefined && r.makespan <= T) {
        best = { modes: Int32Array.from(mode), starts: Int32Array.from(r.starts), makespan: r.makespan };
        T = r.makespan - 1;
        setRoom();
      }
      return;
    }
    const j = c.topo[x]!;
    let head = Math.max(0, c.release[j]!);
    for (let q = c.predOffset[j]!; q < c.predOffset[j + 1]!; q++) {
      // Precedences on j's finish are left to the branch and bound (a weaker, still valid head).
      if (c.predToEnd[q]) continue;
      const p = c.predFrom[q]!;
      const t = start[p]! + (c.predFromEnd[q] ? c.dur[c.modeOffset[p]! + mode[p]!]! : 0) + c.predLag[q]!;
      if (t > head) head = t;
    }
    start[j] = head;
    for (const g of live[j]!) {
      if (nodes >= nodeLimit || ((assignments & 1023) === 0 && performance.now() >= deadline)) {
        stopped = true;
        return;
      }
      assignments++;
      nodes = vectorWork + Math.floor(assignments / ASSIGNMENTS_PER_NODE);
      let ok = true;
      for (let k = 0; k < nN && ok; k++)
        ok = used[k]! + c.nreq[g * nN + k]! + minLeft[k]! - minN[j * nN + k]! <= c.nrCap[k]!;
      if (!ok) continue;
      const d = c.dur[g]!;
      if (head + d > c.deadline[j]!) continue;
      // Critical path: j's successors follow at their shortest durations.
      if (head + tailFromWith(j, d) > T) continue;
      for (let k = 0; k < nR && ok; k++)
        ok = work[k]! - minW[j * nR + k]! + c.req[g * nR + k]! * d <= roomT[k]!;
      if (!ok) continue;
      for (let k = 0; k < nN; k++) {
        used[k]! += c.nreq[g * nN + k]!;
        minLeft[k]! -= minN[j * nN + k]!;
      }
      for (let k = 0; k < nR; k++) work[k]! += c.req[g * nR + k]! * d - minW[j * nR + k]!;
      mode[j] = g - c.modeOffset[j]!;
      dfs(x + 1);
      for (let k = 0; k < nN; k++) {
        used[k]! -= c.nreq[g * nN + k]!;
        minLeft[k]! += minN[j * nN + k]!;
      }
      for (let k = 0; k < nR; k++) work[k]! -= c.req[g * nR + k]! * d - minW[j * nR + k]!;
      if (stopped) return;
    }
  };
  /** Longest path from j's start to the end with j lasting d and the rest at their shortest. */
  function tailFromWith(j: number, d: number): number {
    let best = d;
    for (let e = c.succOffset[j]!; e < c.succOffset[j + 1]!; e++) {
      const s = c.succTo[e]!;
      for (let q = c.predOffset[s]!; q < c.predOffset[s + 1]!; q++) {
        if (c.predFrom[q] !== j || c.predToEnd[q]) continue;
        best = Math.max(best, (c.predFromEnd[q] ? d : 0) + c.predLag[q]! + tailFrom[s]!);
      }
    }
    return best;
  }

  resetTotals();
  if (T >= 0) dfs(0);
  return {
    ...(best ? { modes: best.modes, starts: best.starts, makespan: best.makespan } : {}),
    nodes,
    assignments,
    vectors,
    exhausted: !stopped && everyVectorExhausted,
  };
}
