import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSampleEntities } from "../load-entities.ts";
import { DEFAULT_SCREENING_THRESHOLD } from "../model.ts";
import { ScreeningIndex } from "../screening-index.ts";
import { type EvalCase, evaluate } from "./evaluate.ts";

const cases = JSON.parse(readFileSync(new URL("./queries.json", import.meta.url), "utf8")) as EvalCase[];

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
