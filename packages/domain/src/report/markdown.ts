import type { Plan } from "../roadmap/plan.ts";
import type { Provenance } from "../roadmap/provenance.ts";
import type { RiskReport } from "../risk/risk-report.ts";
import { escapeCell } from "./escape.ts";
import { type ReportLanguage, say, sayValue } from "./language.ts";
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
export function renderPlanMarkdown(plan: Plan, scenario: ReportHeading, language?: ReportLanguage): string {
  const out: string[] = [`# Roadmap: ${reportTitle(scenario)}`, ""];
  for (const [label, value] of planSummaryRows(plan, language)) out.push(`- ${label}: **${value}**`);
  out.push("");
  if (plan.blocking.length > 0) {
    out.push("## Blocking decisions", "", "| gap | target | input | why | rules |", "|---|---|---|---|---|");
    for (const b of plan.blocking) {
      out.push(
        `| ${escapeCell(b.gapId)} | ${escapeCell(b.targetId)} | ${escapeCell(b.inputName)} | ${escapeCell(say(b.reason, b.message, language))} | ${escapeCell(b.rules.join(", ") || "—")} |`,
      );
    }
    out.push("");
  }
  if (plan.phases.length > 0) {
    out.push("## Phases", "", "| phase | start | finish | activities |", "|---|---|---|---:|");
    for (const p of plan.phases)
      out.push(`| ${sayValue(p.phase, "phase", language)} | ${p.start} | ${p.finish} | ${p.activities} |`);
    out.push("");
  }
  if (plan.decisions.length > 0) {
    out.push("## Decisions", "");
    for (const d of plan.decisions) {
      out.push(
        `### ${d.gapId}: ${d.partner} — ${d.model} (${sayValue(d.modelType, "modelType", language)})`,
        "",
        say(d.explanation, d.explanationMessage, language),
        "",
      );
      if (d.alternatives.length > 0) {
        out.push("| alternative | outcome | why it lost |", "|---|---|---|");
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
      "## Schedule",
      "",
      "| activity | phase | partner | model | start | finish | cost | critical |",
      "|---|---|---|---|---|---|---:|---|",
    );
    for (const a of plan.activities) {
      out.push(
        `| ${escapeCell(say(a.name, a.nameMessage, language))} | ${sayValue(a.phase, "phase", language)} | ${escapeCell(a.partner ?? "—")} | ${escapeCell(a.model ?? "—")} | ${a.start} | ${a.finish} | ${money(a.cost, plan.provenance.currency)} | ${a.critical ? "yes" : ""} |`,
      );
    }
    out.push("");
  }
  if (plan.rejected.length > 0) {
    out.push(
      "## Options excluded as unlawful",
      "",
      "| gap | partner | model | rule | reason |",
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
    out.push("## Critical path", "", plan.criticalPath.map((id) => names.get(id) ?? id).join(" → "), "");
  }
  if (plan.financing.loans.length > 0) {
    out.push("## Loans and debt service", "", "| loan | terms |", "|---|---|");
    for (const [label, value] of financingRows(plan))
      out.push(`| ${escapeCell(label)} | ${escapeCell(value)} |`);
    out.push("");
  }
  out.push(...provenanceMarkdown(plan.provenance));
  return out.join("\n");
}

export function provenanceMarkdown(p: Provenance): string[] {
  const out = ["## Sources and provenance", "", "| | |", "|---|---|"];
  for (const [label, value] of provenanceRows(p)) out.push(`| ${label} | ${escapeCell(value)} |`);
  out.push("");
  return out;
}

export function renderRiskMarkdown(
  risk: RiskReport,
  scenario: ReportHeading,
  language?: ReportLanguage,
): string {
  const out: string[] = [`# Schedule risk: ${reportTitle(scenario)}`, ""];
  out.push(...riskSummaryLines(risk).map((l) => `${l}`), "");
  out.push("| percentile (of samples that complete) | completion |", "|---|---|");
  for (const [label, value] of riskPercentileRows(risk)) out.push(`| ${label} | ${value} |`);
  out.push("");
  if (risk.noPlan.reasons.length > 0) {
    out.push("| why no plan | samples | share |", "|---|---:|---:|");
    for (const r of risk.noPlan.reasons)
      out.push(
        `| ${escapeCell(say(r.reason, r.message, language))} | ${r.count} | ${pct(r.count / risk.samples)} |`,
      );
    out.push("");
  }
  if (risk.dueDates.length > 0) {
    out.push("| target | due date | probability of meeting it |", "|---|---|---:|");
    for (const d of risk.dueDates) out.push(`| ${d.targetId} | ${d.dueDate} | ${pct(d.probability)} |`);
    out.push("");
  }
  if (risk.partnerEvents.length > 0) {
    out.push("| partner | drop-out probability | samples dropped |", "|---|---:|---:|");
    for (const p of risk.partnerEvents) out.push(`| ${p.partner} | ${pct(p.probability)} | ${p.dropped} |`);
    out.push("");
  }
  out.push(...provenanceMarkdown(risk.provenance));
  return out.join("\n");
}
