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
  activities: { gapId?: string; partner?: string | null }[];
}

interface FitShape {
  options: { gapId: string; partnerId: string; lawful: boolean }[];
}

/**
 * A partner the plan uses that the programme can do without: every gap it serves has a lawful
 * option from another partner, so prohibiting it re-plans instead of making the plan infeasible.
 */
export function replaceablePartner(plan: PlanShape, fit: FitShape): string | null {
  const gapsByPartner = new Map<string, Set<string>>();
  for (const a of plan.activities) {
    if (!a.partner || !a.gapId) continue;
    const gaps = gapsByPartner.get(a.partner) ?? new Set<string>();
    gaps.add(a.gapId);
    gapsByPartner.set(a.partner, gaps);
  }
  for (const [partner, gaps] of [...gapsByPartner].sort(([a], [b]) => a.localeCompare(b))) {
    const covered = [...gaps].every((gap) =>
      fit.options.some((o) => o.gapId === gap && o.lawful && o.partnerId !== partner),
    );
    if (covered) return partner;
  }
  return null;
}
