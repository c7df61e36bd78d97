import { parseDocument } from "yaml";

interface RuleShape {
  id: string;
  regime: string;
  requirement: string;
  destinations: string[];
}

interface Shape {
  program: { country: string };
  partners: { id: string; regimes?: string[] }[];
  rules?: { exportControls?: RuleShape[] };
}

const CATEGORY_3 = ["3A", "3B", "3C", "3D", "3E"];

/**
 * The edit a compliance officer would make when a partner's government stops licensing: the
 * partner's own licence rule becomes a prohibition for the programme's country. When the partner
 * has no licence rule, a new national rule is added for one of its regimes (or a new regime).
 * Returns the new scenario text and the id of the rule that now decides.
 */
export function prohibitPartner(text: string, partnerId: string): { text: string; rule: string } {
  const doc = parseDocument(text);
  const scenario = doc.toJS() as Shape;
  const pi = scenario.partners.findIndex((p) => p.id === partnerId);
  const partner = scenario.partners[pi];
  if (!partner) throw new Error(`partner ${partnerId} is not in the scenario`);
  const rules = scenario.rules?.exportControls ?? [];
  const ri = rules.findIndex(
    (r) => (partner.regimes ?? []).includes(r.regime) && r.requirement === "licence",
  );
  const existing = rules[ri];
  if (existing) {
    doc.setIn(["rules", "exportControls", ri, "requirement"], "prohibited");
    doc.setIn(["rules", "exportControls", ri, "destinations"], [scenario.program.country]);
    doc.setIn(["rules", "exportControls", ri, "categories"], CATEGORY_3);
    doc.deleteIn(["rules", "exportControls", ri, "licenceDelayDays"]);
    return { text: doc.toString({ lineWidth: 0 }), rule: existing.id };
  }
  const regime = partner.regimes?.[0] ?? "E2E-NATIONAL";
  if (!partner.regimes?.includes(regime))
    doc.setIn(["partners", pi, "regimes"], [...(partner.regimes ?? []), regime]);
  const rule = "e2e-prohibition";
  doc.addIn(["rules", "exportControls"], {
    id: rule,
    regime,
    categories: CATEGORY_3,
    destinations: [scenario.program.country],
    requirement: "prohibited",
    citation: "end-to-end test",
    text: "Exports of Category 3 items to the programme country are not permitted (test rule).",
  });
  return { text: doc.toString({ lineWidth: 0 }), rule };
}

interface PlanShape {
  decisions: { gapId: string; partner: string; alternatives?: { partner: string; outcome: string }[] }[];
}

/** Outcomes that leave the alternative usable (it only lost on time, cost or concentration). */
const USABLE = new Set(["later", "costlier", "more-concentrated", "equal", "not-evaluated"]);

/**
 * A partner the plan uses that the programme can do without: every gap it was chosen for has a
 * usable alternative from another partner (read from the plan's own decisions), so prohibiting it
 * re-plans instead of making the plan infeasible.
 */
export function replaceablePartner(plan: PlanShape): string | null {
  const partners = [...new Set(plan.decisions.map((d) => d.partner))].sort();
  for (const partner of partners) {
    const decisions = plan.decisions.filter((d) => d.partner === partner);
    const covered = decisions.every((d) =>
      (d.alternatives ?? []).some((a) => a.partner !== partner && USABLE.has(a.outcome)),
    );
    if (covered) return partner;
  }
  return null;
}
