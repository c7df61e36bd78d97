import { ChiproadError } from "../errors.ts";
import { rankedCountries, supplyByInput } from "./country-shares.ts";
import type { Chokepoint, ValueChain } from "./model.ts";

export const DEFAULT_CHOKEPOINT_TOP_N = 1;
export const DEFAULT_CHOKEPOINT_THRESHOLD = 0.7;

/**
 * Inputs where the top 1–3 provider countries together hold at least `threshold` (0..1) of the market,
 * most concentrated first. Only quantified country shares count; organisations are not double counted.
 */
export function chokepoints(
  chain: ValueChain,
  opts: { topN?: 1 | 2 | 3; threshold?: number } = {},
): Chokepoint[] {
  const topN = opts.topN ?? DEFAULT_CHOKEPOINT_TOP_N;
  const threshold = opts.threshold ?? DEFAULT_CHOKEPOINT_THRESHOLD;
  if (![1, 2, 3].includes(topN))
    throw new ChiproadError("BAD_INPUT", `topN: expected 1, 2 or 3, got ${topN}`);
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new ChiproadError(
      "BAD_INPUT",
      `threshold: expected a share between 0 and 1, got ${threshold}; e.g. 0.7 for 70%`,
    );
  }
  const supply = supplyByInput(chain);
  const out: Chokepoint[] = [];
  for (const input of chain.inputs) {
    const ranked = rankedCountries(supply.get(input.id));
    if (ranked.length === 0) continue;
    const top = ranked.slice(0, topN).map((r) => ({ country: r.country, share: round(r.share) }));
    const combined = Math.min(1, round(top.reduce((s, r) => s + r.share, 0)));
    if (combined + 1e-9 < threshold) continue;
    const point: Chokepoint = {
      inputId: input.id,
      inputName: input.name,
      topProviders: top,
      combinedShare: combined,
      source: chain.source,
    };
    if (input.stageId) point.stageId = input.stageId;
    out.push(point);
  }
  return out.sort((a, b) => b.combinedShare - a.combinedShare || a.inputId.localeCompare(b.inputId));
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
