import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSampleEntities } from "../load-entities.ts";
import { DEFAULT_SCREENING_THRESHOLD } from "../model.ts";
import { ScreeningIndex } from "../screening-index.ts";
import { type EvalCase, evaluate, indexFor } from "./evaluate.ts";
import { evalHalf } from "./split.ts";

const cases = JSON.parse(readFileSync(new URL("./queries.json", import.meta.url), "utf8")) as EvalCase[];
const scriptCases = JSON.parse(
  readFileSync(new URL("./queries-scripts.json", import.meta.url), "utf8"),
) as EvalCase[];

/** Floors set at what the matcher honestly achieves (0.987 recall, 0.993 precision; see BENCHMARKS.md), minus slack. */
const RECALL_FLOOR = 0.95;
const PRECISION_FLOOR = 0.95;

describe("screening evaluation set", () => {
  let index: ScreeningIndex;
  beforeAll(async () => {
    index = new ScreeningIndex(await loadSampleEntities());
  });

  it("has at least 150 labelled queries covering every category", () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const categories = new Set(cases.map((c) => c.category));
    for (const c of [
      "cyrillic",
      "latin-variant",
      "word-order",
      "typo",
      "short-name",
      "chinese-script",
      "lookalike-firm",
    ]) {
      expect(categories.has(c), c).toBe(true);
    }
    expect(cases.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(40);
  });

  it(`keeps recall ≥ ${RECALL_FLOOR} and precision ≥ ${PRECISION_FLOOR} at the default threshold`, () => {
    const score = evaluate(index, cases, DEFAULT_SCREENING_THRESHOLD);
    expect(score.recall, score.misses.join("\n")).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(score.precision, score.falseAlerts.join("\n")).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });

  it("trades recall for precision as the threshold rises", () => {
    const low = evaluate(index, cases, 0.6);
    const high = evaluate(index, cases, 0.9);
    expect(low.recall).toBeGreaterThanOrEqual(high.recall);
    expect(high.precision).toBeGreaterThanOrEqual(low.precision);
  });
});

/**
 * Regression floors for the multi-script set (issue 12, both halves together), set just under what the
 * matcher achieves after round 7 (BENCHMARKS.md: Latin 0.831 / 0.929, Cyrillic 0.981 / 0.963, Han 0.912 /
 * 1.000, Hangul 1.000 / 1.000, Japanese kana 0.684 / 1.000; round 5 had Latin 0.823, Cyrillic 0.971; round 4
 * Latin 0.792, Han 0.897). Latin and Cyrillic precision floors are lower
 * than in round 3 because the set gained 113 hard negatives (a listed firm's one distinctive word with
 * another company word), not because the matcher got worse. They are NOT the targets (0.95 each),
 * which Latin and Han recall and Latin precision do not meet on this set; see BENCHMARKS.md for why.
 */
const SCRIPT_FLOORS: Record<string, { recall: number; precision: number }> = {
  Latin: { recall: 0.82, precision: 0.9 },
  Cyrillic: { recall: 0.97, precision: 0.95 },
  Han: { recall: 0.9, precision: 0.98 },
  Hangul: { recall: 0.98, precision: 0.98 },
  Japanese: { recall: 0.65, precision: 0.8 },
};

/** Share of the shared-word hard negatives allowed to alert (round 4: 6 of 113; 102 of 113 before its rule). */
const SHARED_WORD_FALSE_ALERT_CEILING = 0.1;

describe("multi-script evaluation set (held-out aliases, hand-written renderings, hard negatives)", () => {
  let index: ScreeningIndex;
  beforeAll(async () => {
    index = indexFor(await loadSampleEntities(), scriptCases);
  });

  it("has at least 600 labelled queries with the first set, in four scripts, with hard negatives", () => {
    expect(cases.length + scriptCases.length).toBeGreaterThanOrEqual(600);
    const scripts = new Set(scriptCases.map((c) => c.script));
    for (const s of ["Latin", "Cyrillic", "Han", "Hangul"])
      expect(scripts.has(s as EvalCase["script"]), s).toBe(true);
    expect(scriptCases.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(200);
  });

  it("splits the set into a development and a held-out half by a hash of each query, not by file order", () => {
    const halves = scriptCases.map(evalHalf);
    const development = halves.filter((h) => h === "development").length;
    expect(development).toBeGreaterThan(scriptCases.length * 0.4);
    expect(development).toBeLessThan(scriptCases.length * 0.6);
    expect([...scriptCases].reverse().map(evalHalf)).toEqual([...halves].reverse());
  });

  it("does not alert on a listed firm's one distinctive word beside another company word", () => {
    const negatives = scriptCases.filter((c) => c.category.endsWith("-negative-shared-word"));
    expect(negatives.length).toBeGreaterThanOrEqual(100);
    const score = evaluate(index, negatives, DEFAULT_SCREENING_THRESHOLD);
    expect(score.falseAlerts.length / negatives.length, score.falseAlerts.join("\n")).toBeLessThanOrEqual(
      SHARED_WORD_FALSE_ALERT_CEILING,
    );
  });

  it.each(Object.entries(SCRIPT_FLOORS))(
    "keeps %s recall and precision above its regression floor",
    (script, floor) => {
      const score = evaluate(index, scriptCases, DEFAULT_SCREENING_THRESHOLD);
      const s = score.byScript[script]!;
      expect(s.recall, score.misses.join("\n")).toBeGreaterThanOrEqual(floor.recall);
      expect(s.precision, score.falseAlerts.join("\n")).toBeGreaterThanOrEqual(floor.precision);
    },
  );
});
