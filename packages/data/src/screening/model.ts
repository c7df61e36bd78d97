/** One restricted party from any list, in a single model (FollowTheMoney-like). */
export interface Entity {
  id: string;
  /** FtM schema: Person, Company, Organization, LegalEntity, Vessel, Airplane. */
  schema: string;
  name: string;
  aliases: string[];
  /** ISO 3166-1 alpha-3. */
  countries: string[];
  /** ISO date or year as published (first one when several). */
  birthDate?: string;
  identifiers: string[];
  addresses: string[];
  /** The list it comes from, e.g. "OFAC SDN" or "OpenSanctions". */
  list: string;
  programs: string[];
  /** Which release of the list: a publication date or a content hash. */
  datasetVersion: string;
  /** ISO date the list release was published, when the file says. */
  publicationDate?: string;
}

export interface ScreeningQuery {
  name: string;
  aliases?: string[];
  /** ISO alpha-2 or alpha-3. */
  country?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  birthDate?: string;
  identifiers?: string[];
}

export interface ScreeningMatch {
  id: string;
  name: string;
  /** 0..1; at or above the threshold means "review this hit". */
  score: number;
  list: string;
  datasetVersion: string;
  /** ISO date the list release was published (set by ScreeningIndex when the list says). */
  publicationDate?: string;
  /** The listed name or alias that matched, as the list prints it (always set by ScreeningIndex). */
  matchedName?: string;
  /** Which features matched or conflicted, in plain words. */
  explanation: string[];
}

export interface ScreeningResult {
  query: ScreeningQuery;
  matches: ScreeningMatch[];
}

/**
 * Default review threshold, chosen on the labelled evaluation set (src/screening/eval) as the value
 * that keeps recall ≥ 0.95 with the best precision; see BENCHMARKS.md.
 */
export const DEFAULT_SCREENING_THRESHOLD = 0.8;
