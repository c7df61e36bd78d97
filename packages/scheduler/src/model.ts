/**
 * The problem model of the engine: a multi-mode resource-constrained project scheduling problem
 * (MRCPSP) with generalised precedences, time windows, time-varying renewable capacity and
 * budget resources that arrive in tranches. Time is integer periods from 0.
 *
 * Indices, not ids, link things together: activity `i` is `problem.activities[i]`, renewable
 * resource `k` is `problem.renewable[k]`, and a mode's demand arrays are in resource order.
 */

/** One way of carrying out an activity (in chiproad: a partner × collaboration model). */
export interface Mode {
  /** Processing time in periods (>= 0). */
  duration: number;
  /** Per-period demand on each renewable resource, in `problem.renewable` order. */
  renewable: readonly number[];
  /** Total consumption of each non-renewable resource, in `problem.nonRenewable` order. */
  nonRenewable: readonly number[];
  /** Total spend on each budget resource, in `problem.budgets` order (drawn as the budget says). */
  budget?: readonly number[];
  /** Cost counted by the `cost` objective (need not be a budget resource). */
  cost?: number;
  /** Free label carried through (e.g. "partner CHN, joint venture"). */
  label?: string;
}

export interface Activity {
  /** Stable label; for PSPLIB the job number as a string ("1" is the source). */
  id: string;
  modes: readonly Mode[];
  /** Earliest start (release date). */
  release?: number;
  /** Hard deadline: latest finish. */
  deadline?: number;
  /** Soft due date for finish; lateness beyond it costs `tardinessWeight` per period. */
  dueDate?: number;
  tardinessWeight?: number;
}

/**
 * A temporal constraint between two activities, by index.
 * FS: start(to) >= finish(from) + lag.   SS: start(to) >= start(from) + lag.   lag >= 0.
 */
export interface Precedence {
  from: number;
  to: number;
  type: "FS" | "SS";
  lag: number;
}

/** A capacity step: from period `from` on (inclusive), capacity is `capacity`. */
export interface CapacityStep {
  from: number;
  capacity: number;
}

export interface RenewableResource {
  id: string;
  /** A constant, or a piecewise-constant profile (steps sorted by `from`; before the first step, 0). */
  capacity: number | readonly CapacityStep[];
}

export interface NonRenewableResource {
  id: string;
  /** Total available over the whole project. */
  capacity: number;
}

export interface Tranche {
  time: number;
  amount: number;
}

/**
 * Money that arrives in tranches: at every period t, cumulative spend up to and including t must
 * not exceed cumulative arrivals at times <= t. `draw: "start"` books a mode's whole budget at its
 * start; `"spread"` books it evenly over the duration (integer split, remainder in the first periods).
 */
export interface BudgetResource {
  id: string;
  tranches: readonly Tranche[];
  draw: "start" | "spread";
}

/**
 * Terms of the objective, compared lexicographically in the given order (after feasibility).
 * `completion` is the latest finish among the activities that carry a due date (a project's
 * deliverables); it equals the makespan when no activity has one.
 */
export type ObjectiveTerm = "makespan" | "completion" | "weightedTardiness" | "cost";

export interface Problem {
  name?: string;
  activities: readonly Activity[];
  precedences: readonly Precedence[];
  renewable: readonly RenewableResource[];
  nonRenewable: readonly NonRenewableResource[];
  budgets: readonly BudgetResource[];
  /** Lexicographic objective; defaults to ["makespan"]. */
  objective?: readonly ObjectiveTerm[];
  /** Optional upper bound on the makespan used by search (e.g. PSPLIB's horizon). */
  horizon?: number;
}

/** The decisions: a mode index (0-based) and a start period per activity. Everything else is derived. */
export interface Schedule {
  modes: readonly number[];
  starts: readonly number[];
}
