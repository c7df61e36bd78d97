/** Aggregates per-instance results into the figures the report prints. */
import type { RecordedResult } from "./task.ts";

export interface Summary {
  n: number;
  feasible: number;
  atBest: number;
  provedOptimal: number;
  /** Mean % above best-known, over instances with a feasible schedule. */
  devBest?: number;
  /** Mean % above the critical-path bound, over instances with a feasible schedule. */
  devCpm?: number;
  meanWallMs: number;
  medianWallMs: number;
  worstWallMs: number;
  meanSchedules?: number;
  /** Mean nodes of the engine's exact search, when reported. */
  meanNodes?: number;
  /** Schedules per second of solve wall time. */
  rate?: number;
  errors: number;
}

const mean = (values: readonly number[]): number | undefined =>
  values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function summarize(results: readonly RecordedResult[]): Summary {
  const solved = results.filter((r) => r.feasible && r.makespan !== undefined);
  const devBest = solved.map((r) => (100 * (r.makespan! - r.bestKnown)) / r.bestKnown);
  const devCpm = solved.map((r) => (100 * (r.makespan! - r.criticalPath)) / r.criticalPath);
  const schedules = results.flatMap((r) =>
    r.schedulesGenerated === undefined ? [] : [r.schedulesGenerated],
  );
  const walls = results.map((r) => r.wallMs);
  const totalWallS = walls.reduce((a, b) => a + b, 0) / 1000;
  const summary: Summary = {
    n: results.length,
    feasible: solved.length,
    atBest: solved.filter((r) => r.makespan! <= r.bestKnown).length,
    provedOptimal: results.filter((r) => r.feasible && r.status === "optimal").length,
    meanWallMs: mean(walls) ?? 0,
    medianWallMs: median(walls) ?? 0,
    worstWallMs: walls.length === 0 ? 0 : Math.max(...walls),
    errors: results.filter((r) => r.status === "error" || (r.makespan !== undefined && !r.feasible)).length,
  };
  const db = mean(devBest);
  const dc = mean(devCpm);
  const ms = mean(schedules);
  const nodes = mean(results.flatMap((r) => (r.nodes === undefined ? [] : [r.nodes])));
  if (nodes !== undefined) summary.meanNodes = nodes;
  if (db !== undefined) summary.devBest = db;
  if (dc !== undefined) summary.devCpm = dc;
  if (ms !== undefined) {
    summary.meanSchedules = ms;
    if (totalWallS > 0) summary.rate = schedules.reduce((a, b) => a + b, 0) / totalWallS;
  }
  return summary;
}

export interface HeadToHead {
  n: number;
  better: number;
  equal: number;
  worse: number;
  /** Mean of engine makespan / Chuffed makespan over instances both solved. */
  meanRatio?: number;
}

/** Per instance: a feasible makespan beats no solution; lower makespan beats higher. */
export function headToHead(engine: readonly RecordedResult[], peer: readonly RecordedResult[]): HeadToHead {
  const peerByInstance = new Map(peer.map((r) => [r.instance, r]));
  const out: HeadToHead = { n: 0, better: 0, equal: 0, worse: 0 };
  const ratios: number[] = [];
  for (const ours of engine) {
    const theirs = peerByInstance.get(ours.instance);
    if (!theirs) continue;
    out.n++;
    const a = ours.feasible ? ours.makespan! : Number.POSITIVE_INFINITY;
    const b = theirs.feasible ? theirs.makespan! : Number.POSITIVE_INFINITY;
    if (a < b) out.better++;
    else if (a === b) out.equal++;
    else out.worse++;
    if (Number.isFinite(a) && Number.isFinite(b) && b > 0) ratios.push(a / b);
  }
  const ratio = mean(ratios);
  if (ratio !== undefined) out.meanRatio = ratio;
  return out;
}
