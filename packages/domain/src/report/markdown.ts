import type { Plan } from "../roadmap/plan.ts";
import type { Provenance } from "../roadmap/provenance.ts";
import type { RiskReport } from "../risk/risk-report.ts";
import { escapeCell } from "./escape.ts";
import { date, type MessageCode } from "../messages/index.ts";
import { type ReportLanguage, say, sayValue, wordsOf } from "./language.ts";
import {
  financingRows,
  money,
  pct,
  planSummaryRows,
  provenanceRows,
  riskPercentileRows,
  riskSummaryLines,
} from "./summary.ts";

/** What the reports need to know about the scenario: its title. */
export interface ReportHeading {
  name?: string | undefined;
  title?: string | undefined;
  id?: string | undefined;
}

export function reportTitle(scenario: ReportHeading): string {
  return scenario.title ?? scenario.name ?? scenario.id ?? "Programme";
}

/** The roadmap as a Markdown document: summary, decisions with their explanations, schedule, rejected options. */
/** A table header row of report column codes. */
function header(w: ReturnType<typeof wordsOf>, columns: readonly (MessageCode | "")[]): string {
  return `| ${columns.map((c) => (c === "" ? "" : w(c))).join(" | ")} |`;
}

export function renderPlanMarkdown(plan: Plan, scenario: ReportHeading, language?: ReportLanguage): string {
  const w = wordsOf(language);
  const out: string[] = [`# ${w("report.planTitle", { title: reportTitle(scenario) })}`, ""];
  for (const [label, value] of planSummaryRows(plan, language)) out.push(`- ${label}: **${value}**`);
  out.push("");
  if (plan.blocking.length > 0) {
    out.push(
      `## ${w("report.blocking")}`,
      "",
      header(w, [
        "report.col.gap",
        "report.col.target",
        "report.col.input",
        "report.col.why",
        "report.col.rules",
      ]),
      "|---|---|---|---|---|",
    );
    for (const b of plan.blocking) {
      out.push(
        `| ${escapeCell(b.gapId)} | ${escapeCell(b.targetId)} | ${escapeCell(b.inputName)} | ${escapeCell(say(b.reason, b.message, language))} | ${escapeCell(b.rules.join(", ") || "—")} |`,
      );
    }
    out.push("");
  }
  if (plan.phases.length > 0) {
    out.push(
      `## ${w("report.phases")}`,
      "",
      header(w, ["report.col.phase", "report.col.start", "report.col.finish", "report.col.activities"]),
      "|---|---|---|---:|",
    );
    for (const p of plan.phases)
      out.push(`| ${sayValue(p.phase, "phase", language)} | ${p.start} | ${p.finish} | ${p.activities} |`);
    out.push("");
  }
  if (plan.decisions.length > 0) {
    out.push(`## ${w("report.decisions")}`, "");
    for (const d of plan.decisions) {
      out.push(
        `### ${d.gapId}: ${d.partner} — ${d.model} (${sayValue(d.modelType, "modelType", language)})`,
        "",
        say(d.explanation, d.explanationMessage, language),
        "",
      );
      if (d.alternatives.length > 0) {
        out.push(
          header(w, ["report.col.alternative", "report.col.outcome", "report.col.whyLost"]),
          "|---|---|---|",
        );
        for (const a of d.alternatives) {
          out.push(
            `| ${escapeCell(`${a.partner} — ${a.model}`)} | ${sayValue(a.outcome, "outcome", language)} | ${escapeCell(say(a.reason, a.message, language))} |`,
          );
        }
        out.push("");
      }
    }
  }
  if (plan.activities.length > 0) {
    out.push(
      `## ${w("report.schedule")}`,
      "",
      header(w, [
        "report.col.activity",
        "report.col.phase",
        "report.col.partner",
        "report.col.model",
        "report.col.start",
        "report.col.finish",
        "report.col.cost",
        "report.col.critical",
      ]),
      "|---|---|---|---|---|---|---:|---|",
    );
    for (const a of plan.activities) {
      out.push(
        `| ${escapeCell(say(a.name, a.nameMessage, language))} | ${sayValue(a.phase, "phase", language)} | ${escapeCell(a.partner ?? "—")} | ${escapeCell(a.model ?? "—")} | ${a.start} | ${a.finish} | ${money(a.cost, plan.provenance.currency, language)} | ${a.critical ? w("report.yes") : ""} |`,
      );
    }
    out.push("");
  }
  if (plan.rejected.length > 0) {
    out.push(
      `## ${w("report.rejected")}`,
      "",
      header(w, [
        "report.col.gap",
        "report.col.partner",
        "report.col.model",
        "report.col.rule",
        "report.col.reason",
      ]),
      "|---|---|---|---|---|",
    );
    for (const r of plan.rejected) {
      out.push(
        `| ${escapeCell(r.gapId)} | ${escapeCell(r.partner)} | ${escapeCell(r.model)} | ${escapeCell(r.rule ?? "—")} | ${escapeCell(say(r.reason, r.message, language))} |`,
      );
    }
    out.push("");
  }
  if (plan.criticalPath.length > 0) {
    const names = new Map(plan.activities.map((a) => [a.id, say(a.name, a.nameMessage, language)]));
    out.push(
      `## ${w("report.criticalPath")}`,
      "",
      plan.criticalPath.map((id) => names.get(id) ?? id).join(" → "),
      "",
    );
  }
  if (plan.financing.loans.length > 0) {
    out.push(`## ${w("report.loans")}`, "", header(w, ["report.col.loan", "report.col.terms"]), "|---|---|");
    for (const [label, value] of financingRows(plan, language))
      out.push(`| ${escapeCell(label)} | ${escapeCell(value)} |`);
    out.push("");
  }
  out.push(...provenanceMarkdown(plan.provenance, language));
  return out.join("\n");
}

