/**
 * One import flow: `reporter` (the importing country, ISO alpha-3) bought `valueUsd` of HS code `hs` from
 * `partner` (the supplying country) in `year`. BACI rows i→j become reporter j, partner i; Comtrade
 * imports are taken as declared and, for importers that do not report, mirrored from partners' exports.
 */
export interface TradeFlow {
  year: number;
  reporter: string;
  partner: string;
  hs: string;
  valueUsd: number;
  /** Metric tons (BACI) or the declared quantity (Comtrade). */
  quantity?: number;
  source: string;
  dataDate: string;
  /** True when derived from the partner's export declaration because the importer did not report. */
  mirrored?: boolean;
}

export interface TradeImport {
  flows: TradeFlow[];
  source: string;
  dataDate: string;
  /** Data rows read (header excluded). */
  rows: number;
  /** Rows dropped as invalid; non-zero only with `skipInvalid`. */
  skipped: number;
  /** The first few reasons rows were skipped, `file:row:col: …`. */
  skippedReasons: string[];
  /** Rows read but outside the HS filter, or aggregates (World partner, totals by customs procedure). */
  filteredOut: number;
  /** "latin-1" when a Comtrade file was not UTF-8 and `latin1` was requested. */
  encoding: "utf-8" | "latin-1";
}

export interface ImportOptions {
  format?: "baci" | "comtrade";
  /** HS prefixes to keep (4 or 6 digits); default 8541 and 8542. An empty list keeps everything. */
  hs?: string[];
  /** Skip invalid rows (counted in `skipped`) instead of rejecting the whole file. */
  skipInvalid?: boolean;
  /** BACI country-code table; default the shipped V2022 table. */
  countryTable?: string;
  /** Decode a non-UTF-8 Comtrade export as Latin-1 (flagged in `encoding`) instead of rejecting it. */
  latin1?: boolean;
  /** Overrides the data label and date written into each flow. */
  source?: string;
  dataDate?: string;
}

export const DEFAULT_HS = ["8541", "8542"];

export function matchesHs(code: string, prefixes: readonly string[]): boolean {
  if (prefixes.length === 0) return true;
  for (const p of prefixes) if (code.startsWith(p)) return true;
  return false;
}
