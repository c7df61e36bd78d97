import { type Compiled, capacityOver } from "../compile/compiled.ts";
import { EdgeFinding } from "./edge-finding.ts";
import { EnergeticReasoning } from "./energetic-reasoning.ts";
import { OpenStartEnergy } from "./open-start-energy.ts";

/** What the branch and bound has placed (see `TimeWindows.propagate`). */
export interface PlacedPart {
  /** 1 for a placed activity. */
  readonly mask: Uint8Array;
  /** Capacity less the placed activities' usage, `room[k * span + t]`, span = the windows' maxT + 1. */
  readonly room: Int32Array;
}

/**
 * Start-time windows [est, lst] of a fixed-mode schedule under a makespan bound T (every activity
 * finishes by T), narrowed by two propagators run to a fixpoint:
 *
 * - precedence (FS/SS with minimum lags, releases, deadlines) on the acyclic network, forwards for
 *   earliest starts and backwards for latest starts;
 * - cumulative time-tabling (Le Pape 1994; Baptiste, Le Pape & Nuijten 2001): the compulsory
 *   part [lst, est + d) of every activity is booked in a profile, and an activity's window loses
 *   every start where its demand would overload the profile (its own part left out) against the
 *   time-varying capacity.
 *
 * - disjunctive pairs: two activities whose demands on some resource exceed its largest capacity
 *   can never overlap, so one precedes the other; when i cannot finish by j's latest start
 *   (est_i + d_i > lst_j), j precedes i: est_i >= est_j + d_j and lst_j <= lst_i - d_j (the pair
 *   rule of detectable precedences, Vilím 2004; Baptiste, Le Pape & Nuijten 2001, ch. 4).
 *
 * - edge finding (`edge-finding.ts`) once the others are at their fixpoint: in the branch and bound it
 *   moves a bound on about one call in six and time-tabling on one in two, so the cheaper
 *   time-tabling runs first (the fixpoint does not depend on the order; issue 14, round 14);
 * - with a placed part (the branch and bound), energetic reasoning from the open start
 *   (`open-start-energy.ts`): every interval from the earliest start left to an unplaced activity,
 *   checked in O(n + T) per resource; it moves earliest starts only;
 * - energetic reasoning (`energetic-reasoning.ts`) once all the others are at their fixpoint.
 *
 * All of them only remove starts that no feasible schedule with makespan <= T uses (checked against
 * brute force in time-windows.test.ts), so a wiped-out window proves that no such schedule exists.
 */
export class TimeWindows {
  readonly est: Int32Array;
  readonly lst: Int32Array;
  /** Duration and global mode of each activity, for the modes given to the constructor. */
  readonly dur: Int32Array;
  readonly mode: Int32Array;
  /** Capacity less compulsory usage, room[k * span + t], in the last time-tabling sweep. */
  private readonly room: Int32Array;
  /** Per activity, its demands on the resources it uses: resK/resR[resOffset[i] .. resOffset[i + 1]). */
  private readonly resOffset: Int32Array;
  private readonly resK: Int32Array;
  private readonly resR: Int32Array;
  /** Per precedence q: the least distance from its predecessor's start to its successor's (duration if FS, plus lag). */
  private readonly gap: Int32Array;
  /** Capacity of resource k in period t < span: capSpan[k * span + t] (the compiled horizon's last period beyond it). */
  private readonly capSpan: Int32Array;
  /** Per resource, the smallest capacity less compulsory usage over [0, T) in the last time-tabling sweep. */
  private readonly leastRoom: Int32Array;
  /** The placed set of a propagation without one: nothing placed. */
  private readonly nonePlaced: Uint8Array;
  private readonly cpFrom: Int32Array;
  private readonly cpTo: Int32Array;
  private readonly span: number;
  /** Pairs (pairA[x], pairB[x]) of activities that can never run at the same time. */
  private readonly pairA: Int32Array;
  private readonly pairB: Int32Array;
  /** Edge finding on cliques of pairwise-disjunctive activities. */
  private readonly edgeFinding: EdgeFinding;
  private readonly energetic: EnergeticReasoning;
  private readonly openStartEnergy: OpenStartEnergy;
  /**
   * Whether `propagate` ends with energetic reasoning (`EnergeticReasoning`), once the cheaper
   * propagators have reached their fixpoint. On by default; the branch and bound turns it off
   * below its root.
   */
  energeticReasoning = true;

