import { date, type Message, messagesIn, msg, ref } from "../messages/index.ts";
import type { BriefInput } from "./input.ts";

/**
 * What the higher body is asked to decide, in a fixed order: approve the recommendation (or, with
 * no plan, choose what to revisit); authorise the licences the plan assumes; the gaps no lawful
 * option closes; targets planned late; targets late at P80; sanctions matches to clear.
 */
export function decisionsRequested(input: BriefInput): Message[] {
  const { plan, risk, scenario } = input;
  const out: Message[] = [];
  const planned = plan.status === "optimal" || plan.status === "feasible";
  out.push(msg(planned ? "brief.decide.approve" : "brief.decide.noPlan"));

  const licences = new Map<string, Message>();
  for (const d of plan.decisions) {
    for (const m of messagesIn(d.explanationMessage)) {
      if (m.code !== "decision.licence" || typeof m.params.days !== "number") continue;
      const rule = typeof m.params.rule === "string" ? m.params.rule : "";
      const key = `${d.partner}|${rule}`;
      if (!licences.has(key))
        licences.set(
          key,
          msg("brief.decide.licence", { rule, partner: ref("partner", d.partner), days: m.params.days }),
        );
    }
  }
  out.push(...[...licences.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, m]) => m));

  for (const b of plan.blocking)
    out.push(
      msg("brief.decide.blocked", {
        input: ref("gap", b.gapId, b.inputName),
        target: ref("target", b.targetId),
      }),
    );
  for (const t of plan.targets)
    if (t.lateDays > 0 && t.productionStart !== null)
      out.push(msg("brief.decide.late", { target: ref("target", t.targetId), days: t.lateDays }));
  if (risk?.p80)
    for (const t of scenario.targets)
      if (risk.p80 > t.dueDate)
        out.push(
          msg("brief.decide.riskLate", {
            target: ref("target", t.id),
            p80: date(risk.p80),
            due: date(t.dueDate),
          }),
        );

  const seen = new Set<string>();
  for (const s of input.screening)
    for (const h of s.hits) {
      const key = `${s.firmId}|${h.listId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(msg("brief.decide.sanctions", { firm: ref("firm", s.firmId, s.firmName), list: h.listName }));
    }
  return out;
}
