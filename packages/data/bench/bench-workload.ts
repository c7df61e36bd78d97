/**
 * The throughput bench's workload, declared once for `screening-bench.ts`, `results-fingerprint.ts` and
 * `profile-screening.ts`: 100,000 entities (the shipped samples plus synthetic parties) and the query mixes
 * (half listed names with one letter dropped, half unlisted generated names; the multi-script mix puts a
 * Cyrillic, Chinese, Korean or Japanese query of `queries-scripts.json` at every fifth place).
 */
import { readFileSync } from "node:fs";
import type { Entity, ScreeningQuery } from "../src/index.ts";
import type { EvalCase } from "../src/screening/eval/evaluate.ts";
import { lcg, stem, syntheticParties } from "./synthetic-parties.ts";

export const BENCH_ENTITIES = 100_000;

export function benchEntities(samples: readonly Entity[]): Entity[] {
  return [...samples, ...syntheticParties(BENCH_ENTITIES - samples.length)];
}

/** The Latin mix: half a listed name with one letter dropped, half an unlisted generated name. */
export function latinQueries(entities: readonly Entity[], count: number): ScreeningQuery[] {
  const rand = lcg(99);
  const queries: ScreeningQuery[] = [];
  for (let q = 0; q < count; q++) {
    if (q % 2 === 0) {
      const e = entities[Math.floor(rand() * entities.length)]!;
      const p = 1 + Math.floor(rand() * Math.max(1, e.name.length - 2));
      queries.push({ name: `${e.name.slice(0, p)}${e.name.slice(p + 1)}` });
    } else {
      queries.push({ name: `${stem(rand)} ${stem(rand)}` });
    }
  }
  return queries;
}

export function readEvalSet(file: "queries.json" | "queries-scripts.json"): EvalCase[] {
  return JSON.parse(
    readFileSync(new URL(`../src/screening/eval/${file}`, import.meta.url), "utf8"),
  ) as EvalCase[];
}

/** The multi-script mix: every fifth query of the Latin mix replaced by a non-Latin query of the labelled set. */
export function multiScriptQueries(latin: readonly ScreeningQuery[]): ScreeningQuery[] {
  const nonLatin = readEvalSet("queries-scripts.json")
    .filter((c) => c.script !== "Latin")
    .map((c) => c.query);
  return latin.map((q, i) => (i % 5 === 0 ? nonLatin[i % nonLatin.length]! : q));
}