  /** `modes`: the local mode of each activity; `maxT`: the largest makespan bound that will be asked. */
  constructor(
    private readonly c: Compiled,
    modes: ArrayLike<number>,
    maxT: number,
  ) {
    this.est = new Int32Array(c.n);
    this.lst = new Int32Array(c.n);
    this.dur = new Int32Array(c.n);
    this.mode = new Int32Array(c.n);
    for (let i = 0; i < c.n; i++) {
      const g = c.modeOffset[i]! + modes[i]!;
      this.mode[i] = g;
      this.dur[i] = c.dur[g]!;
    }
    this.gap = new Int32Array(c.predFrom.length);
    for (let q = 0; q < c.predFrom.length; q++)
      this.gap[q] = (c.predFromEnd[q] ? this.dur[c.predFrom[q]!]! : 0) + c.predLag[q]!;
    this.span = Math.max(1, maxT + 1);
    this.room = new Int32Array(c.nR * this.span);
    this.resOffset = new Int32Array(c.n + 1);
    const resK: number[] = [];
    const resR: number[] = [];
    for (let i = 0; i < c.n; i++) {
      for (let k = 0; k < c.nR; k++) {
        const r = c.req[this.mode[i]! * c.nR + k]!;
        if (r === 0) continue;
        resK.push(k);
        resR.push(r);
      }
      this.resOffset[i + 1] = resK.length;
    }
    this.resK = Int32Array.from(resK);
    this.resR = Int32Array.from(resR);
    this.capSpan = capacityOver(c, this.span);
    this.leastRoom = new Int32Array(c.nR);
    this.nonePlaced = new Uint8Array(c.n);
    this.cpFrom = new Int32Array(c.n);
    this.cpTo = new Int32Array(c.n);
    const [a, b] = disjunctivePairs(c, this.mode, this.dur);
    this.pairA = a;
    this.pairB = b;
    const [cliqueOffset, cliqueMember] = disjunctiveCliques(c.n, a, b);
    this.edgeFinding = new EdgeFinding(cliqueOffset, cliqueMember);
    this.energetic = new EnergeticReasoning(c, this.mode, this.dur, this.span);
    this.openStartEnergy = new OpenStartEnergy(c, this.mode, this.dur, this.span);
  }

  /** Widest windows for makespan <= T: from the release to the deadline or T. */
  reset(T: number): void {
    const { c, est, lst, dur } = this;
    for (let i = 0; i < c.n; i++) {
      est[i] = Math.max(0, c.release[i]!);
      lst[i] = Math.min(T, c.deadline[i]!) - dur[i]!;
    }
  }

  /**
   * Narrows the windows to a fixpoint under makespan <= T; false when some window is empty.
   *
   * `placed` (the branch and bound) names activities already placed — est = lst = their start, each
   * with every predecessor placed before it and the precedences and capacities among them met — and
   * gives the room they leave, `room[k * span + t]` = capacity less their usage (span = maxT + 1).
   * Their windows cannot move, so the precedence and pair sweeps pass over them and time-tabling
   * books only the others on top of that room: the same fixpoint with less work per node.
   */
  propagate(T: number, placed?: PlacedPart): boolean {
    const { c, lst, dur } = this;
    if (T >= this.span) return false;
    for (let i = 0; i < c.n; i++) if (lst[i]! > T - dur[i]!) lst[i] = T - dur[i]!;
    if (placed && placed.room.length !== this.room.length) throw new Error("placed.room: wrong span");
    const mask = placed?.mask ?? this.nonePlaced;
    let openStartAgain = false;
    for (;;) {
      if (!this.precedence(mask)) return false;
      const dp = this.disjunctive(mask);
      if (dp < 0) return false;
      if (dp > 0) continue;
      const tt = this.timeTable(T, mask, placed?.room ?? this.capSpan);
      if (tt < 0) return false;
      if (tt > 0) continue;
      const ef = this.edgeFinding.run(this.est, this.lst, this.dur);
      if (ef < 0) return false;
      if (ef > 0) continue;
      if (placed) {
        const oe = this.openStartEnergy.run(this.est, this.lst, T, mask, placed.room, openStartAgain);
        openStartAgain = true;
        if (oe < 0) return false;
        if (oe > 0) continue;
      }
      if (!this.energeticReasoning) return true;
      const er = this.energetic.run(this.est, this.lst, T);
      if (er < 0) return false;
      if (er === 0) return true;
    }
  }

