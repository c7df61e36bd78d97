import type { Plan } from "../roadmap/plan.ts";
import type { RiskReport } from "../risk/risk-report.ts";
import { escapeCell } from "./escape.ts";
import { formatNumber } from "./svg-charts.ts";

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
export function renderPlanMarkdown(plan: Plan, scenario: ReportHeading): string {
  const out: string[] = [`# Roadmap: ${reportTitle(scenario)}`, ""];
  out.push(`- Status: **${plan.status}**${plan.reason ? ` — ${plan.reason}` : ""}`);
  out.push(`- Programme start: ${plan.startDate}; target production complete: **${plan.completion.date}**`);
  out.push(`- Total cost: ${formatNumber(plan.totalCost)}`);
  for (const t of plan.targets) {
    const due = t.dueDate
      ? ` (due ${t.dueDate}${t.lateDays > 0 ? `, ${t.lateDays} days late` : ", on time"})`
      : "";
    out.push(`- Target ${t.targetId}: volume production from ${t.productionStart}${due}`);
  }
  out.push("");
  if (plan.phases.length > 0) {
    out.push("## Phases", "", "| phase | start | finish | activities |", "|---|---|---|---:|");
    for (const p of plan.phases) out.push(`| ${p.phase} | ${p.start} | ${p.finish} | ${p.activities} |`);
    out.push("");
  }
  if (plan.decisions.length > 0) {
    out.push("## Decisions", "");
    for (const d of plan.decisions) {
      out.push(`### ${d.gapId}: ${d.partner} — ${d.model} (${d.modelType})`, "", d.explanation, "");
      if (d.alternatives.length > 0) {
        out.push("| alternative | outcome | why it lost |", "|---|---|---|");
        for (const a of d.alternatives) {
          out.push(`| ${escapeCell(`${a.partner} — ${a.model}`)} | ${a.outcome} | ${escapeCell(a.reason)} |`);
        }
        out.push("");
      }
    }
  }
  if (plan.activities.length > 0) {
    out.push(
      "## Schedule",
      "",
      "| activity | phase | partner | model | start | finish | critical |",
      "|---|---|---|---|---|---|---|",
    );
    for (const a of plan.activities) {
      out.push(
        `| ${escapeCell(a.name)} | ${a.phase} | ${escapeCell(a.partner ?? "—")} | ${escapeCell(a.model ?? "—")} | ${a.start} | ${a.finish} | ${a.critical ? "yes" : ""} |`,
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
        `| ${escapeCell(r.gapId)} | ${escapeCell(r.partner)} | ${escapeCell(r.model)} | ${escapeCell(r.rule ?? "—")} | ${escapeCell(r.reason)} |`,
      );
    }
    out.push("");
  }
  if (plan.criticalPath.length > 0) out.push("## Critical path", "", plan.criticalPath.join(" → "), "");
  return out.join("\n");
}

export function renderRiskMarkdown(risk: RiskReport, scenario: ReportHeading): string {
  const out: string[] = [`# Schedule risk: ${reportTitle(scenario)}`, ""];
  out.push(
    `Monte Carlo, ${risk.samples} samples, seed ${risk.seed}. Deterministic plan completes ${risk.baseline}.`,
    "",
  );
  out.push("| percentile | completion |", "|---|---|");
  out.push(`| P50 | ${risk.p50} |`, `| P80 | ${risk.p80} |`, `| P95 | ${risk.p95} |`, "");
  if (risk.dueDates.length > 0) {
    out.push("| target | due date | probability of meeting it |", "|---|---|---:|");
    for (const d of risk.dueDates)
      out.push(`| ${d.targetId} | ${d.dueDate} | ${(d.probability * 100).toFixed(1)}% |`);
    out.push("");
  }
  if (risk.partnerEvents.length > 0) {
    out.push("| partner | drop-out probability | samples dropped |", "|---|---:|---:|");
    for (const p of risk.partnerEvents)
      out.push(`| ${p.partner} | ${(p.probability * 100).toFixed(1)}% | ${p.dropped} |`);
    out.push("");
  }
  if (risk.infeasibleSamples > 0) {
    out.push(`${risk.infeasibleSamples} samples left no feasible plan (counted as not completing).`, "");
  }
  return out.join("\n");
}
