import type { ScoringWeights } from "../scenario/schema.ts";
import type { OptionAssessment } from "./assess.ts";
import { CRITERIA, type Criterion } from "./score.ts";

export interface WeightSensitivity {
  gapId: string;
  weight: Criterion;
  /**
   * Signed change of this weight (other weights fixed, same units as the scenario's weights) at
   * which another option overtakes the current top one; null when no change within weight ≥ 0 does.
   */
  deltaToChangeTop: number | null;
  /** The option that would become top. */
  newTop?: { partnerId: string; modelId: string };
}

/**
 * Exact one-at-a-time sensitivity. Ranking by Σ wⱼcⱼ / Σ wⱼ equals ranking by the numerator
 * N = Σ wⱼcⱼ, and the criteria cⱼ do not depend on the weights, so changing wₖ by δ changes option
 * i's numerator by δ·cᵢₖ. Option i overtakes the top t when δ(cᵢₖ − cₜₖ) ≥ Nₜ − Nᵢ: the smallest
 * such |δ| over all i, subject to wₖ + δ ≥ 0.
 */
export function weightSensitivity(
  gapId: string,
  ranked: readonly OptionAssessment[],
  weights: ScoringWeights,
): WeightSensitivity[] {
  const top = ranked[0];
  if (!top) return [];
  const numerator = (o: OptionAssessment) =>
    CRITERIA.reduce((s, k) => s + weights[k] * (o.criteria[k] ?? 0), 0);
  const nTop = numerator(top);
  return CRITERIA.map((k) => {
    let best: { delta: number; option: OptionAssessment } | undefined;
    for (const o of ranked.slice(1)) {
      const gain = (o.criteria[k] ?? 0) - (top.criteria[k] ?? 0);
      if (gain === 0) continue;
      const delta = (nTop - numerator(o)) / gain;
      if (weights[k] + delta < 0) continue;
      if (!best || Math.abs(delta) < Math.abs(best.delta)) best = { delta, option: o };
    }
    const row: WeightSensitivity = { gapId, weight: k, deltaToChangeTop: best ? round(best.delta) : null };
    if (best) row.newTop = { partnerId: best.option.partnerId, modelId: best.option.modelId };
    return row;
  });
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
