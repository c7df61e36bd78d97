import { type Compiled, compile } from "../compile/compiled.ts";
import type { Problem } from "../model.ts";

export interface LowerBounds {
  /** Longest path with the shortest live mode of every activity, respecting lags and releases. */
  criticalPath: number;
  /** Renewable energy bound: the time by which cumulative capacity covers the minimal work. */
  resource: number;
  /** One-machine bound on a clique of activities that can never overlap (Jackson-style heads + tails). */
  disjunctive: number;
  best: number;
}

function minDurations(c: Compiled): Int32Array {
  const out = new Int32Array(c.n);
  for (let i = 0; i < c.n; i++) {
    let m = 0x3fffffff;
    let any = false;
    for (let g = c.modeOffset[i]!; g < c.modeOffset[i + 1]!; g++) {
      if (c.live[g]) {
        m = Math.min(m, c.dur[g]!);
        any = true;
      }
    }
    if (!any) for (let g = c.modeOffset[i]!; g < c.modeOffset[i + 1]!; g++) m = Math.min(m, c.dur[g]!);
    out[i] = m;
  }
  return out;
}

/** Earliest starts (heads) and start-to-end tails with minimal durations (CPM, Kelley 1961). */
export function criticalPathTimes(c: Compiled): { head: Int32Array; tail: Int32Array; minDur: Int32Array } {
  const minDur = minDurations(c);
  const head = new Int32Array(c.n);
  for (const j of c.topo) {
    let es = c.release[j]!;
    for (let e = c.predOffset[j]!; e < c.predOffset[j + 1]!; e++) {
      const p = c.predFrom[e]!;
      es = Math.max(es, head[p]! + (c.predFromEnd[e] ? minDur[p]! : 0) + c.predLag[e]!);
    }
    head[j] = es;
  }
  const tail = new Int32Array(c.n);
  for (let x = c.n - 1; x >= 0; x--) {
    const j = c.topo[x]!;
    tail[j] = Math.max(tail[j]!, minDur[j]!);
    for (let e = c.predOffset[j]!; e < c.predOffset[j + 1]!; e++) {
      const p = c.predFrom[e]!;
      tail[p] = Math.max(tail[p]!, (c.predFromEnd[e] ? minDur[p]! : 0) + c.predLag[e]! + tail[j]!);
    }
  }
  return { head, tail, minDur };
}

function resourceBound(c: Compiled): number {
  let best = 0;
  for (let k = 0; k < c.nR; k++) {
    let work = 0;
    for (let i = 0; i < c.n; i++) {
      let w = Number.POSITIVE_INFINITY;
      let anyLive = false;
      for (let g = c.modeOffset[i]!; g < c.modeOffset[i + 1]!; g++) if (c.live[g]) anyLive = true;
      for (let g = c.modeOffset[i]!; g < c.modeOffset[i + 1]!; g++) {
        if (c.live[g] || !anyLive) w = Math.min(w, c.dur[g]! * c.req[g * c.nR + k]!);
      }
      work += Number.isFinite(w) ? w : 0;
    }
    if (work === 0) continue;
    let t = 0;
    let acc = 0;
    while (t < c.H && acc < work) acc += c.cap[k * c.H + t++]!;
    if (acc < work) {
      const last = c.cap[k * c.H + c.H - 1]!;
      if (last === 0) continue; // never enough: explainInfeasibility reports it
      t += Math.ceil((work - acc) / last);
    }
    best = Math.max(best, t);
  }
  return best;
}

