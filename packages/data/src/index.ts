/**
 * @chiproad/data — importers, market and value-chain analytics, restricted-party screening.
 * The curated public API; everything not exported here is private to the package.
 */

export { BACI_COUNTRY_TABLE, countryNameToIso3, toIso3 } from "./countries/country-codes.ts";
export {
  ChiproadError,
  ERROR_CODES,
  ERROR_TABLE,
  type ErrorCode,
  errorMessageKey,
  type FieldError,
  isChiproadError,
  isErrorCode,
} from "./errors.ts";
export { type Facility, type FacilityStatus, loadFabs } from "./fabs/load-fabs.ts";
export { type UnsafeText, unsafeTextKind } from "./input/unsafe-text.ts";
// reference data for the domain's analyses (one builder for every entry point)
export {
  marketOrUndefined,
  REFERENCE_MARKET_HS,
  REFERENCE_SCREEN_FLOOR,
  REFERENCE_SCREEN_LIMIT,
  type ReferenceSet,
  type ReferenceSources,
  type ReferenceTrade,
  referenceSet,
} from "./reference/reference-set.ts";
// screening
export { type ListVersion, listVersions } from "./screening/list-versions.ts";
export type { ListFormat, ListRelease } from "./screening/lists/list-release.ts";
export { loadListRelease } from "./screening/lists/load-list.ts";
export {
  loadEntities,
  loadListReleases,
  loadSampleEntities,
  SAMPLE_LIST_FILES,
} from "./screening/load-entities.ts";
export { loadScreeningQueries } from "./screening/load-queries.ts";
export type {
  Entity,
  MatchedWord,
  MatchHow,
  MatchReason,
  ScreeningMatch,
  ScreeningQuery,
  ScreeningResult,
} from "./screening/model.ts";
export { matchedWords, reasonsOf } from "./screening/reasons.ts";
export { DEFAULT_SCREENING_THRESHOLD } from "./screening/model.ts";
export { nameReadings, nameTokens, type Script, scriptOf } from "./screening/normalize.ts";
export { phoneticKey } from "./screening/phonetic.ts";
export {
  type AlertKind,
  type Counterparty,
  type DiffOptions,
  diffScreenings,
  type ScreeningAlert,
} from "./screening/rescreen-diff.ts";
export { ScreeningIndex } from "./screening/screening-index.ts";
export { jaroWinkler, levenshtein } from "./screening/similarity.ts";
export { type DataSource, samplePath } from "./source.ts";
// trade
export { loadBaciCountryTable } from "./trade/baci-countries.ts";
export { type BaciRow, scanBaci } from "./trade/baci-scanner.ts";
export { cagr, effectiveSuppliers, hhi } from "./trade/concentration.ts";
export { importTradeFile } from "./trade/import-trade-file.ts";
export {
  type MarketReport,
  type MarketYear,
  marketReport,
  type ShareShift,
  type SupplierShare,
} from "./trade/market-report.ts";
export { DEFAULT_HS, type ImportOptions, type TradeFlow, type TradeImport } from "./trade/model.ts";
export { loadSampleTrade, SAMPLE_TRADE_FILES } from "./trade/sample-trade.ts";
// value chain
export {
  chokepoints,
  DEFAULT_CHOKEPOINT_THRESHOLD,
  DEFAULT_CHOKEPOINT_TOP_N,
} from "./value-chain/chokepoints.ts";
export { chainGaps, countryCoverage } from "./value-chain/coverage.ts";
export { loadValueChain, SAMPLE_ETO_DIR } from "./value-chain/load-eto.ts";
export type {
  ChainEdge,
  ChainInput,
  Chokepoint,
  CoverageRow,
  GapRow,
  Provider,
  Provision,
  Stage,
  ValueChain,
} from "./value-chain/model.ts";
