import { type Message, type MessageCode, percent } from "../messages/index.ts";
import { type ReportLanguage, say, wordsOf } from "../report/language.ts";
import type { GapRanking, PartnerFitReport } from "./fit.ts";
import { CRITERIA } from "./score.ts";

const cell = (v: unknown) =>
  String(v ?? "—")
    .replace(/\|/g, "\\|")
    .replace(/\n/g, " ");
const money = (x: number) => Math.round(x).toLocaleString("en-US");

/**
 * Partner fit as Markdown: weights, screening hits, then per gap the ranking, the unlawful
 * options grouped by the rule that decides, and the weight sensitivity; exposure and notes last.
 */
export function renderPartnerFitMarkdown(report: PartnerFitReport, language?: ReportLanguage): string {
  const w = wordsOf(language);
  const lines: string[] = [`# ${w("report.fit.title")}`, "", `## ${w("report.fit.weights")}`, ""];
  const criteria = CRITERIA.map((k) => (language ? w(`criterion.${k}`) : k));
  lines.push(`| ${criteria.join(" | ")} |`, `|${CRITERIA.map(() => "---").join("|")}|`);
  lines.push(`| ${CRITERIA.map((k) => report.weights[k]).join(" | ")} |`, "");
  lines.push(...screeningSection(report, language));
  for (const r of report.ranking) lines.push(...gapSection(report, r, language));
  if (report.exposure.length > 0) {
    lines.push(`## ${w("report.fit.exposure")}`, "");
    const byFirm = new Map<
      string,
      { firm: (typeof report.exposure)[number]["firms"][number]; partners: string[] }
    >();
    for (const e of report.exposure) {
      for (const f of e.firms) {
        const key = `${f.firmId}|${f.list}`;
        const row = byFirm.get(key) ?? { firm: f, partners: [] };
        row.partners.push(e.partnerId);
        byFirm.set(key, row);
      }
    }
    for (const { firm: f, partners } of byFirm.values()) {
      const row = w("report.fit.exposureRow", {
        firm: f.firmName,
        entry: f.matchedName,
        list: f.list,
        score: percent(f.score),
        partners: partners.join(", "),
      });
      lines.push(`- ${row}`);
    }
    lines.push("");
  }
  const notes = report.notes.map((n, i) => say(n, report.noteMessages?.[i], language));
  lines.push("## Notes", "", ...notes.map((n) => `- ${n}`), "");
  lines.push(`_${w("report.notLegalAdvice")}_`, "");
  return lines.join("\n");
}

function screeningSection(report: PartnerFitReport, language: ReportLanguage | undefined): string[] {
  const w = wordsOf(language);
  const hits = report.screening.filter((s) => s.hits.length > 0);
  const lines = [`## ${w("report.fit.screening")}`, ""];
  if (report.screening.length === 0) return [...lines, w("report.fit.noneScreened"), ""];
  for (const s of hits) {
    const found = s.hits
      .map((h) =>
        w("report.fit.hit", { entry: h.match.name, list: h.listName, score: percent(h.match.score) }),
      )
      .join("; ");
    lines.push(
      `- ${w(s.side === "partner" ? "report.fit.hitPartner" : "report.fit.hitDomestic", { firm: s.firmName, found })}`,
    );
  }
  lines.push(`- ${w("report.fit.othersClean", { count: report.screening.length - hits.length })}`, "");
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
  const w = wordsOf(language);
  if (r.ranked.length > 0) {
    const columns: MessageCode[] = [
      "report.fit.col.rank",
      "report.col.partner",
      "report.col.model",
      "report.fit.col.score",
      "report.fit.col.coverage",
      "report.fit.col.leadTime",
    ];
    const rest: MessageCode[] = ["report.fit.col.licenceDelay", "report.fit.col.hhi"];
    lines.push(
      `| ${columns.map((c) => w(c)).join(" | ")} | ${w("report.col.costIn", { currency: report.currency })} | ${rest.map((c) => w(c)).join(" | ")} |`,
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
    lines.push(w("report.fit.unlawful"), "");
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
      lines.push(
        `- ${w("report.fit.ruleRow", { rule, options: row.options.join(", "), reason: cell(row.reason) })}`,
      );
    }
    lines.push("");
  }
  const sens = report.sensitivity.filter((s) => s.gapId === r.gapId && s.deltaToChangeTop !== null);
  if (sens.length > 0) {
    lines.push(w("report.fit.sensitivity"), "");
    for (const s of sens) {
      const delta = s.deltaToChangeTop ?? 0;
      lines.push(
        `- ${language ? w(`criterion.${s.weight}`) : s.weight} ${delta >= 0 ? "+" : ""}${delta.toFixed(3)} → ${s.newTop?.partnerId}/${s.newTop?.modelId}`,
      );
    }
    lines.push("");
  }
  return lines;
}
