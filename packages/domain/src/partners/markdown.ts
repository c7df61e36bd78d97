import type { PartnerFitReport } from "./fit.ts";
import { CRITERIA } from "./score.ts";

const cell = (v: unknown) =>
  String(v ?? "—")
    .replace(/\|/g, "\\|")
    .replace(/\n/g, " ");
const money = (x: number) => Math.round(x).toLocaleString("en-US");

/** Partner fit as Markdown: weights, then per gap the ranking, the unlawful options and their rules, and sensitivity. */
export function renderPartnerFitMarkdown(report: PartnerFitReport): string {
  const lines: string[] = ["# Partner fit", "", "## Weights", ""];
  lines.push(`| ${CRITERIA.join(" | ")} |`, `|${CRITERIA.map(() => "---").join("|")}|`);
  lines.push(`| ${CRITERIA.map((k) => report.weights[k]).join(" | ")} |`, "");
  for (const r of report.ranking) {
    lines.push(`## ${r.inputName} (\`${r.gapId}\`)`, "", r.explanation, "");
    if (r.ranked.length > 0) {
      lines.push(
        "| rank | partner | model | score | coverage | lead time (days) | cost | licence delay | HHI before → after |",
      );
      lines.push("|---|---|---|---|---|---|---|---|---|");
      for (const x of r.ranked) {
        const o = report.options.find(
          (y) => y.gapId === r.gapId && y.partnerId === x.partnerId && y.modelId === x.modelId,
        );
        if (!o) continue;
        const hhi = o.hhiBefore === undefined ? "—" : `${o.hhiBefore} → ${o.hhiAfter}`;
        lines.push(
          `| ${x.rank} | ${x.partnerId} | ${x.modelId} | ${x.score.toFixed(3)} | ${o.coverage.toFixed(2)} | ${o.leadTimeDays} | ${money(o.cost)} | ${o.licenceDelayDays} | ${hhi} |`,
        );
      }
      lines.push("");
    }
    if (r.unlawful.length > 0) {
      lines.push("Not lawful under the scenario's rules:", "");
      for (const u of r.unlawful)
        lines.push(`- ${u.partnerId}/${u.modelId} — rule \`${u.rule}\`: ${cell(u.reason)}`);
      lines.push("");
    }
    const sens = report.sensitivity.filter((s) => s.gapId === r.gapId && s.deltaToChangeTop !== null);
    if (sens.length > 0) {
      lines.push("Weight change that would change the top choice:", "");
      for (const s of sens) {
        const delta = s.deltaToChangeTop ?? 0;
        lines.push(
          `- ${s.weight} ${delta >= 0 ? "+" : ""}${delta.toFixed(3)} → ${s.newTop?.partnerId}/${s.newTop?.modelId}`,
        );
      }
      lines.push("");
    }
  }
  if (report.exposure.length > 0) {
    lines.push("## Secondary-sanctions exposure", "");
    for (const e of report.exposure) {
      for (const f of e.firms) {
        lines.push(
          `- ${e.partnerId}: counterpart ${f.firmName} matches "${f.matchedName}" on ${f.list} (${Math.round(f.score * 100)}%)`,
        );
      }
    }
    lines.push("");
  }
  lines.push("## Notes", "", ...report.notes.map((n) => `- ${n}`), "");
  return lines.join("\n");
}
