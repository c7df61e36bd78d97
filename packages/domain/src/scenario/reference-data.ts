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
  /**
   * Datasets behind `screen` (sanctions lists: name, version, date) that the domain cannot see
   * through the function; reported in every answer's provenance. The value chain and the market
   * report carry their own source.
   */
  datasets?: { name: string; version: string; date: string }[];
}