export function provenanceMarkdown(p: Provenance, language?: ReportLanguage): string[] {
  const out = [`## ${wordsOf(language)("report.sources")}`, "", "| | |", "|---|---|"];
  for (const [label, value] of provenanceRows(p, language)) out.push(`| ${label} | ${escapeCell(value)} |`);
  out.push("");
  return out;
}

export function renderRiskMarkdown(
  risk: RiskReport,
  scenario: ReportHeading,
  language?: ReportLanguage,
): string {
  const w = wordsOf(language);
  const out: string[] = [`# ${w("report.riskTitle", { title: reportTitle(scenario) })}`, ""];
  out.push(...riskSummaryLines(risk, language).map((l) => `${l}`), "");
  out.push(header(w, ["report.col.percentile", "report.col.completion"]), "|---|---|");
  for (const [label, value] of riskPercentileRows(risk, language)) out.push(`| ${label} | ${value} |`);
  out.push("");
  if (risk.noPlan.reasons.length > 0) {
    out.push(
      header(w, ["report.col.whyNoPlan", "report.col.samples", "report.col.share"]),
      "|---|---:|---:|",
    );
    for (const r of risk.noPlan.reasons)
      out.push(
        `| ${escapeCell(say(r.reason, r.message, language))} | ${r.count} | ${pct(r.count / risk.samples)} |`,
      );
    out.push("");
  }
  if (risk.dueDates.length > 0) {
    out.push(
      header(w, ["report.col.target", "report.col.dueDate", "report.col.probability"]),
      "|---|---|---:|",
    );
    for (const d of risk.dueDates)
      out.push(
        `| ${d.targetId} | ${w("common.verbatim", { text: date(d.dueDate) })} | ${pct(d.probability)} |`,
      );
    out.push("");
  }
  if (risk.partnerEvents.length > 0) {
    out.push(
      header(w, ["report.col.partner", "report.col.dropOut", "report.col.dropped"]),
      "|---|---:|---:|",
    );
    for (const p of risk.partnerEvents) out.push(`| ${p.partner} | ${pct(p.probability)} | ${p.dropped} |`);
    out.push("");
  }
  out.push(...provenanceMarkdown(risk.provenance, language));
  return out.join("\n");
}
