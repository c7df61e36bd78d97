/**
 * Prints the screening evaluation of both labelled sets at the default threshold, with
 * `queries-scripts.json` split deterministically into a development half and a held-out half (by an FNV-1a
 * hash of the query's id: category + name + expected ids). Matcher work looks at the development half only
 * (`--misses` lists its misses and false alerts); the held-out half is evaluated, never inspected case by case.
 *   npx tsx packages/data/bench/eval-split.ts [--misses] [--threshold 0.8]
 */
import { readFileSync } from "node:fs";
import { loadSampleEntities } from "../src/screening/load-entities.ts";
import { DEFAULT_SCREENING_THRESHOLD } from "../src/screening/model.ts";
import { ScreeningIndex } from "../src/screening/screening-index.ts";
import { type EvalCase, type EvalScore, evaluate, indexFor } from "../src/screening/eval/evaluate.ts";
import { evalHalf } from "../src/screening/eval/split.ts";

const read = (f: string) =>
  JSON.parse(readFileSync(new URL(`../src/screening/eval/${f}`, import.meta.url), "utf8")) as EvalCase[];
const first = read("queries.json");
const scripts = read("queries-scripts.json");
const entities = await loadSampleEntities();
const at = process.argv.indexOf("--threshold");
const t = at > 0 ? Number(process.argv[at + 1]) : DEFAULT_SCREENING_THRESHOLD;

const row = (name: string, g: EvalScore["byScript"][string]) =>
  `| ${name} | ${g.cases} | ${g.positives} | ${g.hits} | ${g.alerts} | ${g.alerts - g.goodAlerts} | ${g.recall.toFixed(3)} | ${g.precision.toFixed(3)} |`;
const table = (title: string, s: EvalScore) => {
  console.log(`\n### ${title}: R ${s.recall} P ${s.precision} (${s.cases} queries)`);
  console.log("| group | queries | listed | found | alerts | false | recall | precision |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const [k, g] of Object.entries(s.byScript)) console.log(row(k, g));
  for (const [k, g] of Object.entries(s.byCategory)) console.log(row(k, g));
};

const firstScore = evaluate(new ScreeningIndex(entities), first, t);
table("queries.json", firstScore);
const index = indexFor(entities, scripts);
const dev = scripts.filter((c) => evalHalf(c) === "development");
const held = scripts.filter((c) => evalHalf(c) === "held-out");
const devScore = evaluate(index, dev, t);
table("queries-scripts.json — development half", devScore);
table("queries-scripts.json — held-out half", evaluate(index, held, t));
table("queries-scripts.json — both halves", evaluate(index, scripts, t));
// Both sets together, per script (what the targets are stated on).
const all = evaluate(index, [...scripts], t);
const byScript: Record<string, [number, number, number, number]> = {};
for (const s of [firstScore, all])
  for (const [k, g] of Object.entries(s.byScript)) {
    byScript[k] ??= [0, 0, 0, 0];
    const a = byScript[k];
    a[0] += g.positives;
    a[1] += g.hits;
    a[2] += g.alerts;
    a[3] += g.goodAlerts;
  }
console.log("\n### both sets, per script: recall / precision");
for (const [k, [p, h, a, g]] of Object.entries(byScript))
  console.log(
    `${k}: listed ${p} found ${h} alerts ${a} false ${a - g} R ${(h / p).toFixed(3)} P ${(a ? g / a : 1).toFixed(3)}`,
  );
if (process.argv.includes("--misses")) {
  console.log("\n### development half: misses");
  for (const m of devScore.misses) console.log(m);
  console.log("\n### development half: false alerts");
  for (const m of devScore.falseAlerts) console.log(m);
  console.log("\n### queries.json: misses / false alerts");
  for (const m of [...firstScore.misses, ...firstScore.falseAlerts]) console.log(m);
}
