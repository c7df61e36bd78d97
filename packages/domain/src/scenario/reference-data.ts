import type { Chokepoint, MarketReport, ScreeningMatch, ScreeningQuery, ValueChain } from "@chiproad/data";

/**
 * Data-layer results handed to the domain as values (the domain never loads files): the
 * value chain and its chokepoints, a sanctions screener, and an import-market report.
 * Every field is optional; analyses say what they could not compute without it.
 */
export interface ReferenceData {
  chain?: ValueChain;
  chokepoints?: Chokepoint[];
  screen?: (q: ScreeningQuery) => ScreeningMatch[];
  market?: MarketReport;
}