  /**
   * Shaving (Martin & Shmoys 1996; Baptiste, Le Pape & Nuijten 2001): for each activity, the
   * largest s such that starting in [est, s] is refuted by propagation is found by binary search
   * and removed (est becomes s + 1), and likewise from the latest start; repeated until nothing
   * moves, `maxProbes` propagations are spent or the clock passes `stopAt`. Call after a
   * successful `propagate(T)`. Returns
   * false when the windows are wiped out (makespan <= T is infeasible), and the probes spent.
   */
  shave(
    T: number,
    maxProbes: number,
    stopAt = Number.POSITIVE_INFINITY,
  ): { feasible: boolean; probes: number } {
    const { c, est, lst } = this;
    const saveEst = new Int32Array(c.n);
    const saveLst = new Int32Array(c.n);
    let probes = 0;
    let outOfTime = false;
    /** Whether another probe may run: within `maxProbes` and (checked every 16 probes) before `stopAt`. */
    const more = (): boolean => {
      if (outOfTime || probes >= maxProbes) return false;
      if ((probes & 15) === 0 && performance.now() >= stopAt) outOfTime = true;
      return !outOfTime;
    };
    /** Whether restricting i to [from, to] is refuted; the windows are left as they were. */
    const refuted = (i: number, from: number, to: number): boolean => {
      probes++;
      saveEst.set(est);
      saveLst.set(lst);
      est[i] = from;
      lst[i] = to;
      const ok = this.propagate(T);
      est.set(saveEst);
      lst.set(saveLst);
      return !ok;
    };
    for (let moved = true; moved && more(); ) {
      moved = false;
      for (let i = 0; i < c.n && more(); i++) {
        if (est[i] === lst[i]) continue;
        // Earliest side: the largest s in [est, lst - 1] with [est, s] refuted.
        let lo = est[i]!;
        let hi = lst[i]! - 1;
        let cut = -1;
        while (lo <= hi && more()) {
          const mid = (lo + hi) >> 1;
          if (refuted(i, est[i]!, mid)) {
            cut = mid;
            lo = mid + 1;
          } else hi = mid - 1;
        }
        if (cut >= 0) {
          est[i] = cut + 1;
          moved = true;
          if (!this.propagate(T)) return { feasible: false, probes };
        }
        if (est[i] === lst[i]) continue;
        // Latest side: the smallest s in [est + 1, lst] with [s, lst] refuted.
        lo = est[i]! + 1;
        hi = lst[i]!;
        cut = -1;
        while (lo <= hi && more()) {
          const mid = (lo + hi + 1) >> 1;
          if (refuted(i, mid, lst[i]!)) {
            cut = mid;
            hi = mid - 1;
          } else lo = mid + 1;
        }
        if (cut >= 0) {
          lst[i] = cut - 1;
          moved = true;
          if (!this.propagate(T)) return { feasible: false, probes };
        }
      }
    }
    return { feasible: true, probes };
  }

