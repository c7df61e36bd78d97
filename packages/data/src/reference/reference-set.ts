import type { ListVersion } from "../screening/list-versions.ts";
import type { ScreeningMatch, ScreeningQuery } from "../screening/model.ts";
import type { ScreeningIndex } from "../screening/screening-index.ts";
import { isChiproadError } from "../errors.ts";
import { type MarketReport, marketReport } from "../trade/market-report.ts";
import type { TradeFlow } from "../trade/model.ts";
import { chokepoints } from "../value-chain/chokepoints.ts";
import type { Chokepoint, ValueChain } from "../value-chain/model.ts";

/**
 * Matches down to this score are handed to the domain, which applies the scenario's own threshold
 * (`rules.sanctions.threshold`); a higher cut here would hide hits a scenario asks for.
 */
export const REFERENCE_SCREEN_FLOOR = 0.5;
/** At most this many matches per screened party reach the domain. */
export const REFERENCE_SCREEN_LIMIT = 10;
/** The market the partner-dependence criterion reads: integrated circuits. */
export const REFERENCE_MARKET_HS = "8542";

/** Trade flows offered to the reference set, and whether they are real data. */
export interface ReferenceTrade {
  flows: readonly TradeFlow[];
  /**
   * Synthetic samples (the ones shipped with this package) are for demonstrating the market
   * report only: they never feed a score, so a plan never rests on invented numbers.
   */
  synthetic: boolean;
}

export interface ReferenceSources {
  chain: ValueChain;
  screening: ScreeningIndex;
  /** The list releases behind `screening`, reported in every answer's provenance. */
  lists: readonly ListVersion[];
  trade?: ReferenceTrade;
}

/** What the domain's analyses take (structurally the domain's `ReferenceData`). */
export interface ReferenceSet {
  chain: ValueChain;
  chokepoints: Chokepoint[];
  screen: (q: ScreeningQuery) => ScreeningMatch[];
  datasets: { name: string; version: string; date: string }[];
  market?: MarketReport;
}

/**
 * The one way reference data is assembled, for the CLI, the server and its workers alike, so one
 * scenario, seed and profile give the same plan through every door. The market report is the
 * programme country's HS 8542 imports from real trade data only; without it (or without imports
 * for that country) the domain falls back to world supply shares and says so.
 */
export function referenceSet(sources: ReferenceSources, importer: string | undefined): ReferenceSet {
  const { screening } = sources;
  const market =
    importer && sources.trade && !sources.trade.synthetic
      ? marketOrUndefined(sources.trade.flows, importer)
      : undefined;
  return {
    chain: sources.chain,
    chokepoints: chokepoints(sources.chain),
    screen: (q) =>
      screening.screen(q, { threshold: REFERENCE_SCREEN_FLOOR, limit: REFERENCE_SCREEN_LIMIT }).matches,
    datasets: sources.lists.map((l) => ({ name: l.name, version: l.version, date: l.date })),
    ...(market ? { market } : {}),
  };
}

/** The HS 8542 import market of `importer`, or undefined when the flows hold no such imports. */
export function marketOrUndefined(flows: readonly TradeFlow[], importer: string): MarketReport | undefined {
  try {
    return marketReport([...flows], { importer, hs: REFERENCE_MARKET_HS });
  } catch (error) {
    if (isChiproadError(error) && error.code === "NOT_FOUND") return undefined;
    throw error;
  }
}
