import { date, type MessageCode } from "../messages/index.ts";
import { type ReportLanguage, say, wordsOf } from "../report/language.ts";
import type { GapReport } from "./analyze.ts";

const cell = (v: unknown) => String(v ?? "—").replace(/\|/g, "\\|");

/** The gap report as Markdown: one table per target, then assumptions and notes. */
export function renderGapsMarkdown(report: GapReport, language?: ReportLanguage): string {
  const w = wordsOf(language);
  const header = (codes: MessageCode[]) => `| ${codes.map((c) => w(c)).join(" | ")} |`;
  const lines: string[] = [`# ${w("report.gaps.title", { country: report.country })}`, ""];
  const byId = new Map(report.gaps.map((g) => [g.id, g]));
  for (const t of report.targets) {
    lines.push(
      `## ${w("report.gaps.target", { name: t.name, target: t.targetId, due: date(t.dueDate) })}`,
      "",
    );
    lines.push(w("report.gaps.covered", { covered: t.covered, total: t.inputs.length }), "");
    lines.push(
      header([
        "report.col.input",
        "report.gaps.col.status",
        "report.gaps.col.requiredNode",
        "report.gaps.col.domesticNode",
        "report.gaps.col.behind",
        "report.col.critical",
      ]),
    );
    lines.push("|---|---|---|---|---|---|");
    for (const i of t.inputs) {
      const gap = i.gapId ? byId.get(i.gapId) : undefined;
      const behind = gap?.generationsBehind
        ? w("report.gaps.behind", { nodes: gap.generationsBehind.nodes, years: gap.generationsBehind.years })
        : "—";
      const cp = gap?.chokepoint;
      const providers = cp?.topProviders.map((p) => `${p.country} ${Math.round(p.share * 100)}%`).join(", ");
      const via = cp && cp.inputId !== gap?.inputId ? cp.inputName : undefined;
      const critical = gap?.critical
        ? w("report.gaps.critical", { via, providers: String(providers) })
        : w("report.gaps.notCritical");
      lines.push(
        `| ${cell(`${i.inputName} (${i.inputId})`)} | ${w(`inputStatus.${i.status}`)} | ${cell(i.requiredNode && `${i.requiredNode} nm`)} | ${cell(i.domesticNode && `${i.domesticNode} nm`)} | ${behind} | ${critical} |`,
      );
    }
    lines.push("");
  }
  const assumptions = report.assumptions.map((a, i) => say(a, report.assumptionMessages?.[i], language));
  const notes = report.notes.map((n, i) => say(n, report.noteMessages?.[i], language));
  lines.push(`## ${w("report.gaps.assumptions")}`, "", ...assumptions.map((a) => `- ${a}`), "");
  if (notes.length) lines.push(`## ${w("report.gaps.notes")}`, "", ...notes.map((n) => `- ${n}`), "");
  return lines.join("\n");
}
