/**
 * What the planner reads from gap analysis and compliance. Declared structurally (a subset of
 * `Gap` and `OptionAssessment`) so the planner depends only on the fields it uses.
 */
import type { Message } from "../messages/index.ts";
export interface GapInput {
  id: string;
  targetId: string;
  inputId: string;
  inputName: string;
  generationsBehind?: { nodes: number; years: number } | undefined;
  critical: boolean;
  /** Units per year the target needs, and what domestic capability supplies of it (capacity gaps). */
  requiredVolume?: number;
  domesticCapacity?: number;
}

export interface OptionInput {
  gapId: string;
  partnerId: string;
  modelId: string;
  modelType: string;
  lawful: boolean;
  reason?: string | undefined;
  /** `reason` as a message (the compliance decision's). */
  message?: Message | undefined;
  rule?: string | undefined;
  licenceDelayDays: number;
  /** The licence decision as a distribution (risk analysis samples refusal and time). */
  licenceDecision?:
    | { rule: string; approvalProbability: number; days: { min: number; mode: number; max: number } }
    | undefined;
  cost: number;
  hhiAfter?: number | undefined;
  score: number;
  /** Dated rules: the option's work may start only on/after this date (a prohibition ends then). */
  lawfulFrom?: string | undefined;
  /** Dated rules: the option's work must finish before this date (a prohibition takes effect then). */
  lawfulUntil?: string | undefined;
  /** The offer behind the option (`partner#index`) and its capacity, shared by every gap that uses it. */
  offerId?: string | undefined;
  offerCapacity?: number | undefined;
  /** The partner firm that delivers (offer's `firm`); absent = any of the partner's firms. */
  firmId?: string | undefined;
  /** Node steps the option closes (scales durations and costs); defaults to the gap's. */
  nodeSteps?: number | undefined;
}

/** `partner/model`: identifies an option within a gap. */
export function optionKey(o: { partnerId: string; modelId: string }): string {
  return `${o.partnerId}/${o.modelId}`;
}
