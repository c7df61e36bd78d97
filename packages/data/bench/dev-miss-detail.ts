/**
 * For each miss of the development half of `queries-scripts.json` (never the held-out half): the expected
 * entity's remaining names (held-out alias removed) and the score it reaches at threshold 0, with the
 * match's explanation. A design aid for matcher rules.
 *   npx tsx packages/data/bench/dev-miss-detail.ts
 */
import { readFileSync } from "node:fs";
import { loadSampleEntities } from "../src/screening/load-entities.ts";
import { DEFAULT_SCREENING_THRESHOLD } from "../src/screening/model.ts";
import { type EvalCase, indexFor, withoutHeldOutAliases } from "../src/screening/eval/evaluate.ts";
import { evalHalf } from "../src/screening/eval/split.ts";

const cases = JSON.parse(
  readFileSync(new URL("../src/screening/eval/queries-scripts.json", import.meta.url), "utf8"),
) as EvalCase[];
const entities = await loadSampleEntities();
const index = indexFor(entities, cases);
const kept = new Map(withoutHeldOutAliases(entities, cases).map((e) => [e.id, e]));
for (const c of cases.filter((x) => evalHalf(x) === "development")) {
  const top = index.screen(c.query, { threshold: DEFAULT_SCREENING_THRESHOLD, limit: 10 }).matches;
  const expected = new Set(c.expected);
  const miss = expected.size > 0 && !top.some((m) => expected.has(m.id));
  const falseAlert = top.length > 0 && !expected.has(top[0]!.id);
  if (!miss && !falseAlert) continue;
  console.log(`\n== ${miss ? "MISS" : "FALSE"} ${c.category}: ${c.query.name}`);
  for (const id of expected) {
    const e = kept.get(id);
    if (e) console.log(`  expected ${id}: ${[e.name, ...e.aliases].join(" | ")}`);
  }
  const all = index.screen(c.query, { threshold: 0, limit: 50 }).matches;
  const best = all.find((m) => expected.has(m.id));
  if (best)
    console.log(`  expected scores ${best.score} via ${best.matchedName}: ${JSON.stringify(best.reasons)}`);
  else console.log("  expected not among 50 candidates");
  if (top[0] && !expected.has(top[0].id))
    console.log(`  top ${top[0].score} ${top[0].name}: ${JSON.stringify(top[0].reasons)}`);
}
