import { type ReportLanguage, say } from "../report/language.ts";
import type { GapReport } from "./analyze.ts";

const cell = (v: unknown) => String(v ?? "—").replace(/\|/g, "\\|");

/** The gap report as Markdown: one table per target, then assumptions and notes. */
export function renderGapsMarkdown(report: GapReport, language?: ReportLanguage): string {
  const lines: string[] = [`# Capability gaps — ${report.country}`, ""];
  const byId = new Map(report.gaps.map((g) => [g.id, g]));
  for (const t of report.targets) {
    lines.push(`## ${t.name} (\`${t.targetId}\`, due ${t.dueDate})`, "");
    lines.push(`${t.covered} of ${t.inputs.length} required inputs covered domestically.`, "");
    lines.push("| input | status | required node | domestic node | behind | critical |");
    lines.push("|---|---|---|---|---|---|");
    for (const i of t.inputs) {
      const gap = i.gapId ? byId.get(i.gapId) : undefined;
      const behind = gap?.generationsBehind
        ? `${gap.generationsBehind.nodes} nodes / ${gap.generationsBehind.years} years`
        : "—";
      const cp = gap?.chokepoint;
      const providers = cp?.topProviders.map((p) => `${p.country} ${Math.round(p.share * 100)}%`).join(", ");
      const via = cp && cp.inputId !== gap?.inputId ? ` via ${cp.inputName}` : "";
      const critical = gap?.critical ? `yes${via}: ${providers}` : "no";
      lines.push(
        `| ${cell(`${i.inputName} (${i.inputId})`)} | ${i.status} | ${cell(i.requiredNode && `${i.requiredNode} nm`)} | ${cell(i.domesticNode && `${i.domesticNode} nm`)} | ${behind} | ${critical} |`,
      );
    }
    lines.push("");
  }
  const assumptions = report.assumptions.map((a, i) => say(a, report.assumptionMessages?.[i], language));
  const notes = report.notes.map((n, i) => say(n, report.noteMessages?.[i], language));
  lines.push("## Assumptions", "", ...assumptions.map((a) => `- ${a}`), "");
  if (notes.length) lines.push("## Notes", "", ...notes.map((n) => `- ${n}`), "");
  return lines.join("\n");
}
