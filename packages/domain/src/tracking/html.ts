/**
 * The forecast-against-baseline block and the cash balance as an HTML fragment (headings and
 * tables, every word in the reader's language), for the CLI to place in the plan's HTML report.
 */
import type { Financing } from "../finance/debt-service.ts";
import { date, type MessageCode, money, msg, renderMessage } from "../messages/index.ts";
import { escapeHtml } from "../report/escape.ts";
import { type ReportLanguage, say, wordsOf } from "../report/language.ts";
import type { Variance } from "./variance.ts";

type Words = ReturnType<typeof wordsOf>;

const day = (w: Words, iso: string | null) =>
  iso === null ? "—" : w("common.verbatim", { text: date(iso) });
const amount = (w: Words, value: number, currency: string) =>
  w("common.verbatim", { text: money(value, currency) });
const signed = (n: number | null) => (n === null ? "—" : n > 0 ? `+${n}` : String(n));

function table(w: Words, columns: readonly MessageCode[], rows: readonly (readonly string[])[]): string {
  const head = columns.map((c) => `<th>${escapeHtml(w(c))}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("\n");
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

export function renderTrackingHtml(
  variance: Variance | undefined,
  financing: Financing,
  language?: ReportLanguage,
): string {
  const w = wordsOf(language);
  const lang = language?.lang ?? "en";
  const out: string[] = [];
  if (variance) {
    const t = variance.totals;
    const names = new Map(variance.activities.map((a) => [a.activity, say(a.name, a.nameMessage, language)]));
    for (const m of variance.milestones) names.set(m.activity, say(m.name, m.nameMessage, language));
    const lines = [
      variance.asOf !== null ? w("report.variance.asOf", { date: date(variance.asOf) }) : "",
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
      w("report.variance.cost", {
        baseline: money(t.baselineCost, t.currency),
        forecast: money(t.forecastCost, t.currency),
        variance: money(t.costVariance, t.currency),
        spent: money(t.spent, t.currency),
      }),
      variance.criticalPath.length > 0
        ? w("report.variance.critical", {
            path: variance.criticalPath.map((id) => names.get(id) ?? id).join(" → "),
          })
        : "",
    ].filter((l) => l !== "");
    out.push(
      `<h2>${escapeHtml(w("report.variance.title"))}</h2>`,
      ...lines.map((l) => `<p>${escapeHtml(l)}</p>`),
      table(
        w,
        [
          "report.col.activity",
          "report.variance.col.status",
          "report.variance.col.baseline",
          "report.variance.col.forecast",
          "report.variance.col.slip",
          "report.col.cost",
        ],
        variance.activities.map((a) => [
          names.get(a.activity) ?? a.activity,
          renderMessage(msg(`tracking.${a.status}`), lang),
          `${day(w, a.baselineStart)} – ${day(w, a.baselineFinish)}`,
          `${day(w, a.forecastStart)} – ${day(w, a.forecastFinish)}`,
          signed(a.slipDays),
          a.forecastCost === null ? "—" : amount(w, a.forecastCost, t.currency),
        ]),
      ),
      `<h3>${escapeHtml(w("report.variance.milestones"))}</h3>`,
      table(
        w,
        [
          "report.col.activity",
          "report.variance.col.baseline",
          "report.variance.col.forecast",
          "report.variance.col.slip",
        ],
        variance.milestones.map((m) => [
          names.get(m.activity) ?? m.activity,
          day(w, m.baseline),
          day(w, m.forecast),
          signed(m.slipDays),
        ]),
      ),
    );
  }
  if (financing.cashBalance.length > 0)
    out.push(
      `<h2>${escapeHtml(w("report.cash.title"))}</h2>`,
      table(
        w,
        [
          "report.cash.col.month",
          "report.cash.col.inflow",
          "report.cash.col.spend",
          "report.cash.col.debtService",
          "report.cash.col.balance",
        ],
        financing.cashBalance.map((m) => [
          m.date.slice(0, 7),
          amount(w, m.inflow, financing.currency),
          amount(w, m.spend, financing.currency),
          amount(w, m.debtService, financing.currency),
          amount(w, m.balance, financing.currency),
        ]),
      ),
    );
  return out.join("\n");
}
