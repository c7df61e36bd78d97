import type { ObjectiveTerm, Problem } from "../model.ts";
import { ProblemInputError } from "../errors.ts";
import { checkProblem } from "./check-problem.ts";

/** Upper limit on periods × profiles, so that a stray far-future date cannot exhaust memory. */
const MAX_TIME_CELLS = 50_000_000;

/** "No deadline": large enough to never bind, small enough for Int32 arithmetic. */
export const NO_TIME = 0x3fffffff;

/**
 * Temporal constraints in compressed-row form, by successor: for edge e into activity j,
 * `S_j + toEnd*d_j >= S_from + fromEnd*d_from + lag`. FS is (1,0), SS (0,0); the mirrored
 * problem used by backward passes also needs FF (1,1).
 */
export interface Network {
  readonly n: number;
  readonly predOffset: Int32Array;
  readonly predFrom: Int32Array;
  readonly predLag: Int32Array;
  readonly predFromEnd: Uint8Array;
  readonly predToEnd: Uint8Array;
  readonly release: Int32Array;
  readonly deadline: Int32Array;
}

/** Resource availability over integer periods [0, H): the part of the problem that changes with time. */
export interface Timeline {
  readonly H: number;
  /** cap[k*H + t]: renewable capacity of resource k in period t. */
  readonly cap: Int32Array;
  /** cumArrival[b*H + t]: money of budget b arrived at times <= t. */
  readonly cumArrival: Float64Array;
}

/** The problem in flat typed arrays, built once per solve so that decoding allocates nothing. */
export interface Compiled extends Network, Timeline {
  readonly problem: Problem;
  readonly nR: number;
  readonly nN: number;
  readonly nB: number;
  /** Modes of activity i are global mode ids modeOffset[i] .. modeOffset[i+1]-1. */
  readonly modeOffset: Int32Array;
  readonly dur: Int32Array;
  readonly req: Int32Array;
  readonly nreq: Int32Array;
  readonly bud: Float64Array;
  readonly cost: Float64Array;
  /** 0 when the mode can never run (a renewable demand above every capacity the resource ever has). */
  readonly live: Uint8Array;
  readonly succOffset: Int32Array;
  readonly succTo: Int32Array;
  readonly dueDate: Int32Array;
  readonly weight: Float64Array;
  readonly nrCap: Int32Array;
  readonly budgetTotal: Float64Array;
  readonly drawSpread: Uint8Array;
  readonly capConstant: boolean;
  readonly objective: readonly ObjectiveTerm[];
  /** A topological order of the precedence graph (sources first). */
  readonly topo: Int32Array;
}

/**
 * The renewable capacities over periods [0, span): out[k * span + t] is resource k's capacity in
 * period t, the compiled horizon's last period standing for every later one.
 */
export function capacityOver(c: Compiled, span: number): Int32Array {
  const out = new Int32Array(c.nR * span);
  for (let k = 0; k < c.nR; k++)
    for (let t = 0; t < span; t++) out[k * span + t] = c.cap[k * c.H + Math.min(t, c.H - 1)]!;
  return out;
}

function capacityAt(capacity: Problem["renewable"][number]["capacity"], t: number): number {
  if (typeof capacity === "number") return capacity;
  let c = 0;
  for (const s of capacity) {
    if (s.from <= t) c = s.capacity;
    else break;
  }
  return c;
}

