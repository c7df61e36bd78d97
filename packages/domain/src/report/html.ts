import type { Plan } from "../roadmap/plan.ts";
import type { RiskReport } from "../risk/risk-report.ts";
import { escapeHtml } from "./escape.ts";
import type { GapTable } from "./gap-table.ts";
import { type ReportHeading, reportTitle } from "./markdown.ts";
import {
  financingRows,
  money,
  pct,
  planSummaryRows,
  provenanceRows,
  riskPercentileRows,
  riskSummaryLines,
} from "./summary.ts";
import type { MessageCode } from "../messages/index.ts";
import { type ReportLanguage, say, sayValue, wordsOf } from "./language.ts";
import { ganttSvg, lineChartSvg, PHASE_COLOURS } from "./svg-charts.ts";

const STYLE = `body{font-family:sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse;margin:1em 0;font-size:13px}td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3}.legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}
.bad{color:#a00}.ok{color:#070}`;

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = `<tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("\n");
  return `<table>${head}\n${body}</table>`;
}

function gapSection(gaps: GapTable, language: ReportLanguage | undefined): string {
  const w = wordsOf(language);
  const rows = gaps.gaps.map((g) => [
    g.id,
    g.targetId,
    g.inputName,
    g.requiredNode === undefined ? "—" : `${g.requiredNode} nm`,
    g.domesticNode === undefined ? w("report.noneDomestic") : `${g.domesticNode} nm`,
    g.generationsBehind
      ? w("report.gaps.behind", { nodes: g.generationsBehind.nodes, years: g.generationsBehind.years })
      : "—",
    g.critical ? w("report.critical") : "",
    g.chokepoint ? w("report.yes") : "",
  ]);
  const columns: (MessageCode | "")[] = [
    "report.col.gap",
    "report.col.target",
    "report.col.input",
    "report.col.required",
    "report.col.domestic",
    "report.gaps.col.behind",
    "",
    "report.col.chokepoint",
  ];
  return `<h2>${w("report.gapMap")}</h2>\n${table(
    columns.map((c) => (c === "" ? "" : w(c))),
    rows,
  )}`;
}

function riskSection(risk: RiskReport, language: ReportLanguage | undefined): string {
  const w = wordsOf(language);
  const cols = (codes: MessageCode[]) => codes.map((c) => w(c));
  const due = risk.dueDates.map((d) => [d.targetId, d.dueDate, pct(d.probability)]);
  const why = risk.noPlan.reasons.map((r) => [
    say(r.reason, r.message, language),
    String(r.count),
    pct(r.count / risk.samples),
  ]);
  return `<h2>Schedule risk</h2>
${riskSummaryLines(risk, language)
  .map((l) => `<p>${escapeHtml(l)}</p>`)
  .join("\n")}
${table(cols(["report.col.percentile", "report.col.completion"]), riskPercentileRows(risk, language))}
${why.length > 0 ? table(cols(["report.col.whyNoPlan", "report.col.samples", "report.col.share"]), why) : ""}
${due.length > 0 ? table(cols(["report.col.target", "report.col.dueDate", "report.col.probability"]), due) : ""}
${lineChartSvg(w("report.chart.histogram"), [{ name: w("report.chart.samples"), colour: "#4e79a7", points: risk.histogram.map((h) => ({ date: h.date, value: h.count })) }], w("report.chart.samplesPerMonth"))}`;
}

/**
 * A self-contained HTML report: Gantt chart, budget and workforce curves as inline SVG, the gap
 * map, decisions with explanations, and the rejected options. No scripts, no external assets.
 */
export function renderPlanHtml(
  plan: Plan,
  scenario: ReportHeading,
  extras?: { gaps?: GapTable; risk?: RiskReport },
  language?: ReportLanguage,
): string {
  const w = wordsOf(language);
  const cols = (codes: MessageCode[]) => codes.map((c) => w(c));
  const title = w("report.planTitle", { title: reportTitle(scenario) });
  const legend = Object.entries(PHASE_COLOURS)
    .map(
      ([phase, colour]) =>
        `<span style="background:${colour}"></span>${escapeHtml(sayValue(phase, "phase", language))}`,
    )
    .join("");
  const summary = planSummaryRows(plan, language);
  // Activities as the reader reads them: names in the report's language.
  const activities = plan.activities.map((a) => ({ ...a, name: say(a.name, a.nameMessage, language) }));
  const cur = plan.provenance.currency;
  const blocking = table(
    cols(["report.col.gap", "report.col.target", "report.col.input", "report.col.why", "report.col.rules"]),
    plan.blocking.map((b) => [
      b.gapId,
      b.targetId,
      b.inputName,
      say(b.reason, b.message, language),
      b.rules.join(", ") || "—",
    ]),
  );
  const decisions = plan.decisions
    .map(
      (
        d,
      ) => `<h3>${escapeHtml(`${d.gapId}: ${d.partner} — ${d.model}`)}</h3><p>${escapeHtml(say(d.explanation, d.explanationMessage, language))}</p>
