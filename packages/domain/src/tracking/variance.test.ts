import { ChiproadError } from "@chiproad/data";
import { describe, expect, it } from "vitest";
import { addDays } from "../roadmap/calendar.ts";
import { planRoadmap } from "../roadmap/plan-roadmap.ts";
import { FAST } from "../roadmap/testing/fixtures.ts";
import type { ScenarioInput } from "../scenario/index.ts";
import { minimalScenario } from "../scenario/minimal.ts";
import { renderVarianceMarkdown } from "./markdown.ts";
import { parseBaseline, varianceOf } from "./variance.ts";

const week = (w: number) => addDays("2025-01-01", 7 * w);

/** The minimal programme (negotiate 8 weeks → transfer 20) with a 4-week working group beside it. */
function programme(actuals?: ScenarioInput["actuals"]) {
  return minimalScenario((s) => {
    s.milestones = [{ id: "group", name: "Working group", duration: 4 }];
    if (actuals) s.actuals = actuals;
  });
}

describe("variance of a forecast against its baseline", () => {
  const scenario = programme({
    asOf: week(12),
    activities: [
      { activity: "milestone:group", actualStart: week(0), actualFinish: week(6) },
      { activity: "chip:N25:negotiate", actualStart: week(0), actualFinish: week(12), spent: 130 },
    ],
  });
  const baseline = planRoadmap(programme(), {}, FAST);
  const forecast = planRoadmap(scenario, {}, FAST);
  const v = varianceOf(baseline, forecast, scenario);

  it("gives each activity its baseline and forecast dates, its slip in days and both costs", () => {
    expect(v.activities).toEqual([
      expect.objectContaining({
        activity: "chip:N25:negotiate",
        status: "finished",
        baselineStart: week(0),
        baselineFinish: week(8),
        forecastStart: week(0),
        forecastFinish: week(12),
        startSlipDays: 0,
        slipDays: 28,
        baselineCost: 100,
        forecastCost: 130,
        critical: true,
      }),
      expect.objectContaining({
        activity: "chip:N25:transfer",
        status: "not-started",
        forecastStart: week(12),
        slipDays: 28,
      }),
    ]);
  });

  it("gives milestones and targets their slip, and the totals", () => {
    expect(v.milestones.map((m) => [m.activity, m.kind, m.baseline, m.forecast, m.slipDays])).toEqual([
      ["milestone:group", "milestone", week(4), week(6), 14],
      ["target:chip", "target", week(28), week(32), 28],
    ]);
    expect(v.totals).toEqual({
      baselineCompletion: week(28),
      forecastCompletion: week(32),
      completionSlipDays: 28,
      baselineCost: 1_100,
      forecastCost: 1_130,
      costVariance: 30,
      spent: 130,
      currency: "RUB",
    });
    expect(v.asOf).toBe(week(12));
    expect(v.criticalPath).toEqual(forecast.criticalPath);
  });

  it("prints the block in the reader's language", () => {
    const zh = renderVarianceMarkdown(v, { lang: "zh" });
    expect(zh).toContain("## 预测与基准计划对比");
    expect(zh).toContain("延误28天");
    expect(renderVarianceMarkdown(v)).toContain("slip 28 days");
  });

  it("refuses a baseline of another scenario, one without a schedule, and one that is not a plan", () => {
    const other = {
      ...baseline,
      provenance: { ...baseline.provenance, scenario: { id: "other", version: null, sha256: null } },
    };
    const refused = (plan: unknown) => () => parseBaseline(JSON.stringify(plan), "b.json", scenario);
    expect(refused(other)).toThrow(ChiproadError);
    expect(refused(other)).toThrow(
      'b.json $.provenance.scenario.id: the baseline is a plan of scenario "other", not of "test" (program.id)',
    );
    expect(refused({ ...baseline, activities: [] })).toThrow(
      "b.json $.activities: the baseline has no schedule",
    );
    expect(refused({ ...baseline, totalCost: "a lot" })).toThrow("b.json $.totalCost:");
    expect(() => parseBaseline("{", "b.json", scenario)).toThrow("b.json: not JSON");
    expect(parseBaseline(JSON.stringify(baseline), "b.json", scenario).completion).toEqual(
      baseline.completion,
    );
  });
});
