import type { Message } from "../messages/index.ts";
import { meetsGrade } from "../scenario/primitives.ts";
import { inProgrammeCurrency } from "../finance/currency.ts";
import type { LicenceDecision } from "../compliance/export-controls.ts";
import { type ComplianceDecision, decideCompliance } from "../compliance/decide.ts";
import type { ExplainedMatch } from "../compliance/match-explanation.ts";
import { SanctionsScreener } from "../compliance/sanctions.ts";
import { analyzeGaps, type Gap } from "../gaps/analyze.ts";
import { ladderIndex, meetsNode } from "../gaps/node-ladder.ts";
import type { ReferenceData } from "../scenario/reference-data.ts";
import {
  type CapabilityOffer,
  type CollaborationModel,
  daysPerPeriod,
  type Firm,
  type Partner,
  type Scenario,
} from "../scenario/schema.ts";
import { hhiAfterOption, supplierShares } from "./dependence.ts";
import { scoreOptions } from "./score.ts";

/** One gap × partner × collaboration model, with its lawfulness and the criteria of its score. */
export interface OptionAssessment {
  gapId: string;
  partnerId: string;
  modelId: string;
  modelType: string;
  lawful: boolean;
  /** Why lawful or not: the deciding rule and what it says. */
  reason?: string;
  /** `reason` as a message: clients render it in the reader's language. */
  message?: Message;
  /** Id of the deciding rule (export-control rule id or `sanctions:<list>`). */
  rule?: string;
  /** The deciding licence's decision distribution (sampled by risk analysis). */
  licenceDecision?: LicenceDecision;
  /** Dated rules: the option's work may start only on/after `lawfulFrom` and must finish before `lawfulUntil`. */
  lawfulFrom?: string;
  lawfulUntil?: string;
  licenceDelayDays: number;
  sanctionsHits: ExplainedMatch[];
  /** Share of the gap this option closes, 0..1 (node reach × capacity). */
  coverage: number;
  /** Planned duration of the model's work packages plus the licence delay, in days. */
  leadTimeDays: number;
  /** Same, in periods of the programme's time unit (licence delay rounded up). */
  leadTimePeriods: number;
  cost: number;
  hhiBefore?: number;
  hhiAfter?: number;
  dependenceBasis?: "market" | "value-chain";
  /** 0..1: partner unavailability, duration uncertainty of the model type, licence uncertainty. */
  risk: number;
  /** 0..1: strongest screening score of a domestic counterpart on a list that does not bind the partner. */
  exposure: number;
  localization: number;
  /** Node steps the option has to close (parametric scaling of duration and cost). */
  nodeSteps: number;
  firmId?: string;
  offerNode?: number;
  offerCapacity: number;
  /** Which offer of the partner (`partner#index`): options on the same offer share its capacity. */
  offerId?: string;
  /** Weighted score in [0, 1]; 0 for unlawful options, which are never ranked. */
  score: number;
  /** Each criterion's contribution to the score (weight share × normalized criterion). */
  scoreBreakdown: Record<string, number>;
  /** Each criterion normalized to [0, 1], 1 = best among the gap's lawful options. */
  criteria: Record<string, number>;
  compliance: ComplianceDecision;
}

/**
 * Every gap × partner × collaboration model the partner actually offers (a partner with no
 * offer for the gap's input, an offer restricted to other models, or an offer that closes no
 * part of the gap — e.g. a node no better than the domestic one — is not an option). When a
 * partner has several offers for the input, the best one stands for it: lawful first, then
 * coverage, then cost.
 * Options are assessed for lawfulness and scored with the scenario's weights.
 */
export function assessOptions(quoted: Scenario, ref: ReferenceData): OptionAssessment[] {
  const scenario = inProgrammeCurrency(quoted);
  const { gaps } = analyzeGaps(scenario, ref);
  const screener = new SanctionsScreener(scenario, ref);
  const options: OptionAssessment[] = [];
  for (const gap of gaps) {
    const counterparts = counterpartsFor(scenario, gap);
    for (const partner of scenario.partners) {
      const offers = partner.offers.flatMap((o, i) =>
        o.input === gap.inputId && o.unit === gap.unit ? [{ o, i }] : [],
      );
      if (offers.length === 0) continue;
      for (const model of scenario.models) {
        const candidates = offers
          .filter(({ o }) => o.models === undefined || o.models.includes(model.id))
          .map(({ o, i }) => ({
            ...assessOne(scenario, ref, gap, partner, model, o, counterparts, screener),
            offerId: `${partner.id}#${i}`,
          }))
          .filter((o) => o.coverage > 0);
        const sorted = candidates.sort(
          (a, b) => Number(b.lawful) - Number(a.lawful) || b.coverage - a.coverage || a.cost - b.cost,
        );
        const best = sorted[0];
        if (!best) continue;
        options.push(best);
        // A partner's other, unlawful offers for the same input (a controlled tool beside a
        // lawful one) are still listed, so the report shows them rejected with their rule.
        for (const other of sorted.slice(1)) if (!other.lawful) options.push(other);
      }
    }
  }
  return scoreOptions(options, scenario.scoring.weights);
}

