/**
 * Screening throughput at 100,000 entities (the shipped samples plus synthetic parties) and
 * precision/recall on both labelled evaluation sets, per script and category. Prints one JSON line.
 * Throughput is measured twice: the Latin mix of earlier runs (comparable over time), and a multi-script
 * mix where one query in five is a Cyrillic, Chinese or Korean name (those are read in 2–3 ways each).
 */
import { loadavg } from "node:os";
import {
  DEFAULT_SCREENING_THRESHOLD,
  type ScreeningQuery,
  ScreeningIndex,
  loadSampleEntities,
} from "../src/index.ts";
import { evaluate, indexFor } from "../src/screening/eval/evaluate.ts";
import { benchEntities, latinQueries, multiScriptQueries, readEvalSet } from "./bench-workload.ts";

const QUERIES = Number(process.env.BENCH_QUERIES ?? 5_000);
const samples = await loadSampleEntities();
const entities = benchEntities(samples);
const t = performance.now();
const index = new ScreeningIndex(entities);
const buildSeconds = (performance.now() - t) / 1000;

const queries = latinQueries(entities, QUERIES);
for (const q of queries.slice(0, 200)) index.screen(q); // warm-up
function timed(qs: ScreeningQuery[]): { qps: number; qpcpu: number; alerts: number; load: number } {
  const t0 = performance.now();
  const cpu = process.cpuUsage();
  let alerts = 0;
  for (const q of qs) alerts += index.screen(q).matches.length > 0 ? 1 : 0;
  const seconds = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu);
  // On a shared machine wall time depends on other load; CPU time is the cost of the queries themselves.
  const cpuSeconds = (used.user + used.system) / 1e6;
  return {
    qps: Math.round(qs.length / seconds),
    qpcpu: Math.round(qs.length / cpuSeconds),
    alerts,
    load: loadavg()[0]!,
  };
}
const latin = timed(queries);
const scriptCases = readEvalSet("queries-scripts.json");
const mixed = multiScriptQueries(queries);
const multi = timed(mixed);

const cases = readEvalSet("queries.json");
const sampleIndex = new ScreeningIndex(samples);
const score = evaluate(sampleIndex, cases, DEFAULT_SCREENING_THRESHOLD);
const scripts = evaluate(indexFor(samples, scriptCases), scriptCases, DEFAULT_SCREENING_THRESHOLD);
const rates = (r: Record<string, { cases: number; precision: number; recall: number }>) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, `P ${v.precision} R ${v.recall} (${v.cases})`]));
process.stdout.write(
  `${JSON.stringify({
    entities: entities.length,
    buildSeconds: Math.round(buildSeconds * 100) / 100,
    queries: QUERIES,
    queriesPerSecond: latin.qps,
    queriesPerCpuSecond: latin.qpcpu,
    loadAverage: Math.round(latin.load * 10) / 10,
    alertRate: latin.alerts / QUERIES,
    multiScriptQueriesPerSecond: multi.qps,
    multiScriptQueriesPerCpuSecond: multi.qpcpu,
    multiScriptLoadAverage: Math.round(multi.load * 10) / 10,
    evalCases: score.cases,
    threshold: score.threshold,
    precision: score.precision,
    recall: score.recall,
    pairPrecision: score.pairPrecision,
    scriptsEvalCases: scripts.cases,
    scriptsPrecision: scripts.precision,
    scriptsRecall: scripts.recall,
    scriptsByScript: rates(scripts.byScript),
    scriptsByCategory: rates(scripts.byCategory),
    firstSetByScript: rates(score.byScript),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
