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
  /** Which features matched or conflicted, as facts (`@chiproad/domain` words them in each language). */
  reasons: MatchReason[];
}

/**
 * One reason for a match, in no language: `@chiproad/domain`'s `screen.*` messages word it (English,
 * Russian, Chinese). In order: the list and release, the name or alias matched, how a non-Latin query
 * was read, the words matched, the query words not found, the short-form rule, then the attributes.
 */
export type MatchReason =
  | { kind: "list"; list: string; version: string; published?: string }
  | { kind: "name"; matched: string; aliasOf?: string }
  | { kind: "readAs"; reading: string }
  | { kind: "words"; words: MatchedWord[] }
  | { kind: "missing"; words: string[] }
  | { kind: "shortForm" }
  | { kind: "identifier" }
  | { kind: "country"; query: string; listed?: string[] }
  | { kind: "birth"; query: string; listed: string; agrees: "date" | "year" | "no" };

/** A query word (or run of words) and the listed word(s) it matched. */
export interface MatchedWord {
  query: string;
  /** The query's own words when `query` was joined from them ("shang hai" → "shanghai"). */
  joinedFrom?: string;
  /** The query's own word when `query` was split from it ("salitatrade" → "salita"). */
  splitFrom?: string;
  listed: string;
  /**
   * How they matched. "initials": `query` is the initials of the listed words; "acronym": the initials
   * of the query words are the listed acronym.
   */
  how: MatchHow;
  /** The initials were read from the Russian words. */
  readInRussian?: boolean;
  /** A listed word that weighs little: a company form or common word, or a place. */
  low?: "company" | "place";
}

export type MatchHow =
  | "exact"
  | "phonetic"
  | "fuzzy"
  | "initial"
  | "initials"
  | "acronym"
  | "translated"
  | "respelt"
  | "wade-giles"
  | "number";

export interface ScreeningResult {
  query: ScreeningQuery;
  matches: ScreeningMatch[];
}

/**
 * Default review threshold, chosen on the labelled evaluation set (src/screening/eval) as the value
 * that keeps recall ≥ 0.95 with the best precision; see BENCHMARKS.md.
 */
export const DEFAULT_SCREENING_THRESHOLD = 0.8;
