import { PlanSchema } from "@chiproad/domain";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../test/run-cli.ts";

const root = join(import.meta.dirname, "../../../..");
const example = join(root, "examples", "vietnam-fab-osat.yaml");

describe("chiproad plan --baseline (default options, end to end)", () => {
  const dir = mkdtempSync(join(tmpdir(), "chiproad-baseline-"));
  // The baseline: the same programme planned before anything was recorded (the example without its actuals).
  const text = readFileSync(example, "utf8");
  const before = join(dir, "before.yaml");
  writeFileSync(before, text.slice(0, text.indexOf("\n# Execution tracking")));
  const baselineFile = join(dir, "baseline.json");

  it("adds a variance block: slip per activity and milestone, totals, the new critical path", {
    timeout: 240_000,
  }, async () => {
    const first = await runCli("plan", before, "--format", "json");
    expect(first.status).toBe(0);
    writeFileSync(baselineFile, first.stdout);
    const baseline = JSON.parse(first.stdout);
    expect(baseline.variance).toBeUndefined();

    const r = await runCli("plan", example, "--baseline", baselineFile, "--format", "json");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const plan = PlanSchema.parse(JSON.parse(r.stdout));
    const v = plan.variance!;
    expect(v.asOf).toBe("2026-07-01");
    expect(v.totals.baselineCompletion).toBe(baseline.completion.date);
    expect(v.totals.forecastCompletion).toBe(plan.completion.date);
    // The technology agreement gates the fab line and was signed 35 days late: the fab slips.
    expect(v.milestones.find((m) => m.activity === "milestone:tech-agreement")).toMatchObject({
      baseline: "2026-04-27",
      forecast: "2026-06-01",
      slipDays: 35,
    });
    expect(v.totals.completionSlipDays).toBeGreaterThan(0);
    expect(v.totals.completionSlipDays).toBe(
      (Date.parse(plan.completion.date!) - Date.parse(baseline.completion.date)) / 86_400_000,
    );
    // Spent: four amounts in VND and 11.2 million USD at 25,000 VND (the rate in force at asOf).
    expect(v.totals.spent).toBe(1_150e9 + 24e9 + 27e9 + 520e9 + 11_200_000 * 25_000);
    // The fab building, 22% done of 70 weeks: 55 weeks left from the first period after the data date (2026-07-06).
    expect(v.activities.find((a) => a.activity === "construction:hoa-lac")).toMatchObject({
      status: "in-progress",
      baselineFinish: "2027-06-07",
      forecastStart: "2026-02-02",
      forecastFinish: "2027-07-26",
    });
    expect(v.totals.costVariance).toBe(plan.totalCost - baseline.totalCost);
    expect(v.criticalPath).toEqual(plan.criticalPath);
    // Finished work keeps its actual dates; every slip is forecast minus baseline in days.
    const negotiate = v.activities.find((a) => a.activity === "sip:N78:negotiate")!;
    expect(negotiate).toMatchObject({
      status: "finished",
      forecastStart: "2026-02-02",
      forecastFinish: "2026-04-13",
      forecastCost: 27e9,
    });
    for (const a of v.activities) {
      if (a.baselineFinish && a.forecastFinish)
        expect(a.slipDays).toBe((Date.parse(a.forecastFinish) - Date.parse(a.baselineFinish)) / 86_400_000);
    }
    expect(v.activities.find((a) => a.activity === "sip:N78:transfer")?.status).toBe("in-progress");
  });

  it("writes the forecast against the baseline in the Markdown report, in Russian", {
    timeout: 240_000,
  }, async () => {
    const r = await runCli("plan", example, "--baseline", baselineFile, "--lang", "ru");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("## Прогноз в сравнении с базовым планом");
    expect(r.stdout).toContain("План пересчитан по фактическим данным на");
    expect(r.stdout).toContain("## Остаток денежных средств по месяцам");
    expect(r.stdout).not.toContain("Forecast against the baseline");
  });

  it("writes the same sections into the HTML report, in Chinese", { timeout: 240_000 }, async () => {
    const r = await runCli("plan", example, "--baseline", baselineFile, "--format", "html", "--lang", "zh");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("<h2>预测与基准计划对比</h2>");
    expect(r.stdout).toContain("<h2>按月现金余额</h2>");
    expect(r.stdout.trimEnd().endsWith("</body></html>")).toBe(true);
  });

  it("refuses a baseline of another scenario with exit 2, the path and what to do", async () => {
    const other = JSON.parse(readFileSync(baselineFile, "utf8"));
    other.provenance.scenario.id = "ru-coprocessor";
    const file = join(dir, "other.json");
    writeFileSync(file, JSON.stringify(other));
    const r = await runCli("plan", example, "--baseline", file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(
      `${file} $.provenance.scenario.id: the baseline is a plan of scenario "ru-coprocessor", not of "vn-fab-osat" (program.id)`,
    );
  });

  it("refuses a baseline that is not a plan, naming the JSON path", async () => {
    const broken = JSON.parse(readFileSync(baselineFile, "utf8"));
    broken.activities[0].start = "soon";
    const file = join(dir, "broken.json");
    writeFileSync(file, JSON.stringify(broken));
    const r = await runCli("plan", example, "--baseline", file);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file} $.activities[0].start:`);
    const notJson = join(dir, "notes.txt");
    writeFileSync(notJson, "baseline: last month's plan");
    const t = await runCli("plan", example, "--baseline", notJson);
    expect(t.status).toBe(2);
    expect(t.stderr).toContain(`${notJson}: not JSON`);
  });
});
