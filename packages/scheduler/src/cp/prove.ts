import type { Compiled } from "../compile/compiled.ts";
import { branchAndBound } from "./branch-and-bound.ts";
import { MULTI_MODE_MAX_ACTIVITIES } from "./multi-mode-branch-and-bound.ts";
import { TimeWindows } from "./time-windows.ts";

/** Largest problem the exact search is tried on (its per-depth window copies cost n² integers). */
const MAX_ACTIVITIES = 400;
/**
 * Share of the node budget the branch and bound's root may spend on shaving its windows. On j30
 * the root shave reaches its fixpoint in well under 3% of 50,000 nodes; the cap matters only for
 * small budgets. (Shaving every T of the destructive bound raised the reported bounds but cost
 * the branch and bound nodes: one proof fewer on the development subset; shaving below the root
 * cost more nodes than it saved.)
 */
const ROOT_SHAVE_SHARE = 0.1;

/**
 * The modes the CP core works with, when it applies: a pure makespan objective, no budgets and
 * exactly one live mode per activity (PSPLIB single-mode RCPSP and its generalisations with lags,
 * releases, deadlines and time-varying capacity). Undefined otherwise: multi-mode problems and
 * the other objectives stay with the genetic search alone.
 */
export function fixedModesFor(c: Compiled): Int32Array | undefined {
  if (c.n > MAX_ACTIVITIES || c.nB > 0) return undefined;
  if (c.objective.length !== 1 || c.objective[0] !== "makespan") return undefined;
  const modes = new Int32Array(c.n);
  for (let i = 0; i < c.n; i++) {
    let live = -1;
    for (let g = c.modeOffset[i]!; g < c.modeOffset[i + 1]!; g++) {
      if (!c.live[g]) continue;
      if (live >= 0) return undefined;
      live = g - c.modeOffset[i]!;
    }
    if (live < 0) return undefined;
    modes[i] = live;
  }
  return modes;
}

/**
 * Whether the multi-mode branch and bound applies: a pure makespan objective, no budgets, and a
 * small problem (it keeps no window copies, but its tree grows with every mode).
 */
export function multiModeProofApplies(c: Compiled): boolean {
  if (c.n > MULTI_MODE_MAX_ACTIVITIES || c.nB > 0) return false;
  return c.objective.length === 1 && c.objective[0] === "makespan";
}

/**
 * Destructive lower bound (Klein & Scholl 1999): makespan <= T is refuted when precedence and
 * time-tabling propagation empties a window, so the bound rises to T + 1; stops at the first T
 * the propagation cannot refute or at `upTo`. Each probe counts as one node.
 */
export function destructiveLowerBound(
  c: Compiled,
  modes: Int32Array,
  lowerBound: number,
  upTo: number,
  nodeLimit: number,
): { lowerBound: number; nodes: number } {
  let lb = lowerBound;
  let nodes = 0;
  const windows = new TimeWindows(c, modes, upTo);
  while (lb < upTo && nodes < nodeLimit) {
    nodes++;
    windows.reset(lb);
    if (windows.propagate(lb)) break;
    lb++;
  }
  return { lowerBound: lb, nodes };
}

export interface ProofOutcome {
  /** A schedule strictly better than the incumbent, if the search found one. */
  starts?: Int32Array;
  makespan?: number;
  /** True when the search exhausted: the final makespan (incumbent or improved) is optimal. */
  optimal: boolean;
  nodes: number;
}

/** Branch and bound below the incumbent's makespan: improves it and/or proves it optimal. */
export function proveOrImprove(
  c: Compiled,
  modes: Int32Array,
  incumbentMakespan: number,
  nodeLimit: number,
  stopAt?: number,
): ProofOutcome {
  const r = branchAndBound(c, modes, {
    upperBound: incumbentMakespan,
    nodeLimit,
    shaveProbes: Math.floor(nodeLimit * ROOT_SHAVE_SHARE),
    ...(stopAt !== undefined ? { stopAt } : {}),
  });
  return {
    ...(r.starts && r.makespan !== undefined ? { starts: r.starts, makespan: r.makespan } : {}),
    optimal: r.exhausted,
    nodes: r.nodes,
  };
}
