import { describe, expect, it } from "vitest";
import { planRoadmap } from "../roadmap/plan-roadmap.ts";
import { FAST, PROHIBIT_3E, twoPartnerScenario } from "../roadmap/testing/fixtures.ts";
import { riskAnalysis } from "../risk/risk-analysis.ts";
import { renderPlanHtml } from "./html.ts";
import { renderPlanMarkdown, renderRiskMarkdown } from "./markdown.ts";

const scenario = twoPartnerScenario((s) => {
  s.rules = { exportControls: [{ ...PROHIBIT_3E, destinations: ["RUS"], categories: ["3E001"] }] };
  s.funds = {
    instruments: [
      { id: "frp", kind: "grant", name: "Fund", tranches: [{ date: "2025-01-01", amount: 5_000 }] },
    ],
  };
  s.workforce = { pools: [{ id: "eng", name: "Engineers", initial: 5 }], training: [] };
});
const plan = planRoadmap(scenario, {}, FAST);

describe("renderPlanMarkdown", () => {
  it("shows the summary, each decision with its alternatives, the schedule and the rejected options", () => {
    const md = renderPlanMarkdown(plan, scenario.program);
    expect(md).toMatch(/^# Roadmap: Test programme/);
    expect(md).toContain(`volume production of every target from: **${plan.completion.date}**`);
    expect(md).toContain("### chip:N25: p2 — tt (technology-transfer)");
    expect(md).toMatch(/\| p1 — tt \| unlawful \| [^|]*wa-3e/);
    expect(md).toContain("| Negotiate and sign: N25 | market | p2 | tt |");
  });

  it("escapes pipes inside table cells", () => {
    const md = renderPlanMarkdown(
      { ...plan, rejected: [{ ...plan.rejected[0]!, reason: "a | b" }] },
      scenario.program,
    );
    expect(md).toContain("a \\| b");
  });
});

describe("renderPlanHtml", () => {
  const html = renderPlanHtml(plan, scenario.program, {
    gaps: {
      gaps: [
        {
          id: "chip:N25",
          targetId: "chip",
          inputName: "Lithography <N25>",
          critical: true,
          requiredNode: 90,
        },
      ],
    },
    risk: riskAnalysis(scenario, {}, { samples: 5, seed: 1, baseline: plan }),
  });

  it("is one self-contained document: inline SVG, no scripts, no external assets", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html.match(/<svg /g)?.length).toBe(4); // Gantt, budget, engineers, risk histogram
  });

  it("draws one Gantt bar per activity and escapes scenario text", () => {
    const gantt = html.slice(html.indexOf('aria-label="Gantt chart"'), html.indexOf("</svg>"));
    expect(gantt.match(/<rect /g)?.length).toBe(plan.activities.length);
    expect(html).toContain("Lithography &lt;N25&gt;");
    expect(html).toContain("Gap map");
    expect(html).toContain("Schedule risk");
  });
});

describe("renderRiskMarkdown", () => {
  it("lists the percentiles and the due-date probabilities", () => {
    const md = renderRiskMarkdown(
      riskAnalysis(scenario, {}, { samples: 5, seed: 1, baseline: plan }),
      scenario.program,
    );
    expect(md).toContain(`| P50 | ${plan.completion.date} |`);
    expect(md).toContain("| chip | 2026-01-01 | 100.0% |");
  });
});
