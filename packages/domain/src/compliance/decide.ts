import { type Message, list, messages, msg, nested, percent, ref, renderMessage } from "../messages/index.ts";
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
  /** `reason` as a message: clients render it in the reader's language. */
  message: Message;
  /** Every blocking finding, in the order they decide (sanctions first, then export controls). */
  blockers: { rule: string; reason: string; message: Message }[];
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
  const blockers: ComplianceDecision["blockers"] = [];
  const block = (rule: string, message: Message) =>
    blockers.push({ rule, reason: renderMessage(message, "en"), message });
  const sanctionsHits: SanctionsHit[] = [];
  const exposure: ComplianceDecision["exposure"] = [];
  const screened: FirmScreening[] = [];

  const partnerFirms = offer.firm ? partner.firms.filter((f) => f.id === offer.firm) : partner.firms;
  for (const firm of partnerFirms) {
    const s = screener.screen(firm, "partner", partner.country);
    screened.push(s);
    sanctionsHits.push(...s.hits);
    for (const hit of strongestPerList(s.hits)) {
      block(
        hit.rule,
        msg("compliance.partnerFirmListed", {
          firm: ref("firm", firm.id, firm.name),
          entry: hit.match.name,
          list: hit.listName,
          score: percent(hit.match.score),
        }),
      );
    }
  }
  for (const firm of counterparts) {
    const s = screener.screen(firm, "domestic", scenario.program.country);
    screened.push(s);
    sanctionsHits.push(...s.hits);
    for (const hit of strongestPerList(s.hits)) {
      const bound = hit.bindsRegimes.filter((r) => partner.regimes.includes(r));
      if (bound.length > 0) {
        block(
          hit.rule,
          msg("compliance.counterpartListed", {
            firm: ref("firm", firm.id, firm.name),
            entry: hit.match.name,
            list: hit.listName,
            score: percent(hit.match.score),
            partner: ref("partner", partner.id, partner.name),
            regimes: list(bound, "comma"),
          }),
        );
      } else {
        exposure.push({ firmId: firm.id, firmName: firm.name, hit });
      }
    }
  }
  if (!controls.lawful && controls.rule) block(controls.rule, controls.message);

  const first = blockers[0];
  const base = {
    categories,
    findings: controls.findings,
    sanctionsHits,
    exposure,
    screened,
  };
  if (first) {
    const message = msg("compliance.unlawful", { reason: nested(first.message) });
    return {
      ...base,
      lawful: false,
      rule: first.rule,
      reason: renderMessage(message, "en"),
      message,
      blockers,
      licenceDelayDays: 0,
    };
  }
  const message =
    exposure.length > 0
      ? msg("compliance.lawfulWithExposure", {
          reason: nested(controls.message),
          exposures: messages(
            exposure.map((e) =>
              msg("compliance.exposureItem", {
                firm: ref("firm", e.firmId, e.firmName),
                list: e.hit.listName,
              }),
            ),
            "comma",
          ),
        })
      : controls.message;
  const decision: ComplianceDecision = {
    ...base,
    lawful: true,
    reason: renderMessage(message, "en"),
    message,
    blockers,
    licenceDelayDays: controls.licenceDelayDays,
  };
  if (controls.rule) decision.rule = controls.rule;
  if (controls.licenceDecision) decision.licenceDecision = controls.licenceDecision;
  if (controls.lawfulFrom !== undefined) decision.lawfulFrom = controls.lawfulFrom;
  if (controls.lawfulUntil !== undefined) decision.lawfulUntil = controls.lawfulUntil;
  return decision;
}
