/**
 * What both report formats say about a plan's outcome and its sources, as label/value rows: one
 * home for the honest wording (no completion date without a plan; money with its currency; the
 * provenance; the not-legal-advice note).
 */
import { date, list, messagesIn, money as moneyParam, msg, nested, ref } from "../messages/index.ts";
import { type ReportLanguage, say, wordsOf } from "./language.ts";
import type { Plan } from "../roadmap/plan.ts";
import { NOT_LEGAL_ADVICE, type Provenance } from "../roadmap/provenance.ts";
import type { RiskReport } from "../risk/risk-report.ts";
import { formatNumber } from "./svg-charts.ts";

/** An amount with its currency: the locale's grouping and currency code in a report's language. */
export function money(amount: number, currency: string, language?: ReportLanguage): string {
  if (language)
    return wordsOf(language)("common.verbatim", { text: moneyParam(Math.round(amount), currency) });
  return `${formatNumber(amount)} ${currency}`;
}

export function completionText(plan: Plan, language?: ReportLanguage): string {
  const w = wordsOf(language);
  if (plan.completion.date !== null) return w("common.verbatim", { text: date(plan.completion.date) });
  return w(plan.status === "unknown" ? "report.completionUnknown" : "report.completionNone");
}

/** Display names the plan's own messages carry (`kind:id` → name), so rows name what they are about. */
function namesIn(plan: Plan): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of messagesIn(plan.activities))
    for (const p of Object.values(m.params)) {
      if (typeof p === "object" && p !== null && "id" in p && "name" in p && typeof p.name === "string")
        names.set(`${p.kind}:${p.id}`, p.name);
    }
  for (const b of plan.blocking) names.set(`gap:${b.gapId}`, b.inputName);
  return names;
}

/** Summary rows: status, start, completion, cost, each target's outcome. */
export function planSummaryRows(plan: Plan, language?: ReportLanguage): [string, string][] {
  const cur = plan.provenance.currency;
  const names = namesIn(plan);
  const named = (kind: "gap" | "target", id: string) => ref(kind, id, names.get(`${kind}:${id}`));
  const w = wordsOf(language);
  const reason = plan.reason !== undefined ? say(plan.reason, plan.reasonMessage, language) : "";
  const day = (iso: string) => w("common.verbatim", { text: date(iso) });
  const rows: [string, string][] = [
    [w("report.row.status"), `${w(`report.status.${plan.status}`)}${reason ? ` — ${reason}` : ""}`],
    [w("report.row.start"), day(plan.startDate)],
    [w("report.row.completion"), completionText(plan, language)],
    [w("report.row.earliest"), day(plan.stats.earliestCompletionDate)],
  ];
  if (plan.activities.length > 0)
    rows.push([w("report.row.totalCost"), money(plan.totalCost, cur, language)]);
  for (const t of plan.targets) {
    const started = t.productionStart !== null;
    const when =
      t.productionStart !== null
        ? msg("report.targetFrom", { date: date(t.productionStart) })
        : t.blockedBy
          ? msg("report.targetBlocked", {
              gaps: list(
                t.blockedBy.map((g) => named("gap", g)),
                "comma",
              ),
            })
          : msg("report.targetNoDate");
    const outcome = w("report.targetOutcome", {
      when: nested(when),
      due: t.dueDate ? date(t.dueDate) : undefined,
      late: started && t.lateDays > 0 ? t.lateDays : undefined,
      onTime: started && t.lateDays <= 0,
    });
    rows.push([w("report.row.target", { target: named("target", t.targetId) }), outcome]);
    const loc = plan.localization.find((l) => l.targetId === t.targetId);
    if (loc) {
      rows.push([
        w("report.row.madeAtHome", { target: named("target", t.targetId) }),
        loc.steps.map((s) => w("report.shareFrom", { share: pct(s.share), date: date(s.date) })).join("; "),
      ]);
    }
  }
  for (const d of plan.decisions) {
    if (d.firm)
      rows.push([
        w("report.row.firmFor", { gap: named("gap", d.gapId) }),
        `${d.firm.name} (${names.get(`partner:${d.partner}`) ?? d.partner})`,
      ]);
  }
  return rows;
}