/** Checks the problem (throws ProblemInputError) and flattens it. */
export function compile(problem: Problem): Compiled {
  checkProblem(problem);
  const acts = problem.activities;
  const n = acts.length;
  const nR = problem.renewable.length;
  const nN = problem.nonRenewable.length;
  const nB = problem.budgets.length;
  const modeOffset = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) modeOffset[i + 1] = modeOffset[i]! + acts[i]!.modes.length;
  const M = modeOffset[n]!;
  const dur = new Int32Array(M);
  const req = new Int32Array(M * nR);
  const nreq = new Int32Array(M * nN);
  const bud = new Float64Array(M * nB);
  const cost = new Float64Array(M);
  const live = new Uint8Array(M);

  let maxEvent = 0;
  const capMax = problem.renewable.map((r) => {
    if (typeof r.capacity === "number") return r.capacity;
    let m = 0;
    for (const s of r.capacity) {
      m = Math.max(m, s.capacity);
      maxEvent = Math.max(maxEvent, s.from);
    }
    return m;
  });
  for (const b of problem.budgets) for (const t of b.tranches) maxEvent = Math.max(maxEvent, t.time);

  let totalSpan = 0;
  for (let i = 0; i < n; i++) {
    const a = acts[i]!;
    maxEvent = Math.max(maxEvent, a.release ?? 0);
    let maxD = 0;
    a.modes.forEach((m, j) => {
      const g = modeOffset[i]! + j;
      dur[g] = m.duration;
      let ok = 1;
      for (let k = 0; k < nR; k++) {
        const r = m.renewable[k]!;
        req[g * nR + k] = r;
        if (r > capMax[k]! && m.duration > 0) ok = 0;
      }
      for (let k = 0; k < nN; k++) nreq[g * nN + k] = m.nonRenewable[k]!;
      for (let k = 0; k < nB; k++) bud[g * nB + k] = m.budget?.[k] ?? 0;
      cost[g] = m.cost ?? 0;
      live[g] = ok;
      maxD = Math.max(maxD, m.duration);
    });
    totalSpan += maxD;
  }

  const release = new Int32Array(n);
  const deadline = new Int32Array(n).fill(NO_TIME);
  const dueDate = new Int32Array(n).fill(-1);
  const weight = new Float64Array(n);
  acts.forEach((a, i) => {
    release[i] = a.release ?? 0;
    if (a.deadline !== undefined) deadline[i] = a.deadline;
    if (a.dueDate !== undefined) dueDate[i] = a.dueDate;
    weight[i] = a.tardinessWeight ?? (a.dueDate !== undefined ? 1 : 0);
  });

  const E = problem.precedences.length;
  const predOffset = new Int32Array(n + 1);
  const succOffset = new Int32Array(n + 1);
  const maxInLag = new Int32Array(n);
  for (const e of problem.precedences) {
    predOffset[e.to + 1]!++;
    succOffset[e.from + 1]!++;
    maxInLag[e.to] = Math.max(maxInLag[e.to]!, e.lag);
  }
  for (let i = 0; i < n; i++) {
    predOffset[i + 1]! += predOffset[i]!;
    succOffset[i + 1]! += succOffset[i]!;
    totalSpan += maxInLag[i]!;
  }
  const predFrom = new Int32Array(E);
  const predLag = new Int32Array(E);
  const predFromEnd = new Uint8Array(E);
  const predToEnd = new Uint8Array(E);
  const succTo = new Int32Array(E);
  const pFill = predOffset.slice(0, n);
  const sFill = succOffset.slice(0, n);
  for (const e of problem.precedences) {
    const p = pFill[e.to]!++;
    predFrom[p] = e.from;
    predLag[p] = e.lag;
    predFromEnd[p] = e.type === "FS" ? 1 : 0;
    succTo[sFill[e.from]!++] = e.to;
  }

  // Any serial-SGS schedule of a feasible mode assignment ends by maxEvent + Σ(max duration + max lag).
  const H = Math.max(maxEvent + totalSpan + 2, (problem.horizon ?? 0) + 2);
  if (H * (nR + 2 * nB + 1) > MAX_TIME_CELLS) {
    throw new ProblemInputError(
      "activities",
      `the time span to schedule (${H} periods) is too long for the engine's period-by-period profiles; use coarser periods (e.g. months instead of days)`,
    );
  }
  const cap = new Int32Array(nR * H);
  let capConstant = true;
  problem.renewable.forEach((r, k) => {
    if (typeof r.capacity === "number") cap.fill(r.capacity, k * H, (k + 1) * H);
    else {
      capConstant = false;
      for (let t = 0; t < H; t++) cap[k * H + t] = capacityAt(r.capacity, t);
    }
  });
  const cumArrival = new Float64Array(nB * H);
  const budgetTotal = new Float64Array(nB);
  const drawSpread = new Uint8Array(nB);
  problem.budgets.forEach((b, k) => {
    drawSpread[k] = b.draw === "spread" ? 1 : 0;
    for (const tr of b.tranches) {
      cumArrival[k * H + tr.time]! += tr.amount;
      budgetTotal[k]! += tr.amount;
    }
    for (let t = 1; t < H; t++) cumArrival[k * H + t]! += cumArrival[k * H + t - 1]!;
  });
  const nrCap = Int32Array.from(problem.nonRenewable.map((r) => r.capacity));

  // Kahn's algorithm; ties by index keep PSPLIB's numbering.
  const indeg = new Int32Array(n);
  for (const e of problem.precedences) indeg[e.to]!++;
  const topo = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (indeg[i] === 0) topo[tail++] = i;
  while (head < tail) {
    const v = topo[head++]!;
    for (let e = succOffset[v]!; e < succOffset[v + 1]!; e++) {
      const w = succTo[e]!;
      if (--indeg[w]! === 0) topo[tail++] = w;
    }
  }

  return {
    problem,
    n,
    nR,
    nN,
    nB,
    modeOffset,
    dur,
    req,
    nreq,
    bud,
    cost,
    live,
    predOffset,
    predFrom,
    predLag,
    predFromEnd,
    predToEnd,
    succOffset,
    succTo,
    release,
    deadline,
    dueDate,
    weight,
    H,
    cap,
    cumArrival,
    nrCap,
    budgetTotal,
    drawSpread,
    capConstant,
    objective: problem.objective && problem.objective.length > 0 ? problem.objective : ["makespan"],
    topo,
  };
}
