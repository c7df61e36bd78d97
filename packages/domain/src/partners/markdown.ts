import type { Message } from "../messages/index.ts";
import { type ReportLanguage, say } from "../report/language.ts";
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
export function renderPartnerFitMarkdown(report: PartnerFitReport, language?: ReportLanguage): string {
  const lines: string[] = ["# Partner fit", "", "## Weights", ""];
  lines.push(`| ${CRITERIA.join(" | ")} |`, `|${CRITERIA.map(() => "---").join("|")}|`);
  lines.push(`| ${CRITERIA.map((k) => report.weights[k]).join(" | ")} |`, "");
  lines.push(...screeningSection(report));
  for (const r of report.ranking) lines.push(...gapSection(report, r, language));
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
  const notes = report.notes.map((n, i) => say(n, report.noteMessages?.[i], language));
  lines.push("## Notes", "", ...notes.map((n) => `- ${n}`), "");
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

/** An unlawful option's reason without its "unlawful:" prefix (the section says it already). */
function withoutPrefix(message: Message | undefined): Message | undefined {
  const inner = message?.code === "compliance.unlawful" ? message.params.reason : undefined;
  return typeof inner === "object" && "kind" in inner && inner.kind === "message" ? inner.message : message;
}

function gapSection(report: PartnerFitReport, r: GapRanking, language: ReportLanguage | undefined): string[] {
  const lines = [
    `## ${r.inputName} (\`${r.gapId}\`)`,
    "",
    say(r.explanation, r.explanationMessage, language),
    "",
  ];
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
      const row = byRule.get(key) ?? {
        options: [],
        reason: say((u.reason ?? "").replace(/^unlawful: /, ""), withoutPrefix(u.message), language),
      };
      row.options.push(`${u.partnerId}/${u.modelId}`);
      byRule.set(key, row);
    }
    for (const [rule, row] of byRule) {
      lines.push(`- rule \`${rule}\` — ${row.options.join(", ")}: ${cell(row.reason)}`);
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