/** Domestic firms that take part in closing the gap: the target's counterparts, else the input's holders. */
function counterpartsFor(scenario: Scenario, gap: Gap): Firm[] {
  const target = scenario.targets.find((t) => t.id === gap.targetId);
  const firms = scenario.domestic.firms;
  if (target && target.counterparts.length > 0)
    return firms.filter((f) => target.counterparts.includes(f.id));
  const holders = new Set(
    scenario.domestic.capabilities.filter((c) => c.input === gap.inputId).map((c) => c.firm),
  );
  return firms.filter((f) => holders.has(f.id));
}

/**
 * Node steps to close: from the best domestic node to the required one; for an input with no
 * domestic capability at all, from the start of the ladder (350 nm), i.e. building from scratch.
 */
export function nodeStepsFor(gap: Gap): number {
  if (gap.requiredNode === undefined) return 0;
  if (gap.generationsBehind) return gap.generationsBehind.nodes;
  return gap.kind === "absent" ? ladderIndex(gap.requiredNode) : 0;
}

function coverageOf(gap: Gap, offer: CapabilityOffer): number {
  if (!meetsGrade(offer.grade, gap.requiredGrade)) return 0; // a lower packaging grade does not close it
  const need = gap.shortfall;
  const capacityFit = need > 0 ? Math.min(1, offer.capacity / need) : 1;
  let nodeFit = 0;
  if (meetsNode(offer.node, gap.requiredNode)) nodeFit = 1;
  else if (offer.node !== undefined && gap.requiredNode !== undefined && gap.domesticNode !== undefined) {
    const needed = ladderIndex(gap.requiredNode) - ladderIndex(gap.domesticNode);
    const closed = ladderIndex(offer.node) - ladderIndex(gap.domesticNode);
    nodeFit = needed > 0 ? Math.max(0, closed / needed) : 0;
  }
  return capacityFit * nodeFit;
}

function riskOf(
  scenario: Scenario,
  partner: Partner,
  model: CollaborationModel,
  licenceDays: number,
): number {
  const u = scenario.risk.durationUncertainty.find((d) => d.modelType === model.type);
  const spread = u ? Math.min(1, (u.max - u.min) / (2 * u.mode)) : 0;
  // A licence is itself uncertain: up to 0.5 for a year-long expected processing time (heuristic).
  const licence = licenceDays > 0 ? Math.min(0.5, licenceDays / 730) : 0;
  return 1 - (1 - partner.unavailableProbability) * (1 - spread) * (1 - licence);
}

function assessOne(
  scenario: Scenario,
  ref: ReferenceData,
  gap: Gap,
  partner: Partner,
  model: CollaborationModel,
  offer: CapabilityOffer,
  counterparts: readonly Firm[],
  screener: SanctionsScreener,
): OptionAssessment {
  const compliance = decideCompliance(scenario, partner, model, offer, counterparts, screener);
  const steps = nodeStepsFor(gap);
  const dpp = daysPerPeriod(scenario.program.timeUnit);
  const basePeriods = model.workPackages.reduce((s, w) => s + w.duration, 0);
  const workPeriods = Math.ceil(basePeriods * (1 + model.durationPerNodeStep * steps));
  const licencePeriods = Math.ceil(compliance.licenceDelayDays / dpp);
  const baseCost = model.workPackages.reduce((s, w) => s + w.cost, 0);
  const out: OptionAssessment = {
    gapId: gap.id,
    partnerId: partner.id,
    modelId: model.id,
    modelType: model.type,
    lawful: compliance.lawful,
    reason: compliance.reason,
    message: compliance.message,
    licenceDelayDays: compliance.licenceDelayDays,
    sanctionsHits: compliance.sanctionsHits.map((h) => h.match),
    coverage: coverageOf(gap, offer),
    leadTimeDays: workPeriods * dpp + compliance.licenceDelayDays,
    leadTimePeriods: workPeriods + licencePeriods,
    cost: baseCost * (1 + model.costPerNodeStep * steps) * offer.costFactor,
    risk: riskOf(scenario, partner, model, compliance.licenceDelayDays),
    exposure: Math.max(0, ...compliance.exposure.map((e) => e.hit.match.score)),
    localization: model.localization,
    nodeSteps: steps,
    offerCapacity: offer.capacity,
    score: 0,
    scoreBreakdown: {},
    criteria: {},
    compliance,
  };
  if (compliance.rule) out.rule = compliance.rule;
  if (compliance.licenceDecision) out.licenceDecision = compliance.licenceDecision;
  if (compliance.lawfulFrom !== undefined) out.lawfulFrom = compliance.lawfulFrom;
  if (compliance.lawfulUntil !== undefined) out.lawfulUntil = compliance.lawfulUntil;
  if (offer.firm) out.firmId = offer.firm;
  if (offer.node !== undefined) out.offerNode = offer.node;
  const shares = supplierShares(ref, scenario.program.country, gap.inputId);
  if (shares) {
    const h = hhiAfterOption(
      shares,
      partnerCountries(scenario, partner),
      scenario.scoring.marketShift,
      model.localization,
      scenario.program.country,
    );
    out.hhiBefore = Math.round(h.before);
    out.hhiAfter = Math.round(h.after);
    out.dependenceBasis = shares.basis;
  }
  return out;
}

/** The countries a partner stands for: its own, or its bloc's members. */
export function partnerCountries(scenario: Scenario, partner: Scenario["partners"][number]): string[] {
  if (partner.country !== undefined) return [partner.country];
  return scenario.rules.countryGroups.find((g) => g.id === partner.bloc)?.members ?? [];
}