/** Bitsets of activities that cannot start before v finishes: reached by a path whose first edge is FS. */
function disjointAfter(c: Compiled): Uint32Array[] {
  const words = (c.n + 31) >>> 5;
  const all = Array.from({ length: c.n }, () => new Uint32Array(words));
  const fs = Array.from({ length: c.n }, () => new Uint32Array(words));
  for (let x = c.n - 1; x >= 0; x--) {
    const v = c.topo[x]!;
    for (let e = c.succOffset[v]!; e < c.succOffset[v + 1]!; e++) {
      const w = c.succTo[e]!;
      const isFs = edgeIsFs(c, v, w);
      const av = all[v]!;
      const fv = fs[v]!;
      const aw = all[w]!;
      for (let q = 0; q < words; q++) {
        av[q]! |= aw[q]!;
        if (isFs) fv[q]! |= aw[q]!;
      }
      av[w >>> 5]! |= 1 << (w & 31);
      if (isFs) fv[w >>> 5]! |= 1 << (w & 31);
    }
  }
  return fs;
}

function edgeIsFs(c: Compiled, from: number, to: number): boolean {
  for (let e = c.predOffset[to]!; e < c.predOffset[to + 1]!; e++) {
    if (c.predFrom[e] === from && c.predFromEnd[e]) return true;
  }
  return false;
}

function resourceIncompatible(c: Compiled, a: number, b: number, capMax: Int32Array): boolean {
  for (let ga = c.modeOffset[a]!; ga < c.modeOffset[a + 1]!; ga++) {
    if (!c.live[ga]) continue;
    if (c.dur[ga] === 0) return false;
    for (let gb = c.modeOffset[b]!; gb < c.modeOffset[b + 1]!; gb++) {
      if (!c.live[gb]) continue;
      if (c.dur[gb] === 0) return false;
      let clash = false;
      for (let k = 0; k < c.nR; k++) {
        if (c.req[ga * c.nR + k]! + c.req[gb * c.nR + k]! > capMax[k]!) clash = true;
      }
      if (!clash) return false;
    }
  }
  return true;
}

function disjunctiveBound(c: Compiled, head: Int32Array, tail: Int32Array, minDur: Int32Array): number {
  if (c.n > 3000) return 0; // the pairwise relation would cost n² bits
  const capMax = new Int32Array(c.nR);
  for (let k = 0; k < c.nR; k++)
    for (let t = 0; t < c.H; t++) capMax[k] = Math.max(capMax[k]!, c.cap[k * c.H + t]!);
  const after = disjointAfter(c);
  const has = (v: number, w: number) => ((after[v]![w >>> 5]! >>> (w & 31)) & 1) === 1;
  const incompatible = (a: number, b: number) =>
    has(a, b) || has(b, a) || resourceIncompatible(c, a, b, capMax);
  const cands = Array.from({ length: c.n }, (_, i) => i)
    .filter((i) => minDur[i]! > 0)
    .sort((a, b) => minDur[b]! - minDur[a]!);
  let best = 0;
  for (const seed of cands.slice(0, 40)) {
    const clique = [seed];
    for (const v of cands) {
      if (v !== seed && clique.every((u) => incompatible(u, v))) clique.push(v);
    }
    let minHead = Number.POSITIVE_INFINITY;
    let minTail = Number.POSITIVE_INFINITY;
    let sum = 0;
    for (const v of clique) {
      minHead = Math.min(minHead, head[v]!);
      minTail = Math.min(minTail, tail[v]! - minDur[v]!);
      sum += minDur[v]!;
    }
    best = Math.max(best, minHead + sum + minTail);
  }
  return best;
}

export function lowerBoundsOf(c: Compiled): LowerBounds {
  const { head, tail, minDur } = criticalPathTimes(c);
  let criticalPath = 0;
  for (let i = 0; i < c.n; i++) criticalPath = Math.max(criticalPath, head[i]! + minDur[i]!);
  const resource = resourceBound(c);
  const disjunctive = disjunctiveBound(c, head, tail, minDur);
  return { criticalPath, resource, disjunctive, best: Math.max(criticalPath, resource, disjunctive) };
}

/** Lower bounds on the makespan of any feasible schedule. */
export function lowerBounds(problem: Problem): LowerBounds {
  return lowerBoundsOf(compile(problem));
}
