/**
 * Screening throughput at 100,000 entities (the shipped samples plus synthetic parties) and
 * precision/recall on the labelled evaluation set. Prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import {
  DEFAULT_SCREENING_THRESHOLD,
  type ScreeningQuery,
  ScreeningIndex,
  loadSampleEntities,
} from "../src/index.ts";
import { type EvalCase, evaluate } from "../src/screening/eval/evaluate.ts";
import { lcg, stem, syntheticParties } from "./synthetic-parties.ts";

const TARGET = 100_000;
const QUERIES = Number(process.env.BENCH_QUERIES ?? 5_000);
const samples = await loadSampleEntities();
const entities = [...samples, ...syntheticParties(TARGET - samples.length)];
let t = performance.now();
const index = new ScreeningIndex(entities);
const buildSeconds = (performance.now() - t) / 1000;

// Half the queries are listed names with one letter changed, half are names that are not listed.
const rand = lcg(99);
const queries: ScreeningQuery[] = [];
for (let q = 0; q < QUERIES; q++) {
  if (q % 2 === 0) {
    const e = entities[Math.floor(rand() * entities.length)]!;
    const p = 1 + Math.floor(rand() * Math.max(1, e.name.length - 2));
    queries.push({ name: `${e.name.slice(0, p)}${e.name.slice(p + 1)}` });
  } else {
    queries.push({ name: `${stem(rand)} ${stem(rand)}` });
  }
}
for (const q of queries.slice(0, 200)) index.screen(q); // warm-up
t = performance.now();
const cpu = process.cpuUsage();
let alerts = 0;
for (const q of queries) alerts += index.screen(q).matches.length > 0 ? 1 : 0;
const seconds = (performance.now() - t) / 1000;
const used = process.cpuUsage(cpu);
// On a shared machine wall time depends on other load; CPU time is the cost of the queries themselves.
const cpuSeconds = (used.user + used.system) / 1e6;

const cases = JSON.parse(
  readFileSync(new URL("../src/screening/eval/queries.json", import.meta.url), "utf8"),
) as EvalCase[];
const sampleIndex = new ScreeningIndex(samples);
const score = evaluate(sampleIndex, cases, DEFAULT_SCREENING_THRESHOLD);
process.stdout.write(
  `${JSON.stringify({
    entities: entities.length,
    buildSeconds: Math.round(buildSeconds * 100) / 100,
    queries: QUERIES,
    queriesPerSecond: Math.round(QUERIES / seconds),
    queriesPerCpuSecond: Math.round(QUERIES / cpuSeconds),
    loadAverage: Math.round(loadavg()[0]! * 10) / 10,
    alertRate: alerts / QUERIES,
    evalCases: score.cases,
    threshold: score.threshold,
    precision: score.precision,
    recall: score.recall,
    pairPrecision: score.pairPrecision,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
