import {
  date,
  displayNamesOf,
  type Lang,
  type Message,
  type MessageCode,
  type MessageParam,
  messages,
  money,
  msg,
  nested,
  percent,
  ref,
  renderMessage,
} from "../messages/index.ts";
import { escapeHtml } from "../report/escape.ts";
import { decisionsRequested } from "./decisions.ts";
import { briefGanttSvg, ganttRows } from "./gantt.ts";
import type { BriefInput } from "./input.ts";

/**
 * Why a recommended option was chosen, for the brief: its lawfulness (with the deciding rule) and
 * window, and how many alternatives lost how — without the planner's detailed example.
 */
function decisionReason(explanation: Message): Message {
  const p = explanation.params;
  if (explanation.code !== "decision.explanation" || !p.licence || !p.summary) return explanation;
  let summary: MessageParam = p.summary;
  if (typeof summary === "object" && "kind" in summary && summary.kind === "message") {
    const { example: _e, partner: _p, model: _m, ...rest } = summary.message.params;
    summary = nested({ code: summary.message.code, params: rest });
  }
  return msg("brief.reason", { licence: p.licence, window: p.window, summary });
}

/** `m` with every nested message mapped by `f` (inner messages first). */
function mapMessage(m: Message, f: (m: Message) => Message): Message {
  const param = (p: MessageParam): MessageParam => {
    if (typeof p !== "object") return p;
    if (p.kind === "message") return nested(mapMessage(p.message, f));
    if (p.kind === "list") return { ...p, items: p.items.map(param) };
    return p;
  };
  const params: Record<string, MessageParam> = {};
  for (const [k, v] of Object.entries(m.params)) params[k] = param(v);
  return f({ code: m.code, params });
}

/** A rule's verdict without its citation and legal text: the brief lists those under its sources. */
const withoutRuleText = (m: Message): Message => {
  if (m.code !== "rule.prohibited") return m;
  const { citation: _c, text: _t, ...rest } = m.params;
  return msg("brief.prohibited", rest);
};

export interface BriefHtmlOptions {
  /** `@font-face` rules to embed (the PDF renderer passes fonts with Cyrillic and CJK glyphs). */
  fontCss?: string;
}

const STYLE = `body{font-family:"Noto Sans","Noto Sans SC","WenQuanYi Micro Hei",sans-serif;max-width:900px;margin:1.5em auto;padding:0 1em;color:#222;font-size:12px;line-height:1.45}
h1{font-size:20px}h2{font-size:15px;margin-top:1.6em;border-bottom:1px solid #ccc}h3{font-size:13px}
table{border-collapse:collapse;margin:.6em 0;width:100%}td,th{border:1px solid #ccc;padding:2px 5px;text-align:left;vertical-align:top}
th{background:#f3f3f3}ol li{margin:.3em 0}.small{color:#555;font-size:11px}svg text{font-family:inherit}
@page{size:A4;margin:14mm}`;

/**
 * The decision brief for a higher body as one self-contained HTML page in `lang`: target and
 * recommendation (partners, models, reasons, deciding rules), a Gantt picture, budget against
 * tranches and loans, schedule risk, sanctions exposure, the decisions requested, and the sources
 * (cited facts, datasets with versions and dates, rules, assumptions marked as such). Every
 * sentence is a catalogue message; names and citations are the scenario's own.
 */
