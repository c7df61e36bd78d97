import { describe, expect, it } from "vitest";
import { planRoadmap } from "../roadmap/plan-roadmap.ts";
import { twoPartnerScenario } from "../roadmap/testing/fixtures.ts";
import { ScenarioError } from "../scenario/index.ts";
import { applyChanges } from "../whatif/apply.ts";
import { expandGrid, parseSweepGrid } from "./grid.ts";
import { renderSweepMarkdown } from "./markdown.ts";
import {
  completeRow,
  planVariant,
  runVariant,
  SAMPLES_PER_JOB,
  sampleRanges,
  sweep,
  variantSamples,
} from "./sweep.ts";

const GRID = `name: test grid
dimensions:
  - name: p1
    options:
      - { name: with p1 }
      - { name: without p1, changes: [{ type: block-partner, partner: p1 }] }
  - name: p2
    options:
      - { name: with p2 }
      - { name: without p2, changes: [{ type: block-partner, partner: p2 }] }
`;

describe("sweep grids", () => {
  it("expands every combination, the first dimension slowest, concatenating the changes", () => {
    const variants = expandGrid(parseSweepGrid(GRID, "grid.yaml"));
    expect(variants.map((v) => v.options.map((o) => o.option).join(" / "))).toEqual([
      "with p1 / with p2",
      "with p1 / without p2",
      "without p1 / with p2",
      "without p1 / without p2",
    ]);
    expect(variants[3]!.changes).toEqual([
      { type: "block-partner", partner: "p1" },
      { type: "block-partner", partner: "p2" },
    ]);
  });

  it("refuses a bad grid with file:line:column and path, and a grid over the variant cap", () => {
    const bad = GRID.replace("type: block-partner, partner: p2", "type: block-partnr, partner: p2");
    try {
      parseSweepGrid(bad, "grid.yaml");
      expect.fail("accepted a bad change type");
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioError);
      const issue = (error as ScenarioError).issues[0]!;
      expect(issue).toMatchObject({
        file: "grid.yaml",
        line: 10,
        path: "dimensions[1].options[1].changes[0].type",
      });
    }
    const options = Array.from({ length: 15 }, (_, i) => `      - { name: o${i} }`).join("\n");
    const huge = `dimensions:\n${[1, 2].map((d) => `  - name: d${d}\n    options:\n${options}`).join("\n")}\n`;
    expect(() => parseSweepGrid(huge, "huge.yaml")).toThrow(/225 variants; at most 200/);
  });
});

describe("sweep", () => {
  const scenario = twoPartnerScenario();
  const grid = parseSweepGrid(GRID, "grid.yaml");
  const opts = { samples: 8, seed: 3, profile: "quick" as const };

  it("gives each variant the row it gets alone (so the aggregate does not depend on who runs which)", () => {
    const report = sweep(scenario, {}, grid, opts);
    expect(report.rows).toHaveLength(4);
    for (const v of [...expandGrid(grid)].reverse())
      expect(runVariant(scenario, {}, v, opts)).toEqual(report.rows[v.index]);
    expect(sweep(scenario, {}, grid, opts)).toEqual(report);
  });

  it("plans each variant as the what-if plan of its changes, and says when none exists", () => {
    const report = sweep(scenario, {}, grid, opts);
    const [both, , , none] = report.rows;
    expect(both!.completion).toBe(planRoadmap(scenario, {}, { profile: "quick", seed: 3 }).completion.date);
    const withoutP1 = planRoadmap(
      applyChanges(scenario, { changes: [{ type: "block-partner", partner: "p1" }] }),
      {},
      {
        profile: "quick",
        seed: 3,
      },
    );
    expect(report.rows[2]!.completion).toBe(withoutP1.completion.date);
    expect(report.rows[2]!.partners).toEqual(["p2"]);
    expect(none!.status).toMatch(/infeasible|unknown/);
    expect(none!.completion).toBeNull();
    expect(none!.p50).toBeNull();
    const md = renderSweepMarkdown(report, { lang: "ru" });
    expect(md).toContain("4 варианта");
    expect(md).toContain("| 4 | without p1 | without p2 |");
  });
});

describe("a variant split into jobs", () => {
  const scenario = twoPartnerScenario((s) => {
    s.partners![1]!.unavailableProbability = 0.3;
    s.risk = { durationUncertainty: [{ modelType: "technology-transfer", min: 0.9, mode: 1, max: 1.6 }] };
  });
  const grid = parseSweepGrid(GRID, "grid.yaml");

  it("cuts the samples into fixed ranges of SAMPLES_PER_JOB", () => {
    expect(sampleRanges(0)).toEqual([]);
    expect(sampleRanges(SAMPLES_PER_JOB)).toEqual([{ from: 0, to: SAMPLES_PER_JOB }]);
    expect(sampleRanges(2 * SAMPLES_PER_JOB + 1)).toEqual([
      { from: 0, to: SAMPLES_PER_JOB },
      { from: SAMPLES_PER_JOB, to: 2 * SAMPLES_PER_JOB },
      { from: 2 * SAMPLES_PER_JOB, to: 2 * SAMPLES_PER_JOB + 1 },
    ]);
  });

  it("plan, ranges (the plan through JSON, as stored) and merge give the row runVariant gives", () => {
    const opts = { seed: 4, profile: "quick" as const };
    for (const v of expandGrid(grid)) {
      const planned = planVariant(scenario, {}, v, opts);
      expect(planned.row.samples).toBe(0);
      const stored = JSON.parse(JSON.stringify(planned.plan));
      const ranges = planned.planned
        ? [
            { from: 40, to: 70 },
            { from: 0, to: 40 },
          ].map((r) => variantSamples(scenario, {}, v, stored, { ...opts, ...r }))
        : [];
      expect(completeRow(planned, 70, ranges)).toEqual(runVariant(scenario, {}, v, { ...opts, samples: 70 }));
    }
  });
});
