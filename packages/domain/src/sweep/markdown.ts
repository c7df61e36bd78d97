import { date, list, money, percent, ref } from "../messages/index.ts";
import { escapeCell } from "../report/escape.ts";
import { type ReportLanguage, wordsOf } from "../report/language.ts";
import type { SweepReport } from "./sweep.ts";

/** The sweep as a Markdown table: one row per variant, its options, plan, completion, risk, cost, partners. */
export function renderSweepMarkdown(report: SweepReport, language?: ReportLanguage): string {
  const w = wordsOf(language);
  const cell = (text: string) => escapeCell(text);
  const head = [
    "#",
    ...report.dimensions,
    w("sweep.col.status"),
    w("sweep.col.completion"),
    "P50",
    "P80",
    w("sweep.col.noPlan"),
    w("sweep.col.cost"),
    w("sweep.col.partners"),
  ];
  const rows = report.rows.map((r) => [
    String(r.index + 1),
    ...r.options.map((o) => o.option),
    w(`status.${r.status}`),
    r.completion ? w("common.verbatim", { text: date(r.completion) }) : "—",
    r.p50 ? w("common.verbatim", { text: date(r.p50) }) : "—",
    r.p80 ? w("common.verbatim", { text: date(r.p80) }) : "—",
    r.probabilityNoPlan === null ? "—" : w("common.verbatim", { text: percent(r.probabilityNoPlan) }),
    r.completion ? w("common.verbatim", { text: money(Math.round(r.totalCost), r.currency) }) : "—",
    r.partners.length > 0
      ? w("common.verbatim", {
          text: list(
            r.partners.map((p) => ref("partner", p)),
            "comma",
          ),
        })
      : "—",
  ]);
  return [
    `# ${report.name ? w("sweep.title", { name: report.name }) : w("sweep.untitled")}`,
    "",
    w("sweep.conditions", {
      count: report.rows.length,
      profile: report.profile,
      seed: report.seed,
      samples: report.samples,
    }),
    "",
    `| ${head.map(cell).join(" | ")} |`,
    `|${head.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
    "",
  ].join("\n");
}