  /**
   * One sweep over the disjunctive pairs, but those of two placed activities (see `propagate`): -1
   * when neither order fits, else the number of bounds moved.
   */
  private disjunctive(placed: Uint8Array): number {
    const { est, lst, dur, pairA, pairB } = this;
    let moved = 0;
    for (let x = 0; x < pairA.length; x++) {
      const i = pairA[x]!;
      const j = pairB[x]!;
      if (placed[i]! & placed[j]!) continue;
      const iFirst = est[i]! + dur[i]! <= lst[j]!;
      const jFirst = est[j]! + dur[j]! <= lst[i]!;
      if (iFirst && jFirst) continue;
      if (!iFirst && !jFirst) return -1;
      // a precedes b.
      const a = iFirst ? i : j;
      const b = iFirst ? j : i;
      if (est[b]! < est[a]! + dur[a]!) {
        est[b] = est[a]! + dur[a]!;
        if (est[b]! > lst[b]!) return -1;
        moved++;
      }
      if (lst[a]! > lst[b]! - dur[a]!) {
        lst[a] = lst[b]! - dur[a]!;
        if (est[a]! > lst[a]!) return -1;
        moved++;
      }
    }
    return moved;
  }

  /**
   * One forward and one backward pass in topological order; on an acyclic network that is a
   * fixpoint. Placed activities (see `propagate`) are passed over: nothing they take part in alone
   * can move.
   */
  private precedence(placed: Uint8Array): boolean {
    const { est, lst, gap } = this;
    const { n, topo, predOffset, predFrom } = this.c;
    for (let x = 0; x < n; x++) {
      const j = topo[x]!;
      if (placed[j]) continue;
      let e = est[j]!;
      for (let q = predOffset[j]!, end = predOffset[j + 1]!; q < end; q++) {
        const t = est[predFrom[q]!]! + gap[q]!;
        if (t > e) e = t;
      }
      est[j] = e;
    }
    for (let x = n - 1; x >= 0; x--) {
      const j = topo[x]!;
      if (placed[j]) continue;
      const lj = lst[j]!;
      for (let q = predOffset[j]!, end = predOffset[j + 1]!; q < end; q++) {
        const p = predFrom[q]!;
        const t = lj - gap[q]!;
        if (t < lst[p]!) lst[p] = t;
      }
    }
    for (let i = 0; i < n; i++) if (est[i]! > lst[i]!) return false;
    return true;
  }

  /**
   * One time-tabling sweep: -1 on a wipe-out or an overloaded profile, else the number of windows
   * narrowed. `initialRoom`: the room before any unplaced activity is booked (capacity, less the placed
   * activities' usage when there are some).
   */
  private timeTable(T: number, placed: Uint8Array, initialRoom: Int32Array): number {
    const { c, est, lst, dur, room, cpFrom, cpTo, span, resOffset, resK, resR } = this;
    const nR = c.nR;
    // The room in each period of [0, T): less the compulsory parts [lst, est + d) of the unplaced.
    room.set(initialRoom);
    for (let i = 0; i < c.n; i++) {
      if (placed[i]) continue;
      const from = lst[i]!;
      const to = est[i]! + dur[i]!;
      cpFrom[i] = from;
      cpTo[i] = to;
      if (from >= to) continue;
      for (let x = resOffset[i]!, end = resOffset[i + 1]!; x < end; x++) {
        const base = resK[x]! * span;
        const r = resR[x]!;
        for (let t = base + from; t < base + to; t++) room[t]! -= r;
      }
    }
    // Per resource, the room at its fullest period (an overload refutes T).
    const { leastRoom } = this;
    for (let k = 0; k < nR; k++) {
      let least = 2147483647;
      for (let t = k * span, end = k * span + T; t < end; t++) {
        const left = room[t]!;
        if (left < 0) return -1;
        if (left < least) least = left;
      }
      leastRoom[k] = least;
    }
    let narrowed = 0;
    for (let i = 0; i < c.n; i++) {
      const d = dur[i]!;
      if (d === 0 || est[i] === lst[i]) continue;
      const first = resOffset[i]!;
      const last = resOffset[i + 1]!;
      // No period has less room than i's demands: none can refuse i, nothing to narrow.
      let fitsAnywhere = true;
      for (let x = first; x < last && fitsAnywhere; x++) fitsAnywhere = resR[x]! <= leastRoom[resK[x]!]!;
      if (fitsAnywhere) continue;
      // A period refuses i when its room is below i's demand outside i's own compulsory part
      // [cpFrom, cpTo) (inside it, the room plus i's own demand is never below the demand, as the
      // room is never negative).
      const ownFrom = cpFrom[i]!;
      const ownTo = cpTo[i]!;
      // Earliest start that fits: a conflict at period tau moves the start just past tau.
      let t = est[i]!;
      search: while (t <= lst[i]!) {
        for (let x = first; x < last; x++) {
          const base = resK[x]! * span;
          const r = resR[x]!;
          for (let tau = t + d - 1; tau >= t; tau--) {
            if (room[base + tau]! < r && (tau < ownFrom || tau >= ownTo)) {
              t = tau + 1;
              continue search;
            }
          }
        }
        break;
      }
      if (t > lst[i]!) return -1;
      if (t !== est[i]) {
        est[i] = t;
        narrowed++;
      }
      // Latest start that fits: a conflict at period tau moves the start to tau - d.
      t = lst[i]!;
      search: while (t >= est[i]!) {
        for (let x = first; x < last; x++) {
          const base = resK[x]! * span;
          const r = resR[x]!;
          for (let tau = t; tau < t + d; tau++) {
            if (room[base + tau]! < r && (tau < ownFrom || tau >= ownTo)) {
              t = tau - d;
              continue search;
            }
          }
        }
        break;
      }
      if (t < est[i]!) return -1;
      if (t !== lst[i]) {
        lst[i] = t;
        narrowed++;
      }
    }
    return narrowed;
  }
}