export function renderBriefHtml(input: BriefInput, lang: Lang, options: BriefHtmlOptions = {}): string {
  const { scenario, plan, risk } = input;
  const names = displayNamesOf(scenario, input.gaps);
  // A Russian long date ends in "г."; a sentence ending on one keeps a single full stop.
  const say = (m: Message) => escapeHtml(renderMessage(m, lang, names).replace(/ г\.\./g, " г."));
  const w = (code: MessageCode, params: Record<string, MessageParam | undefined> = {}) =>
    say(msg(code, params));
  /** A value (money, date, percent, number) formatted in the brief's language. */
  const value = (p: MessageParam) => w("common.verbatim", { text: p });
  const cur = plan.provenance.currency;
  const name = (kind: "partner" | "model" | "gap" | "firm" | "target", id: string) =>
    escapeHtml(renderMessage(msg("common.verbatim", { text: ref(kind, id) }), lang, names));
  const table = (cols: MessageCode[], rows: readonly (readonly string[])[]) =>
    `<table><tr>${cols.map((c) => `<th>${w(c)}</th>`).join("")}</tr>\n${rows
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`)
      .join("\n")}</table>`;
  const p = (text: string) => `<p>${text}</p>`;
  const prov = plan.provenance;
  const parts: string[] = [];

  parts.push(
    `<h1>${w("brief.title", { programme: scenario.program.name })}</h1>`,
    `<p class="small">${w("brief.prepared", {
      date: date(input.preparedOn),
      scenario: prov.scenario.id,
      version: prov.scenario.version ?? undefined,
      profile: prov.profile,
      seed: prov.seed,
    })}</p>`,
  );

  // Target and recommendation.
  parts.push(`<h2>${w("brief.section.target")}</h2>`);
  for (const t of scenario.targets) {
    const outcome = plan.targets.find((o) => o.targetId === t.id);
    parts.push(
      p(
        w("brief.target", {
          target: ref("target", t.id),
          due: date(t.dueDate),
          node: t.node,
          start: outcome?.productionStart ? date(outcome.productionStart) : undefined,
        }),
      ),
    );
    if (outcome && outcome.lateDays > 0 && outcome.productionStart)
      parts.push(p(w("brief.target.late", { target: ref("target", t.id), days: outcome.lateDays })));
  }
  const status = nested(msg(`status.${plan.status}` as MessageCode));
  const reason = nested(plan.reasonMessage ?? msg("common.unknown"));
  if (plan.completion.date)
    parts.push(p(w("brief.completion.feasible", { date: date(plan.completion.date), status })));
  else if (plan.status === "infeasible") parts.push(p(w("brief.completion.infeasible", { reason })));
  else parts.push(p(w("brief.completion.unknown", { reason })));
  if (plan.decisions.length > 0) {
    parts.push(
      `<h3>${w("brief.recommendation")}</h3>`,
      table(
        ["brief.col.gap", "brief.col.partner", "brief.col.firm", "brief.col.model", "brief.col.reasons"],
        plan.decisions.map((d) => [
          name("gap", d.gapId),
          name("partner", d.partner),
          d.firm ? escapeHtml(d.firm.name) : w("brief.noFirm"),
          name("model", d.model),
          say(decisionReason(d.explanationMessage)),
        ]),
      ),
    );
  }
  const excluded = new Map<string, string[]>();
  for (const r of plan.rejected) {
    if (!r.rule) continue;
    const row = [
      name("partner", r.partner),
      name("model", r.model),
      escapeHtml(r.rule),
      say(mapMessage(r.message, withoutRuleText)),
    ];
    excluded.set(row.join("|"), row);
  }
  parts.push(
    `<h3>${w("brief.excluded")}</h3>`,
    excluded.size > 0
      ? table(
          ["brief.col.partner", "brief.col.model", "brief.col.rule", "brief.col.reasons"],
          [...excluded.values()],
        )
      : p(w("brief.excluded.none")),
  );

  // Roadmap.
  parts.push(`<h2>${w("brief.section.roadmap")}</h2>`);
  const rows = ganttRows(plan, (gapId, partner) =>
    renderMessage(
      msg("common.join", {
        items: {
          kind: "list",
          items: partner ? [ref("gap", gapId), ref("partner", partner)] : [ref("gap", gapId)],
          join: "comma",
        },
      }),
      lang,
      names,
    ),
  );
  const starts = plan.targets.flatMap((t) => (t.productionStart ? [t.productionStart] : []));
  parts.push(
    rows.length > 0
      ? `${briefGanttSvg(rows, starts, renderMessage(msg("brief.roadmap.chart"), lang))}\n<p class="small">${w("brief.roadmap.legend")}</p>`
      : p(w("brief.roadmap.none")),
  );

  // Budget, tranches and loans.
  parts.push(
    `<h2>${w("brief.section.budget")}</h2>`,
    p(w("brief.budget.total", { cost: money(plan.totalCost, cur) })),
  );
  const completion = plan.completion.date;
  const atCompletion = completion
    ? plan.budget.filter((b) => b.date <= completion).at(-1)
    : plan.budget.at(-1);
  if (atCompletion)
    parts.push(
      p(
        w("brief.budget.byCompletion", {
          available: money(atCompletion.cumulativeAvailable, cur),
          spent: money(atCompletion.cumulativeSpend, cur),
        }),
      ),
    );
  const lowest = [...plan.financing.cashBalance].sort(
    (a, b) => a.balance - b.balance || a.date.localeCompare(b.date),
  )[0];
  if (lowest)
    parts.push(p(w("brief.budget.lowest", { amount: money(lowest.balance, cur), month: date(lowest.date) })));
  parts.push(
    table(
      ["brief.col.instrument", "brief.col.kind", "brief.col.amount", "brief.col.arrives"],
      scenario.funds.instruments.map((f) => {
        const dates = f.tranches.map((t) => t.date).sort();
        const arrives =
          dates.length > 1
            ? `${value(date(dates[0]!))} – ${value(date(dates.at(-1)!))}`
            : value(date(dates[0]!));
        return [
          escapeHtml(f.name),
          w(`brief.kind.${f.kind}` as MessageCode),
          value(
            money(
              f.tranches.reduce((s, t) => s + t.amount, 0),
              f.currency ?? cur,
            ),
          ),
          arrives,
        ];
      }),
    ),
    `<h3>${w("brief.loans")}</h3>`,
    plan.financing.loans.length > 0
      ? table(
          [
            "brief.col.instrument",
            "brief.col.principal",
            "brief.col.rate",
            "brief.col.term",
            "brief.col.grace",
            "brief.col.interest",
            "brief.col.repaid",
          ],
          plan.financing.loans.map((l) => [
            escapeHtml(l.name),
            value(money(l.principal, plan.financing.currency)),
            value(percent(l.rate)),
            value(l.termYears),
            value(l.graceYears),
            value(money(l.totalInterest, plan.financing.currency)),
            l.payments.at(-1) ? value(date(l.payments.at(-1)!.date)) : "—",
          ]),
        )
      : p(w("brief.loans.none")),
  );

  // Schedule risk.
  parts.push(`<h2>${w("brief.section.risk")}</h2>`);
  if (risk?.p50 && risk.p80) {
    parts.push(
      p(w("brief.risk.summary", { samples: risk.samples, p50: date(risk.p50), p80: date(risk.p80) })),
    );
    if (risk.noPlan.count > 0)
      parts.push(
        p(
          w("brief.risk.noPlan", {
            share: percent(risk.noPlan.count / risk.samples),
            reasons: messages(
              risk.noPlan.reasons.map((r) => r.message),
              "semicolon",
            ),
          }),
        ),
      );
    for (const d of risk.dueDates)
      parts.push(
        p(
          w("brief.risk.due", {
            target: ref("target", d.targetId),
            due: date(d.dueDate),
            probability: percent(d.probability),
          }),
        ),
      );
  } else parts.push(p(w("brief.risk.none")));

  // Sanctions exposure.
  parts.push(`<h2>${w("brief.section.sanctions")}</h2>`);
  const hits = input.screening.flatMap((s) => s.hits.map((h) => ({ s, h })));
  if (hits.length === 0) parts.push(p(w("brief.sanctions.none")));
  else
    parts.push(
      p(w("brief.sanctions.count", { count: hits.length })),
      table(
        [
          "brief.col.firm",
          "brief.col.side",
          "brief.col.list",
          "brief.col.matched",
          "brief.col.score",
          "brief.col.rule",
        ],
        hits.map(({ s, h }) => [
          escapeHtml(s.firmName),
          w(s.side === "partner" ? "brief.side.partner" : "brief.side.domestic"),
          escapeHtml(h.listName),
          escapeHtml(h.match.name),
          value(percent(h.match.score)),
          escapeHtml(h.rule),
        ]),
      ),
    );

  // Decisions requested.
  parts.push(
    `<h2>${w("brief.section.decisions")}</h2>`,
    `<ol>${decisionsRequested(input)
      .map((m) => `<li>${say(m)}</li>`)
      .join("\n")}</ol>`,
  );

  // Sources.
  parts.push(
    `<h2>${w("brief.section.sources")}</h2>`,
    p(
      w("brief.sources.scenario", {
        scenario: prov.scenario.id,
        version: prov.scenario.version ?? undefined,
        sha: prov.scenario.sha256 ?? "—",
      }),
    ),
    `<h3>${w("brief.sources.facts")}</h3>`,
    prov.facts.length > 0
      ? table(
          ["brief.col.id", "brief.col.title", "brief.col.outlet", "brief.col.date", "brief.col.address"],
          prov.facts.map((f) => [
            escapeHtml(f.id),
            escapeHtml(f.title),
            escapeHtml(f.outlet ?? "—"),
            escapeHtml(f.date ?? "—"),
            f.url ? `<a href="${escapeHtml(f.url)}">${escapeHtml(f.url)}</a>` : "—",
          ]),
        )
      : p(w("brief.sources.facts.none")),
    `<h3>${w("brief.sources.datasets")}</h3>`,
    table(
      ["brief.col.dataset", "brief.col.version", "brief.col.date"],
      prov.datasets.map((d) => [escapeHtml(d.name), escapeHtml(d.version), escapeHtml(d.date)]),
    ),
    `<h3>${w("brief.sources.rules")}</h3>`,
    table(
      ["brief.col.id", "brief.col.citation"],
      prov.rules.map((r) => [escapeHtml(r.id), escapeHtml(r.citation)]),
    ),
    `<h3>${w("brief.sources.assumptions")}</h3>`,
    prov.assumptions.length > 0
      ? table(
          ["brief.col.path", "brief.col.text"],
          prov.assumptions.map((a) => [escapeHtml(a.path), escapeHtml(a.text)]),
        )
      : p(w("brief.sources.assumptions.none")),
    `<p class="small">${w("brief.notLegalAdvice")}</p>`,
  );

  const title = renderMessage(msg("brief.title", { programme: scenario.program.name }), lang, names);
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${options.fontCss ?? ""}
${STYLE}</style></head>
<body>
${parts.join("\n")}
</body></html>
`;
}