${
  d.alternatives.length > 0
    ? table(
        cols(["report.col.alternative", "report.col.outcome", "report.col.whyLost"]),
        d.alternatives.map((a) => [
          `${a.partner} — ${a.model}`,
          sayValue(a.outcome, "outcome", language),
          say(a.reason, a.message, language),
        ]),
      )
    : ""
}`,
    )
    .join("\n");
  const budget = lineChartSvg(
    w("report.chart.budget"),
    [
      {
        name: w("report.chart.available"),
        colour: "#59a14f",
        step: true,
        points: plan.budget.map((b) => ({ date: b.date, value: b.cumulativeAvailable })),
      },
      {
        name: w("report.chart.spent"),
        colour: "#e15759",
        points: plan.budget.map((b) => ({ date: b.date, value: b.cumulativeSpend })),
      },
    ],
    w("report.chart.cumulative"),
  );
  const workforce = lineChartSvg(
    w("report.chart.engineers"),
    [
      {
        name: w("report.chart.available"),
        colour: "#59a14f",
        step: true,
        points: plan.workforce.map((x) => ({ date: x.date, value: x.available })),
      },
      {
        name: w("report.chart.required"),
        colour: "#e15759",
        step: true,
        points: plan.workforce.map((x) => ({ date: x.date, value: x.required })),
      },
    ],
    w("report.chart.people"),
  );
  const cleanroom =
    plan.cleanroom.length > 0
      ? lineChartSvg(
          w("report.chart.cleanroom"),
          [
            {
              name: w("report.chart.available"),
              colour: "#59a14f",
              step: true,
              points: plan.cleanroom.map((c) => ({ date: c.date, value: c.available })),
            },
            {
              name: w("report.chart.required"),
              colour: "#e15759",
              step: true,
              points: plan.cleanroom.map((c) => ({ date: c.date, value: c.required })),
            },
          ],
          "m²",
        )
      : "";
  const rejected = table(
    cols([
      "report.col.gap",
      "report.col.partner",
      "report.col.model",
      "report.col.rule",
      "report.col.reason",
    ]),
    plan.rejected.map((r) => [
      r.gapId,
      r.partner,
      r.model,
      r.rule ?? "—",
      say(r.reason, r.message, language),
    ]),
  );
  const schedule = table(
    [
      ...cols(["report.col.activity", "report.col.phase", "report.col.partner", "report.col.model"]),
      ...cols(["report.col.start", "report.col.finish"]),
      w("report.col.costIn", { currency: cur }),
      w("report.col.explanation"),
    ],
    activities.map((a) => [
      a.name,
      sayValue(a.phase, "phase", language),
      a.partner ?? "—",
      a.model ?? "—",
      a.start,
      a.finish,
      money(a.cost, cur, language),
      say(a.explanation, a.explanationMessage, language),
    ]),
  );
  return `<!doctype html>
<html lang="${language?.lang ?? "en"}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
${table(["", w("report.value")], summary)}
${plan.blocking.length > 0 ? `<h2>${w("report.blocking")}</h2>\n${blocking}` : ""}
<h2>${w("report.gantt")}</h2><p class="legend">${legend} ${w("report.ganttLegend")}</p>
${ganttSvg(activities)}
<h2>${w("report.budgetWorkforce")}</h2>
${budget}
${workforce}
${cleanroom}
${extras?.gaps ? gapSection(extras.gaps, language) : ""}
<h2>${w("report.decisions")}</h2>
${decisions || `<p>${w("report.noDecisions")}</p>`}
<h2>${w("report.rejected")}</h2>
${plan.rejected.length > 0 ? rejected : `<p>${w("report.none")}</p>`}
${extras?.risk ? riskSection(extras.risk, language) : ""}
<h2>${w("report.schedule")}</h2>
${schedule}
${plan.financing.loans.length > 0 ? `<h2>${w("report.loans")}</h2>\n${table(cols(["report.col.loan", "report.col.terms"]), financingRows(plan, language))}` : ""}
<h2>${w("report.sources")}</h2>
${table(["", ""], provenanceRows(plan.provenance, language))}
</body></html>
`;
}