/**
 * Pairs of activities (both with a positive duration) that can never overlap: on some renewable
 * resource their demands together exceed the largest capacity it ever has.
 */
function disjunctivePairs(c: Compiled, mode: Int32Array, dur: Int32Array): [Int32Array, Int32Array] {
  const maxCap = new Int32Array(c.nR);
  for (let k = 0; k < c.nR; k++) {
    let m = 0;
    for (let t = 0; t < c.H; t++) m = Math.max(m, c.cap[k * c.H + t]!);
    maxCap[k] = m;
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < c.n; i++) {
    if (dur[i] === 0) continue;
    for (let j = i + 1; j < c.n; j++) {
      if (dur[j] === 0) continue;
      for (let k = 0; k < c.nR; k++) {
        if (c.req[mode[i]! * c.nR + k]! + c.req[mode[j]! * c.nR + k]! > maxCap[k]!) {
          a.push(i);
          b.push(j);
          break;
        }
      }
    }
  }
  return [Int32Array.from(a), Int32Array.from(b)];
}

/**
 * A greedy cover of the disjunctive pairs by cliques of at least three activities: from each
 * activity (most pairs first), add every activity disjunctive with all members so far. Repeated
 * cliques are kept once.
 */
function disjunctiveCliques(n: number, a: Int32Array, b: Int32Array): [Int32Array, Int32Array] {
  // Built once per TimeWindows, which the mode-vector search makes per mode vector: flat arrays.
  if (a.length === 0) return [Int32Array.of(0), new Int32Array(0)];
  const adj = new Uint8Array(n * n);
  const degree = new Int32Array(n);
  for (let x = 0; x < a.length; x++) {
    adj[a[x]! * n + b[x]!] = 1;
    adj[b[x]! * n + a[x]!] = 1;
    degree[a[x]!]!++;
    degree[b[x]!]!++;
  }
  const byDegree = Array.from({ length: n }, (_, i) => i).sort((x, y) => degree[y]! - degree[x]! || x - y);
  const seen = new Set<string>();
  const offset = [0];
  const member: number[] = [];
  const clique = new Int32Array(n);
  for (const start of byDegree) {
    if (degree[start]! < 2) continue;
    clique[0] = start;
    let size = 1;
    for (const j of byDegree) {
      if (j === start) continue;
      let all = true;
      for (let z = 0; z < size && all; z++) all = adj[clique[z]! * n + j] === 1;
      if (all) clique[size++] = j;
    }
    if (size < 3) continue;
    const sorted = clique.subarray(0, size).sort();
    const key = sorted.join(",");
    if (seen.has(key)) continue;
    seen.add(key);
    for (let z = 0; z < size; z++) member.push(sorted[z]!);
    offset.push(member.length);
  }
  return [Int32Array.from(offset), Int32Array.from(member)];
}
