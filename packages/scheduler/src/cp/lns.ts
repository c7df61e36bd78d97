import type { Compiled } from "../compile/compiled.ts";
import type { SeededRandom } from "../random.ts";
import { PriorityOrder } from "../sgs/priority-order.ts";
import { branchAndBound } from "./branch-and-bound.ts";

/** Nodes one neighbourhood may use; small so that many neighbourhoods are tried. */
const NODES_PER_NEIGHBOURHOOD = 400;
const MIN_BLOCK = 4;
const START_BLOCK = 8;

export interface LnsOutcome {
  starts: Int32Array;
  makespan: number;
  nodes: number;
  /** Neighbourhoods that gave a strictly shorter schedule. */
  improvements: number;
}

/**
 * Large-neighbourhood search on a fixed-mode incumbent (in the spirit of Godard, Laborie &
 * Nuijten 2005, with a block of the activity list as the neighbourhood, as in Debels &
 * Vanhoucke 2007's decomposition): the activities before a random block of the start-sorted
 * list keep their starts, the block is re-solved by the branch and bound (precedence +
 * time-tabling propagation, `NODES_PER_NEIGHBOURHOOD` nodes, branching in the incumbent's order
 * so that its first leaf is the incumbent), and the activities after it are re-placed in their
 * incumbent order by the serial SGS at every leaf. Schedules with the same makespan are accepted
 * (they move the search along plateaus). The block grows when the search of a block is
 * exhausted without a better schedule and shrinks when it hits its node limit.
 *
 * Measured (BENCHMARKS.md): it repairs weak incumbents (j60, GA at 200 schedules: 4.47% ->
 * 3.28% above best known with 25,000 nodes) but found nothing on GA incumbents of 25,000
 * schedules, so `solve` runs it only when asked (`SolveOptions.lns`).
 */
export function largeNeighbourhoodSearch(
  c: Compiled,
  modes: Int32Array,
  incumbent: ArrayLike<number>,
  nodeLimit: number,
  rng: SeededRandom,
  stopAt?: number,
): LnsOutcome {
  const n = c.n;
  const dur = new Int32Array(n);
  for (let i = 0; i < n; i++) dur[i] = c.dur[c.modeOffset[i]! + modes[i]!]!;
  let starts: Int32Array = Int32Array.from(incumbent);
  const makespanOf = (s: Int32Array) => {
    let m = 0;
    for (let i = 0; i < n; i++) m = Math.max(m, s[i]! + dur[i]!);
    return m;
  };
  let makespan = makespanOf(starts);
  const sorter = new PriorityOrder(n, c.succOffset, c.succTo);
  const key = new Float64Array(n);
  const fixed = new Int32Array(n);
  const position = new Int32Array(n);
  let block = Math.min(n, START_BLOCK);
  let nodes = 0;
  let improvements = 0;
  const deadline = stopAt ?? Number.POSITIVE_INFINITY;
  while (nodes < nodeLimit && performance.now() < deadline) {
    for (let i = 0; i < n; i++) key[i] = starts[i]!;
    const order = sorter.order(key);
    const from = rng.int(n - block + 1);
    fixed.fill(-1);
    for (let x = 0; x < from; x++) fixed[order[x]!] = starts[order[x]!]!;
    const tail = order.slice(from + block);
    for (let x = 0; x < n; x++) position[order[x]!] = x;
    const r = branchAndBound(c, modes, {
      // makespan + 1: an equally short schedule is accepted too.
      upperBound: makespan + 1,
      nodeLimit: Math.min(NODES_PER_NEIGHBOURHOOD, nodeLimit - nodes),
      fixed,
      tail,
      priority: position,
      ...(stopAt !== undefined ? { stopAt } : {}),
    });
    nodes += r.nodes;
    const improved = r.makespan !== undefined && r.makespan < makespan;
    if (r.starts && r.makespan !== undefined) {
      if (improved) improvements++;
      starts = r.starts;
      makespan = r.makespan;
    }
    if (r.exhausted && !improved) block = Math.min(n, block + 1);
    else if (!r.exhausted) block = Math.max(Math.min(n, MIN_BLOCK), block - 1);
    // A neighbourhood that cost nothing (no node) still counts, so the loop always ends.
    if (r.nodes === 0) nodes++;
  }
  return { starts, makespan, nodes, improvements };
}
