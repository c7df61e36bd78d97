/**
 * What both report formats say about a plan's outcome and its sources, as label/value rows: one
 * home for the honest wording (no completion date without a plan; money with its currency; the
 * provenance; the not-legal-advice note).
 */
import { type ReportLanguage, say } from "./language.ts";
import type { Plan } from "../roadmap/plan.ts";
import type { Provenance } from "../roadmap/provenance.ts";
import type { RiskReport } from "../risk/risk-report.ts";
import { formatNumber } from "./svg-charts.ts";

export function money(amount: number, currency: string): string {
  return `${formatNumber(amount)} ${currency}`;
}

const STATUS_TEXT: Record<Plan["status"], string> = {
  optimal: "optimal (proven)",
  feasible: "feasible",
  infeasible: "infeasible (proven)",
  unknown: "unknown — no plan found and none proven impossible",
};

export function completionText(plan: Plan): string {
  if (plan.completion.date !== null) return plan.completion.date;
  return plan.status === "unknown" ? "not known (no plan found)" : "none (no complete plan can exist)";
}

/** Summary rows: status, start, completion, cost, each target's outcome. */
export function planSummaryRows(plan: Plan, language?: ReportLanguage): [string, string][] {
  const cur = plan.provenance.currency;
  const reason = plan.reason !== undefined ? say(plan.reason, plan.reasonMessage, language) : "";
  const rows: [string, string][] = [
    ["status", `${STATUS_TEXT[plan.status]}${reason ? ` — ${reason}` : ""}`],
    ["programme start", plan.startDate],
    ["volume production of every target from", completionText(plan)],
    ["earliest possible (bound, resources ignored)", plan.stats.earliestCompletionDate],
  ];
  if (plan.activities.length > 0) rows.push(["total cost", money(plan.totalCost, cur)]);
  for (const t of plan.targets) {
    const due = t.dueDate
      ? ` (due ${t.dueDate}${t.productionStart === null ? "" : t.lateDays > 0 ? `, ${t.lateDays} days late` : ", on time"})`
      : "";
    const when =
      t.productionStart !== null
        ? `volume production from ${t.productionStart}`
        : t.blockedBy
          ? `cannot start volume production: blocked by ${t.blockedBy.join(", ")}`
          : "no date (no plan)";
    rows.push([`target ${t.targetId}`, `${when}${due}`]);
    const loc = plan.localization.find((l) => l.targetId === t.targetId);
    if (loc) {
      rows.push([
        `made at home: ${t.targetId}`,
        loc.steps.map((s) => `${pct(s.share)} from ${s.date}`).join("; "),
      ]);
    }
  }
  for (const d of plan.decisions) {
    if (d.firm) rows.push([`firm for ${d.gapId}`, `${d.firm.name} (${d.partner})`]);
  }
  return rows;
}

/** Provenance rows: scenario, seed and budget, planner, datasets, rules, facts, assumptions. */
export function provenanceRows(p: Provenance): [string, string][] {
  const rows: [string, string][] = [
    [
      "scenario",
      `${p.scenario.id}${p.scenario.version !== null ? ` version ${p.scenario.version}` : ""}${p.scenario.sha256 ? `, sha256 ${p.scenario.sha256}` : ""}`,
    ],
    [
      "search",
      `profile ${p.profile}, seed ${p.seed}, ${formatNumber(p.budget.maxSchedules)} schedules${p.budget.timeLimitMs !== undefined ? `, time cap ${p.budget.timeLimitMs} ms` : ""}; planner ${p.engine.planner}`,
    ],
    ["currency", p.currency],
  ];
  for (const r of p.exchangeRates)
    rows.push([
      "exchange rate",
      `1 ${r.currency} = ${r.rate} ${p.currency} (rate of ${r.date}), applied to ${r.applied.join(", ")}`,
    ]);
  for (const d of p.datasets) rows.push(["dataset", `${d.name} — version ${d.version}, data of ${d.date}`]);
  for (const r of p.rules) rows.push(["rule", `${r.id}: ${r.citation}`]);
  for (const g of p.countryGroups)
    rows.push([
      "country group",
      `${g.id} (${g.name})${g.asOf ? `, membership as of ${g.asOf}` : ", membership date not stated"}`,
    ]);
  for (const f of p.facts)
    rows.push([
      "fact",
      `${f.id}: ${f.title}${f.outlet ? `, ${f.outlet}` : ""}${f.date ? `, ${f.date}` : ""}${f.url ? ` <${f.url}>` : ""}`,
    ]);
  for (const a of p.assumptions) rows.push(["assumption", `${a.path}: ${a.text}`]);
  rows.push(["note", p.note]);
  return rows;
}

export function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** What a risk run was and how many samples completed: the same words in every format. */
export function riskSummaryLines(risk: RiskReport): string[] {
  const lines = [
    `Monte Carlo over durations and partner drop-outs: ${risk.samples} samples, seed ${risk.seed}, profile ${risk.provenance.profile}. Deterministic plan completes ${risk.baseline ?? "— (no complete plan)"}.`,
    `${risk.completed} of ${risk.samples} samples complete; ${risk.noPlan.count} (${pct(risk.probabilityNoPlan)}) leave the programme without a plan; search failures: ${risk.searchFailures}.`,
  ];
  return lines;
}

export function riskPercentileRows(risk: RiskReport): [string, string][] {
  const v = (d: string | null) => d ?? "— (no sample completes)";
  return [
    ["P50", v(risk.p50)],
    ["P80", v(risk.p80)],
    ["P95", v(risk.p95)],
  ];
}

/** Debt-service rows per loan: instrument, principal, terms, interest, last payment. */
export function financingRows(plan: Plan): [string, string][] {
  const f = plan.financing;
  return f.loans.map((l) => [
    l.name,
    `${money(l.principal, f.currency)} at ${(l.rate * 100).toFixed(2)}% for ${l.termYears} years (${l.graceYears} of grace): interest ${money(l.totalInterest, f.currency)}, repaid by ${l.payments.at(-1)?.date ?? "—"}`,
  ]);
}
