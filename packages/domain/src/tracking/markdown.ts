/**
 * The forecast-against-baseline block and the month-by-month cash balance as Markdown sections,
 * every word in the reader's language (appended by the CLI after the plan report).
 */
import type { Financing } from "../finance/debt-service.ts";
import { date, type MessageCode, money, msg, renderMessage } from "../messages/index.ts";
import { escapeCell } from "../report/escape.ts";
import { type ReportLanguage, say, wordsOf } from "../report/language.ts";
import type { Variance } from "./variance.ts";

type Words = ReturnType<typeof wordsOf>;

const header = (w: Words, columns: readonly MessageCode[]) => `| ${columns.map((c) => w(c)).join(" | ")} |`;
const day = (w: Words, iso: string | null) =>
  iso === null ? "—" : w("common.verbatim", { text: date(iso) });
const amount = (w: Words, value: number, currency: string) =>
  w("common.verbatim", { text: money(value, currency) });
const signed = (n: number | null) => (n === null ? "—" : n > 0 ? `+${n}` : String(n));

export function renderVarianceMarkdown(v: Variance, language?: ReportLanguage): string {
  const w = wordsOf(language);
  const lang = language?.lang ?? "en";
  const t = v.totals;
  const out = [`## ${w("report.variance.title")}`, ""];
  if (v.asOf !== null) out.push(w("report.variance.asOf", { date: date(v.asOf) }), "");
  out.push(
    t.completionSlipDays !== null && t.baselineCompletion !== null && t.forecastCompletion !== null
      ? w("report.variance.completion", {
          baseline: date(t.baselineCompletion),
          forecast: date(t.forecastCompletion),
          days: t.completionSlipDays,
        })
      : w("report.variance.noCompletion", {
          baseline: day(w, t.baselineCompletion),
          forecast: day(w, t.forecastCompletion),
        }),
    "",
    w("report.variance.cost", {
      baseline: money(t.baselineCost, t.currency),
      forecast: money(t.forecastCost, t.currency),
      variance: money(t.costVariance, t.currency),
      spent: money(t.spent, t.currency),
    }),
    "",
  );
  const names = new Map(v.activities.map((a) => [a.activity, say(a.name, a.nameMessage, language)]));
  for (const m of v.milestones) names.set(m.activity, say(m.name, m.nameMessage, language));
  const path = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id).join(" → ");
  if (v.criticalPath.length > 0) out.push(w("report.variance.critical", { path: path(v.criticalPath) }), "");
  if (v.newlyCritical.length > 0)
    out.push(w("report.variance.newlyCritical", { path: path(v.newlyCritical) }), "");
  out.push(
    header(w, [
      "report.col.activity",
      "report.variance.col.status",
      "report.variance.col.baseline",
      "report.variance.col.forecast",
      "report.variance.col.slip",
      "report.col.cost",
    ]),
    "|---|---|---|---|---|---|",
  );
  for (const a of v.activities) {
    const cost =
      a.forecastCost === null
        ? "—"
        : `${amount(w, a.forecastCost, t.currency)}${a.baselineCost !== null && a.baselineCost !== a.forecastCost ? ` (${signed(a.forecastCost - a.baselineCost)})` : ""}`;
    out.push(
      `| ${escapeCell(names.get(a.activity) ?? a.activity)} | ${renderMessage(msg(`tracking.${a.status}`), lang)} | ${day(w, a.baselineStart)} – ${day(w, a.baselineFinish)} | ${day(w, a.forecastStart)} – ${day(w, a.forecastFinish)} | ${signed(a.slipDays)} | ${escapeCell(cost)} |`,
    );
  }
  out.push("");
  if (v.milestones.length > 0) {
    out.push(
      `### ${w("report.variance.milestones")}`,
      "",
      header(w, [
        "report.col.activity",
        "report.variance.col.baseline",
        "report.variance.col.forecast",
        "report.variance.col.slip",
      ]),
      "|---|---|---|---|",
    );
    for (const m of v.milestones)
      out.push(
        `| ${escapeCell(names.get(m.activity) ?? m.activity)} | ${day(w, m.baseline)} | ${day(w, m.forecast)} | ${signed(m.slipDays)} |`,
      );
    out.push("");
  }
  return out.join("\n");
}

export function renderCashMarkdown(f: Financing, language?: ReportLanguage): string {
  if (f.cashBalance.length === 0) return "";
  const w = wordsOf(language);
  const out = [
    `## ${w("report.cash.title")}`,
    "",
    header(w, [
      "report.cash.col.month",
      "report.cash.col.inflow",
      "report.cash.col.spend",
      "report.cash.col.debtService",
      "report.cash.col.balance",
    ]),
    "|---|---|---|---|---|",
  ];
  for (const m of f.cashBalance)
    out.push(
      `| ${m.date.slice(0, 7)} | ${amount(w, m.inflow, f.currency)} | ${amount(w, m.spend, f.currency)} | ${amount(w, m.debtService, f.currency)} | ${amount(w, m.balance, f.currency)} |`,
    );
  out.push("");
  return out.join("\n");
}