/** Provenance rows: scenario, seed and budget, planner, datasets, rules, facts, assumptions. */
export function provenanceRows(p: Provenance, language?: ReportLanguage): [string, string][] {
  const w = wordsOf(language);
  const rows: [string, string][] = [
    [
      w("report.prov.scenario"),
      `${p.scenario.id}${p.scenario.version !== null ? ` version ${p.scenario.version}` : ""}${p.scenario.sha256 ? `, sha256 ${p.scenario.sha256}` : ""}`,
    ],
    [
      w("report.prov.search"),
      `profile ${p.profile}, seed ${p.seed}, ${formatNumber(p.budget.maxSchedules)} schedules${p.budget.timeLimitMs !== undefined ? `, time cap ${p.budget.timeLimitMs} ms` : ""}; planner ${p.engine.planner}`,
    ],
    [w("report.prov.currency"), p.currency],
  ];
  for (const r of p.exchangeRates)
    rows.push([
      w("report.prov.exchangeRate"),
      `1 ${r.currency} = ${r.rate} ${p.currency} (rate of ${r.date}), applied to ${r.applied.join(", ")}`,
    ]);
  for (const d of p.datasets)
    rows.push([w("report.prov.dataset"), `${d.name} — version ${d.version}, data of ${d.date}`]);
  for (const r of p.rules) rows.push([w("report.prov.rule"), `${r.id}: ${r.citation}`]);
  for (const g of p.countryGroups)
    rows.push([
      w("report.prov.countryGroup"),
      `${g.id} (${g.name})${g.asOf ? `, membership as of ${g.asOf}` : ", membership date not stated"}`,
    ]);
  for (const f of p.facts)
    rows.push([
      w("report.prov.fact"),
      `${f.id}: ${f.title}${f.outlet ? `, ${f.outlet}` : ""}${f.date ? `, ${f.date}` : ""}${f.url ? ` <${f.url}>` : ""}`,
    ]);
  for (const a of p.assumptions) rows.push([w("report.prov.assumption"), `${a.path}: ${a.text}`]);
  // The note is the domain's own sentence (a stored plan may carry an older wording: kept as is).
  const note = language && p.note === NOT_LEGAL_ADVICE ? w("report.notLegalAdvice") : p.note;
  rows.push([w("report.prov.note"), note]);
  return rows;
}

export function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** What a risk run was and how many samples completed: the same words in every format. */
export function riskSummaryLines(risk: RiskReport, language?: ReportLanguage): string[] {
  const w = wordsOf(language);
  return [
    w("report.riskRun", {
      samples: risk.samples,
      seed: risk.seed,
      profile: risk.provenance.profile,
      baseline: risk.baseline !== null ? date(risk.baseline) : nested(msg("report.riskNoBaseline")),
    }),
    w("report.riskCompleted", {
      completed: risk.completed,
      samples: risk.samples,
      noPlan: risk.noPlan.count,
      share: pct(risk.probabilityNoPlan),
      failures: risk.searchFailures,
    }),
  ];
}

export function riskPercentileRows(risk: RiskReport, language?: ReportLanguage): [string, string][] {
  const w = wordsOf(language);
  const v = (d: string | null) =>
    d !== null ? w("common.verbatim", { text: date(d) }) : w("report.noSampleCompletes");
  return [
    ["P50", v(risk.p50)],
    ["P80", v(risk.p80)],
    ["P95", v(risk.p95)],
  ];
}

/** Debt-service rows per loan: instrument, principal, terms, interest, last payment. */
export function financingRows(plan: Plan, language?: ReportLanguage): [string, string][] {
  const f = plan.financing;
  return f.loans.map((l) => {
    const repaid = l.payments.at(-1)?.date;
    if (!language)
      return [
        l.name,
        `${money(l.principal, f.currency)} at ${(l.rate * 100).toFixed(2)}% for ${l.termYears} years (${l.graceYears} of grace): interest ${money(l.totalInterest, f.currency)}, repaid by ${repaid ?? "—"}`,
      ];
    const w = wordsOf(language);
    return [
      l.name,
      w("report.loanTerms", {
        principal: moneyParam(Math.round(l.principal), f.currency),
        rate: { kind: "fixed", value: l.rate * 100, digits: 2 },
        years: l.termYears,
        grace: l.graceYears,
        interest: moneyParam(Math.round(l.totalInterest), f.currency),
        repaid: repaid ? date(repaid) : w("common.notAvailable"),
      }),
    ];
  });
}
