import type { FirmScreening } from "../compliance/sanctions.ts";
import { analyzeGaps } from "../gaps/analyze.ts";
import type { ReferenceData } from "../scenario/reference-data.ts";
import type { Scenario, ScoringWeights } from "../scenario/schema.ts";
import { assessOptions, type OptionAssessment } from "./assess.ts";
import { weightSensitivity, type WeightSensitivity } from "./sensitivity.ts";
import type { Criterion } from "./score.ts";
import { fixed, type Message, messages, msg, nested, ref, renderMessage } from "../messages/index.ts";

export interface RankedOption {
  rank: number;
  partnerId: string;
  modelId: string;
  modelType: string;
  score: number;
  licenceDelayDays: number;
}

export interface GapRanking {
  gapId: string;
  inputName: string;
  /** Lawful options, best first. */
  ranked: RankedOption[];
  /** Unlawful options with the deciding rule; never ranked. */
  unlawful: { partnerId: string; modelId: string; rule?: string; reason?: string; message?: Message }[];
  /** Why the top option wins, or why there is none. */
  explanation: string;
  explanationMessage: Message;
}

export interface PartnerExposure {
  partnerId: string;
  /** Domestic counterparts on a list that does not bind this partner: secondary-sanctions risk. */
  firms: { firmId: string; firmName: string; list: string; matchedName: string; score: number }[];
}

export interface PartnerFitReport {
  weights: ScoringWeights;
  options: OptionAssessment[];
  ranking: GapRanking[];
  sensitivity: WeightSensitivity[];
  exposure: PartnerExposure[];
  screening: FirmScreening[];
  notes: string[];
  /** `notes` as messages, in the same order. */
  noteMessages: Message[];
  /** The programme's currency: every cost in the report is in it. */
  currency: string;
}

/** Deterministic order: score, then lead time, cost, ids. */
export function compareOptions(a: OptionAssessment, b: OptionAssessment): number {
  return (
    b.score - a.score ||
    a.leadTimeDays - b.leadTimeDays ||
    a.cost - b.cost ||
    a.partnerId.localeCompare(b.partnerId) ||
    a.modelId.localeCompare(b.modelId)
  );
}

/**
 * Partner fit: every option with its lawfulness and weighted score, the lawful ones ranked per
 * gap, the exact weight sensitivity of each gap's top choice, and the sanctions exposure found.
 */
export function partnerFit(
  scenario: Scenario,
  ref: ReferenceData,
  opts: { weights?: Partial<ScoringWeights> } = {},
): PartnerFitReport {
  const weights: ScoringWeights = { ...scenario.scoring.weights, ...opts.weights };
  const effective: Scenario = { ...scenario, scoring: { ...scenario.scoring, weights } };
  const options = assessOptions(effective, ref);
  const gaps = analyzeGaps(effective, ref).gaps;
  const ranking: GapRanking[] = [];
  const sensitivity: WeightSensitivity[] = [];
  for (const gap of gaps) {
    const mine = options.filter((o) => o.gapId === gap.id);
    const lawful = mine.filter((o) => o.lawful).sort(compareOptions);
    const unlawful = mine
      .filter((o) => !o.lawful)
      .map((o) => {
        const row: GapRanking["unlawful"][number] = { partnerId: o.partnerId, modelId: o.modelId };
        if (o.rule) row.rule = o.rule;
        if (o.reason) row.reason = o.reason;
        if (o.message) row.message = o.message;
        return row;
      });
    ranking.push({
      gapId: gap.id,
      inputName: gap.inputName,
      ranked: lawful.map((o, i) => ({
        rank: i + 1,
        partnerId: o.partnerId,
        modelId: o.modelId,
        modelType: o.modelType,
        score: o.score,
        licenceDelayDays: o.licenceDelayDays,
      })),
      unlawful,
      ...explained(explainTop(lawful, mine.length)),
    });
    sensitivity.push(...weightSensitivity(gap.id, lawful, weights));
  }
  return {
    weights,
    options,
    ranking,
    sensitivity,
    exposure: exposureByPartner(options),
    screening: uniqueScreenings(options),
    ...noted(notesFor(scenario, ref)),
    currency: scenario.program.currency,
  };
}

function explainTop(lawful: readonly OptionAssessment[], total: number): Message {
  const [top, second] = lawful;
  if (!top) {
    return total === 0 ? msg("fit.noOffer") : msg("fit.noneLawful", { total });
  }
  const strengths = Object.entries(top.scoreBreakdown)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([k]) => k);
  return msg("fit.top", {
    partner: ref("partner", top.partnerId),
    model: ref("model", top.modelId),
    score: fixed(top.score, 3),
    second: second
      ? nested(
          msg("fit.ahead", {
            partner: ref("partner", second.partnerId),
            model: ref("model", second.modelId),
            score: fixed(second.score, 3),
          }),
        )
      : undefined,
    criteria: messages(
      strengths.map((k) => msg(`criterion.${k as Criterion}`)),
      "comma",
    ),
  });
}

function exposureByPartner(options: readonly OptionAssessment[]): PartnerExposure[] {
  const out = new Map<string, Map<string, PartnerExposure["firms"][number]>>();
  for (const o of options) {
    for (const e of o.compliance.exposure) {
      const firms = out.get(o.partnerId) ?? new Map();
      firms.set(`${e.firmId}|${e.hit.listId}`, {
        firmId: e.firmId,
        firmName: e.firmName,
        list: e.hit.listName,
        matchedName: e.hit.match.name,
        score: e.hit.match.score,
      });
      out.set(o.partnerId, firms);
    }
  }
  return [...out].map(([partnerId, firms]) => ({ partnerId, firms: [...firms.values()] }));
}

function uniqueScreenings(options: readonly OptionAssessment[]): FirmScreening[] {
  const seen = new Map<string, FirmScreening>();
  for (const o of options) for (const s of o.compliance.screened) seen.set(s.firmId, s);
  return [...seen.values()].sort((a, b) => a.side.localeCompare(b.side) || a.firmId.localeCompare(b.firmId));
}

function notesFor(scenario: Scenario, ref: ReferenceData): Message[] {
  const notes: Message[] = [];
  if (!ref.screen) notes.push(msg("fit.noteNoScreening"));
  if (!ref.market && !ref.chain) notes.push(msg("fit.noteNoDependence"));
  if (ref.market && ref.market.importer !== scenario.program.country) {
    notes.push(
      msg("fit.noteOtherImporter", { importer: ref.market.importer, country: scenario.program.country }),
    );
  }
  notes.push(msg("fit.noteMarketShift", { share: scenario.scoring.marketShift * 100 }));
  notes.push(msg("fit.noteNotLegalAdvice"));
  return notes;
}

const explained = (message: Message) => ({
  explanation: renderMessage(message, "en"),
  explanationMessage: message,
});

const noted = (notes: Message[]) => ({
  notes: notes.map((n) => renderMessage(n, "en")),
  noteMessages: notes,
});
