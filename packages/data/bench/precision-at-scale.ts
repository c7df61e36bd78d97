/**
 * Precision at scale, in counts (no timing): every query of both labelled sets screened against the
 * 100,000-entity index of the throughput bench (the shipped samples, held-out aliases removed, plus the
 * same synthetic parties as `screening-bench.ts`), at the default threshold. For each half of
 * `queries-scripts.json` and for `queries.json`, per script: negatives that alert (split by whether the top
 * match is a listed sample party or a synthetic one), positives found, positives whose top match is
 * another party. Compare with `eval-split.ts`, which screens the same queries against the 5,137 sample
 * parties alone.
 *   npx tsx packages/data/bench/precision-at-scale.ts [--threshold 0.8] [--list]
 * `--list` prints the development half's and `queries.json`'s false alerts and misses (never the held-out half's).
 */
import { readFileSync } from "node:fs";
import { loadSampleEntities } from "../src/screening/load-entities.ts";
import { DEFAULT_SCREENING_THRESHOLD } from "../src/screening/model.ts";
import { scriptOf } from "../src/screening/normalize.ts";
import { ScreeningIndex } from "../src/screening/screening-index.ts";
import { type EvalCase, withoutHeldOutAliases } from "../src/screening/eval/evaluate.ts";
import { evalHalf } from "../src/screening/eval/split.ts";
import { syntheticParties } from "./synthetic-parties.ts";

const TARGET = 100_000;
const read = (f: string) =>
  JSON.parse(readFileSync(new URL(`../src/screening/eval/${f}`, import.meta.url), "utf8")) as EvalCase[];
const first = read("queries.json");
const scripts = read("queries-scripts.json");
const at = process.argv.indexOf("--threshold");
const threshold = at > 0 ? Number(process.argv[at + 1]) : DEFAULT_SCREENING_THRESHOLD;
const samples = await loadSampleEntities();
const synthetic = syntheticParties(TARGET - samples.length);
const index = new ScreeningIndex([...withoutHeldOutAliases(samples, scripts), ...synthetic]);
// queries.json holds no held-out aliases: its index keeps every sample name.
const firstIndex = new ScreeningIndex([...samples, ...synthetic]);

interface Row {
  negatives: number;
  falseOnListed: number;
  falseOnSynthetic: number;
  positives: number;
  found: number;
  wrongTop: number;
}
const empty = (): Row => ({
  negatives: 0,
  falseOnListed: 0,
  falseOnSynthetic: 0,
  positives: 0,
  found: 0,
  wrongTop: 0,
});

function run(name: string, idx: ScreeningIndex, cases: EvalCase[], list: boolean): void {
  const rows: Record<string, Row> = {};
  const falseAlerts: string[] = [];
  for (const c of cases) {
    const script = c.script ?? scriptOf(c.query.name);
    rows[script] ??= empty();
    rows.all ??= empty();
    const { matches } = idx.screen(c.query, { threshold, limit: 10 });
    const expected = new Set(c.expected);
    for (const r of [rows[script]!, rows.all!]) {
      if (expected.size === 0) {
        r.negatives++;
        if (matches[0]?.list === "SYNTHETIC") r.falseOnSynthetic++;
        else if (matches[0]) r.falseOnListed++;
      } else {
        r.positives++;
        if (matches.some((m) => expected.has(m.id))) r.found++;
        else if (list && r === rows.all) falseAlerts.push(`missed ${c.category}: "${c.query.name}"`);
        if (matches[0] && !expected.has(matches[0].id)) r.wrongTop++;
      }
    }
    if (list && matches[0] && !expected.has(matches[0].id))
      falseAlerts.push(
        `${c.category}: "${c.query.name}" → ${matches[0].name} [${matches[0].list}] (${matches[0].score})`,
      );
  }
  console.log(`\n### ${name} (${cases.length} queries, ${idx.size} entities, threshold ${threshold})`);
  console.log(
    "| script | negatives | false alerts (listed / synthetic) | listed | found | recall | top match wrong |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const [k, r] of Object.entries(rows)) {
    const recall = r.positives ? (r.found / r.positives).toFixed(3) : "—";
    console.log(
      `| ${k} | ${r.negatives} | ${r.falseOnListed + r.falseOnSynthetic} (${r.falseOnListed} / ${r.falseOnSynthetic}) | ${r.positives} | ${r.found} | ${recall} | ${r.wrongTop} |`,
    );
  }
  for (const f of falseAlerts) console.log(`  ${f}`);
}

const list = process.argv.includes("--list");
run("queries.json", firstIndex, first, list);
run(
  "queries-scripts.json — development half",
  index,
  scripts.filter((c) => evalHalf(c) === "development"),
  list,
);
run(
  "queries-scripts.json — held-out half",
  index,
  scripts.filter((c) => evalHalf(c) === "held-out"),
  false,
);
