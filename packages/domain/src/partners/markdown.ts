import { NOT_LEGAL_ADVICE } from "../roadmap/provenance.ts";
import type { GapRanking, PartnerFitReport } from "./fit.ts";
import { CRITERIA } from "./score.ts";

const cell = (v: unknown) =>
  String(v ?? "—")
    .replace(/\|/g, "\\|")
    .replace(/\n/g, " ");
const money = (x: number) => Math.round(x).toLocaleString("en-US");
const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Partner fit as Markdown: weights, screening hits, then per gap the ranking, the unlawful
 * options grouped by the rule that decides, and the weight sensitivity; exposure and notes last.
 */
export function renderPartnerFitMarkdown(report: PartnerFitReport): string {
  const lines: string[] = ["# Partner fit", "", "## Weights", ""];
  lines.push(`| ${CRITERIA.join(" | ")} |`, `|${CRITERIA.map(() => "---").join("|")}|`);
  lines.push(`| ${CRITERIA.map((k) => report.weights[k]).join(" | ")} |`, "");
  lines.push(...screeningSection(report));
  for (const r of report.ranking) lines.push(...gapSection(report, r));
  if (report.exposure.length > 0) {
    lines.push("## Secondary-sanctions exposure", "");
    const byFirm = new Map<string, { text: string; partners: string[] }>();
    for (const e of report.exposure) {
      for (const f of e.firms) {
        const key = `${f.firmId}|${f.list}`;
        const row = byFirm.get(key) ?? {
          text: `${f.firmName} matches "${f.matchedName}" on ${f.list} (${pct(f.score)})`,
          partners: [],
        };
        row.partners.push(e.partnerId);
        byFirm.set(key, row);
      }
    }
    for (const row of byFirm.values()) lines.push(`- ${row.text}: exposure for ${row.partners.join(", ")}`);
    lines.push("");
  }
  lines.push("## Notes", "", ...report.notes.map((n) => `- ${n}`), "");
  lines.push(`_${NOT_LEGAL_ADVICE}_`, "");
  return lines.join("\n");
}

function screeningSection(report: PartnerFitReport): string[] {
  const hits = report.screening.filter((s) => s.hits.length > 0);
  const lines = ["## Sanctions screening", ""];
  if (report.screening.length === 0) return [...lines, "No firm was screened.", ""];
  for (const s of hits) {
    const found = s.hits.map((h) => `"${h.match.name}" on ${h.listName} (${pct(h.match.score)})`).join("; ");
    lines.push(`- ${s.side} firm ${s.firmName}: ${found}`);
  }
  lines.push(
    `- ${report.screening.length - hits.length} other firm(s) screened: no match at the threshold`,
    "",
  );
  return lines;
}

function gapSection(report: PartnerFitReport, r: GapRanking): string[] {
  const lines = [`## ${r.inputName} (\`${r.gapId}\`)`, "", r.explanation, ""];
  if (r.ranked.length > 0) {
    lines.push(
      `| rank | partner | model | score | coverage | lead time (days) | cost (${report.currency}) | licence delay (days) | HHI before → after |`,
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
    const byRule = new Map<string, { options: string[]; reason: string }>();
    for (const u of r.unlawful) {
      const key = u.rule ?? "?";
      const row = byRule.get(key) ?? { options: [], reason: u.reason ?? "" };
      row.options.push(`${u.partnerId}/${u.modelId}`);
      byRule.set(key, row);
    }
    for (const [rule, row] of byRule) {
      lines.push(
        `- rule \`${rule}\` — ${row.options.join(", ")}: ${cell(row.reason.replace(/^unlawful: /, ""))}`,
      );
    }
    lines.push("");
  }
  const sens = report.sensitivity.filter((s) => s.gapId === r.gapId && s.deltaToChangeTop !== null);
  if (sens.length > 0) {
    lines.push("Weight change (others fixed) at which the top choice changes:", "");
    for (const s of sens) {
      const delta = s.deltaToChangeTop ?? 0;
      lines.push(
        `- ${s.weight} ${delta >= 0 ? "+" : ""}${delta.toFixed(3)} → ${s.newTop?.partnerId}/${s.newTop?.modelId}`,
      );
    }
    lines.push("");
  }
  return lines;
}
