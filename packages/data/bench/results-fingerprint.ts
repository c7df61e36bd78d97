/**
 * Proof that a speed change changed no result: screens the throughput bench's 20,000-query Latin mix and the
 * non-Latin queries of its multi-script mix against the 100,000-entity index, and both labelled sets against
 * the sample index (held-out aliases removed) at the default threshold and at 0.5, and writes every result in
 * full (ids, scores, matched names, reasons) as JSON lines. Prints a SHA-256 per part and the work
 * counters of the index (`ScreeningIndex.work`). Compare the digests before and after a change, or diff the
 * files. No timing.
 *   npx tsx packages/data/bench/results-fingerprint.ts [--out /tmp/results.jsonl] [--queries 20000]
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { loadSampleEntities } from "../src/screening/load-entities.ts";
import type { ScreeningQuery } from "../src/screening/model.ts";
import { ScreeningIndex } from "../src/screening/screening-index.ts";
import { indexFor } from "../src/screening/eval/evaluate.ts";
import { benchEntities, latinQueries, multiScriptQueries, readEvalSet } from "./bench-workload.ts";

const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const out = arg("--out") ?? "/tmp/chiproad-screening-results.jsonl";
const count = Number(arg("--queries") ?? 20_000);
const samples = await loadSampleEntities();
const entities = benchEntities(samples);
const latin = latinQueries(entities, count);
const multi = multiScriptQueries(latin).filter((_, i) => i % 5 === 0);
const lines: string[] = [];
const digests: Record<string, string> = {};
const work: Record<string, unknown> = {};
const part = (name: string, index: ScreeningIndex, queries: ScreeningQuery[], threshold?: number) => {
  const hash = createHash("sha256");
  const before = index.work ? { ...index.work } : undefined;
  for (const q of queries) {
    const line = JSON.stringify(index.screen(q, threshold === undefined ? {} : { threshold }));
    hash.update(line).update("\n");
    lines.push(line);
  }
  digests[name] = hash.digest("hex").slice(0, 16);
  if (before && index.work)
    work[name] = Object.fromEntries(
      Object.entries(index.work).map(([k, v]) => [
        k,
        Math.round(((v - (before as Record<string, number>)[k]!) / queries.length) * 10) / 10,
      ]),
    );
};
const big = new ScreeningIndex(entities);
part("latin mix", big, latin);
part("multi-script mix, non-Latin queries", big, multi);
const scripts = readEvalSet("queries-scripts.json");
const first = readEvalSet("queries.json");
const sampleScripts = indexFor(samples, scripts);
const sampleFirst = new ScreeningIndex(samples);
part(
  "queries-scripts.json",
  sampleScripts,
  scripts.map((c) => c.query),
);
part(
  "queries-scripts.json at 0.5",
  sampleScripts,
  scripts.map((c) => c.query),
  0.5,
);
part(
  "queries.json",
  sampleFirst,
  first.map((c) => c.query),
);
part(
  "queries.json at 0.5",
  sampleFirst,
  first.map((c) => c.query),
  0.5,
);
writeFileSync(out, `${lines.join("\n")}\n`);
const all = createHash("sha256")
  .update(`${lines.join("\n")}\n`)
  .digest("hex")
  .slice(0, 16);
process.stdout.write(
  `${JSON.stringify({ out, results: lines.length, all, digests, workPerQuery: work }, null, 1)}\n`,
);
