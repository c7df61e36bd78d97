import type { ScoringWeights } from "../scenario/schema.ts";
import type { OptionAssessment } from "./assess.ts";

export const CRITERIA = [
  "coverage",
  "leadTime",
  "cost",
  "dependence",
  "risk",
  "localization",
  "exposure",
] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Lower is better: rescaled to [0, 1] over the gap's lawful options, 1 for the lowest. */
function lowerIsBetter(values: readonly number[]): (v: number) => number {
  const min = Math.min(...values);
  const max = Math.max(...values);
  return (v) => (max > min ? (max - v) / (max - min) : 1);
}

/**
 * Normalizes each criterion to [0, 1] (1 = best) among the lawful options of the same gap and
 * computes the weighted score Σ wₖ·cₖ / Σ wₖ. Lead time, cost and HHI-after are min–max rescaled
 * within the gap (they have no natural scale); coverage, localization, 1 − risk and 1 − exposure are
 * used as they are. Unlawful options get score 0 and are never ranked.
 */
export function scoreOptions(options: OptionAssessment[], weights: ScoringWeights): OptionAssessment[] {
  const byGap = new Map<string, OptionAssessment[]>();
  for (const o of options) byGap.set(o.gapId, [...(byGap.get(o.gapId) ?? []), o]);
  const total = CRITERIA.reduce((s, k) => s + weights[k], 0);
  const share = (k: Criterion) => (total > 0 ? weights[k] / total : 1 / CRITERIA.length);
  const scored = new Map<OptionAssessment, OptionAssessment>();
  for (const group of byGap.values()) {
    const lawful = group.filter((o) => o.lawful);
    if (lawful.length === 0) continue;
    const lead = lowerIsBetter(lawful.map((o) => o.leadTimeDays));
    const cost = lowerIsBetter(lawful.map((o) => o.cost));
    const hhis = lawful.flatMap((o) => (o.hhiAfter === undefined ? [] : [o.hhiAfter]));
    const hhi = hhis.length > 0 ? lowerIsBetter(hhis) : () => 1;
    for (const o of lawful) {
      const criteria: Record<Criterion, number> = {
        coverage: o.coverage,
        leadTime: lead(o.leadTimeDays),
        cost: cost(o.cost),
        dependence: o.hhiAfter === undefined ? 1 : hhi(o.hhiAfter),
        risk: 1 - o.risk,
        localization: o.localization,
        exposure: 1 - o.exposure,
      };
      const scoreBreakdown: Record<string, number> = {};
      let score = 0;
      for (const k of CRITERIA) {
        scoreBreakdown[k] = share(k) * criteria[k];
        score += scoreBreakdown[k];
      }
      scored.set(o, { ...o, criteria, scoreBreakdown, score });
    }
  }
  return options.map((o) => scored.get(o) ?? { ...o, score: 0, scoreBreakdown: {}, criteria: {} });
}
