import type { PartnerOption } from "../../api/types.ts";

export interface RankedOption extends PartnerOption {
  /** Score recomputed under the weights on screen. */
  liveScore: number;
  /** 1-based rank among the lawful options for the same gap; null for unlawful ones. */
  rank: number | null;
}

/**
 * Each criterion normalized to [0, 1]. The server sends them as `criteria`; older reports only carry
 * `scoreBreakdown` (weight share × criterion), from which the criterion is recovered with the
 * weights the report was computed under.
 */
export function criteriaOf(
  option: PartnerOption,
  reportWeights: Record<string, number>,
): Record<string, number> | null {
  if (option.criteria && Object.keys(option.criteria).length > 0) return option.criteria;
  const breakdown = option.scoreBreakdown;
  if (!breakdown || Object.keys(breakdown).length === 0) return null;
  const total = Object.keys(breakdown).reduce((sum, k) => sum + (reportWeights[k] ?? 0), 0);
  const out: Record<string, number> = {};
  for (const [k, contribution] of Object.entries(breakdown)) {
    const share = total > 0 ? (reportWeights[k] ?? 0) / total : 0;
    if (share > 0) out[k] = contribution / share;
  }
  return out;
}

/**
 * The server's scoring rule Σ wₖ·cₖ / Σ wₖ (equal weights when all are zero), so sliders re-rank
 * without a round trip. Unlawful options score 0: a hard constraint is never outweighed.
 */
export function rescore(
  option: PartnerOption,
  weights: Record<string, number>,
  reportWeights: Record<string, number> = weights,
): number {
  if (!option.lawful) return 0;
  const criteria = criteriaOf(option, reportWeights);
  if (!criteria) return option.score;
  const keys = Object.keys(criteria);
  const total = keys.reduce((sum, k) => sum + (weights[k] ?? 0), 0);
  let score = 0;
  for (const k of keys) {
    const share = total > 0 ? (weights[k] ?? 0) / total : 1 / keys.length;
    score += share * (criteria[k] ?? 0);
  }
  return score;
}

/** Orders options gap by gap: lawful ones by live score (best first), unlawful ones after them. */
export function rankOptions(
  options: PartnerOption[],
  weights: Record<string, number>,
  reportWeights: Record<string, number> = weights,
): RankedOption[] {
  const byGap = new Map<string, RankedOption[]>();
  for (const option of options) {
    const list = byGap.get(option.gapId) ?? [];
    list.push({ ...option, liveScore: rescore(option, weights, reportWeights), rank: null });
    byGap.set(option.gapId, list);
  }
  const out: RankedOption[] = [];
  for (const list of byGap.values()) {
    list.sort(
      (a, b) =>
        Number(b.lawful) - Number(a.lawful) ||
        b.liveScore - a.liveScore ||
        (a.leadTimeDays ?? 0) - (b.leadTimeDays ?? 0) ||
        (a.cost ?? 0) - (b.cost ?? 0) ||
        a.partnerId.localeCompare(b.partnerId) ||
        a.modelId.localeCompare(b.modelId),
    );
    let rank = 0;
    for (const option of list) out.push({ ...option, rank: option.lawful ? ++rank : null });
  }
  return out;
}
