import type { CapabilityOffer, CollaborationModel, Firm, Partner, Scenario } from "../scenario/schema.ts";
import { evaluateExportControls, type LicenceDecision, type RuleFinding } from "./export-controls.ts";
import type { FirmScreening, SanctionsHit, SanctionsScreener } from "./sanctions.ts";

/** Why one partner × collaboration model × offer is lawful or not. */
export interface ComplianceDecision {
  lawful: boolean;
  /** The deciding rule id (export-control rule id, or `sanctions:<list>`). */
  rule?: string;
  /** The decision in one sentence: the rule and what it says, never a way around it. */
  reason: string;
  /** Every blocking finding, in the order they decide (sanctions first, then export controls). */
  blockers: { rule: string; reason: string }[];
  licenceDelayDays: number;
  /** The deciding licence's decision distribution, when its rule gives one. */
  licenceDecision?: LicenceDecision;
  /** Dated rules: lawful only for work starting on/after `lawfulFrom` and/or finished before `lawfulUntil`. */
  lawfulFrom?: string;
  lawfulUntil?: string;
  /** Item categories evaluated: the model's transfers plus the offer's own categories. */
  categories: string[];
  findings: RuleFinding[];
  /** Matches on the firms involved (partner firms and domestic counterparts). */
  sanctionsHits: SanctionsHit[];
  /** Domestic counterparts on a list that does not bind this partner: secondary-sanctions risk. */
  exposure: { firmId: string; firmName: string; hit: SanctionsHit }[];
  screened: FirmScreening[];
}

const pct = (score: number) => `${Math.round(score * 100)}%`;

/** One hit per list (the strongest): several entries of one list matching a firm decide once. */
function strongestPerList(hits: readonly SanctionsHit[]): SanctionsHit[] {
  const best = new Map<string, SanctionsHit>();
  for (const h of hits) {
    const current = best.get(h.listId);
    if (!current || h.match.score > current.match.score) best.set(h.listId, h);
  }
  return [...best.values()];
}

export function decideCompliance(
  scenario: Scenario,
  partner: Partner,
  model: CollaborationModel,
  offer: CapabilityOffer,
  counterparts: readonly Firm[],
  screener: SanctionsScreener,
): ComplianceDecision {
  const categories = [...new Set([...model.transfers, ...offer.categories])];
  const controls = evaluateExportControls(scenario, partner, categories, offer.regimes, {
    offer,
    recipients: counterparts,
  });
  const blockers: { rule: string; reason: string }[] = [];
  const sanctionsHits: SanctionsHit[] = [];
  const exposure: ComplianceDecision["exposure"] = [];
  const screened: FirmScreening[] = [];

  const partnerFirms = offer.firm ? partner.firms.filter((f) => f.id === offer.firm) : partner.firms;
  for (const firm of partnerFirms) {
    const s = screener.screen(firm, "partner", partner.country);
    screened.push(s);
    sanctionsHits.push(...s.hits);
    for (const hit of strongestPerList(s.hits)) {
      blockers.push({
        rule: hit.rule,
        reason: `partner firm ${firm.name} matches "${hit.match.name}" on ${hit.listName} (score ${pct(hit.match.score)}); dealings with a listed party are not a lawful option`,
      });
    }
  }
  for (const firm of counterparts) {
    const s = screener.screen(firm, "domestic", scenario.program.country);
    screened.push(s);
    sanctionsHits.push(...s.hits);
    for (const hit of strongestPerList(s.hits)) {
      const bound = hit.bindsRegimes.filter((r) => partner.regimes.includes(r));
      if (bound.length > 0) {
        blockers.push({
          rule: hit.rule,
          reason: `domestic counterpart ${firm.name} matches "${hit.match.name}" on ${hit.listName} (score ${pct(hit.match.score)}), which binds ${partner.name} under ${bound.join(", ")}`,
        });
      } else {
        exposure.push({ firmId: firm.id, firmName: firm.name, hit });
      }
    }
  }
  if (!controls.lawful && controls.rule) blockers.push({ rule: controls.rule, reason: controls.reason });

  const first = blockers[0];
  const base = {
    categories,
    findings: controls.findings,
    sanctionsHits,
    exposure,
    screened,
  };
  if (first) {
    return {
      ...base,
      lawful: false,
      rule: first.rule,
      reason: `unlawful: ${first.reason}`,
      blockers,
      licenceDelayDays: 0,
    };
  }
  const exposureNote =
    exposure.length > 0
      ? `; secondary-sanctions exposure: ${exposure.map((e) => `${e.firmName} on ${e.hit.listName}`).join(", ")}`
      : "";
  const decision: ComplianceDecision = {
    ...base,
    lawful: true,
    reason: `${controls.reason}${exposureNote}`,
    blockers,
    licenceDelayDays: controls.licenceDelayDays,
  };
  if (controls.rule) decision.rule = controls.rule;
  if (controls.licenceDecision) decision.licenceDecision = controls.licenceDecision;
  if (controls.lawfulFrom !== undefined) decision.lawfulFrom = controls.lawfulFrom;
  if (controls.lawfulUntil !== undefined) decision.lawfulUntil = controls.lawfulUntil;
  return decision;
}
