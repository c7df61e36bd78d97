import { toIso3 } from "../countries/country-codes.ts";
import { ChiproadError } from "../errors.ts";
import {
  compareNames,
  type PreparedName,
  prepareReadings,
  scoreNames,
  spacedAsListed,
} from "./name-match.ts";
import {
  DEFAULT_SCREENING_THRESHOLD,
  type Entity,
  type MatchedWord,
  type MatchHow,
  type MatchReason,
  type ScreeningMatch,
  type ScreeningQuery,
  type ScreeningResult,
} from "./model.ts";
import { normalizeIdentifier, scriptOf } from "./normalize.ts";
import { COMPANY_WORD_WEIGHT, COMPANY_WORDS, PLACE_WORDS } from "./scripts/company-words.ts";
import { adjustForAttributes } from "./attributes.ts";
import { blockingKeys } from "./blocking.ts";

/** How many name records (best blocking overlap first) are scored in full per query name. */
const CANDIDATES_PER_NAME = 48;
/** Further readings of a non-Latin name (passport, ISO 9, MR, transcribed company words) are fallbacks. */
const CANDIDATES_PER_EXTRA_READING = 16;
const DEFAULT_LIMIT = 10;
/** A blocking key posted on more than 1/COMMON_SHARE of all names is "common" (see `candidates`). */
const COMMON_SHARE = 200;

/**
 * An in-memory screening index. Candidate generation is blocked, not a scan: every listed name is posted
 * under its tokens, phonetic keys and 4-letter prefixes/suffixes; a query collects the records sharing
 * keys with it, weighted by key rarity, and only the best few dozen are scored in full.
 */
export class ScreeningIndex {
  readonly size: number;
  private readonly entities: Entity[];
  private readonly names: PreparedName[] = [];
  private readonly nameEntity: number[] = [];
  /** Other listed spellings of a name record that read as the same words (record → raw names). */
  private readonly spellings = new Map<number, string[]>();
  private readonly postings = new Map<string, number[]>();
  private readonly tokenDf = new Map<string, number>();
  private readonly weights = new Map<string, number>();
  private readonly byIdentifier = new Map<string, number[]>();
  private readonly maxIdf: number;
  private readonly acc: Float64Array;
  private scratch = new Float64Array(1024);
  /**
   * Work done by `screen` so far, in counts (the benchmarks divide by queries): readings of query names,
   * postings visited in candidate generation, candidate records scored in full.
   */
  readonly work = { readings: 0, postings: 0, scored: 0 };

  constructor(entities: Entity[]) {
    this.entities = entities;
    this.size = entities.length;
    entities.forEach((entity, e) => {
      const seen = new Map<string, number>();
      const entityTokens = new Set<string>();
      for (const raw of [entity.name, ...entity.aliases]) {
        for (const prepared of listedReadings(raw)) {
          // Word order does not change the comparison, so "LAST, First" and "First LAST" are one record.
          const signature = [...prepared.tokens].sort().join(" ");
          if (prepared.tokens.length === 0) continue;
          const same = seen.get(signature);
          if (same !== undefined) {
            // Kept for explanations: a Cyrillic query that matched "ZAKHAROV" names "Захаров" when listed so.
            const spellings = this.spellings.get(same) ?? [];
            if (raw !== this.names[same]!.raw && !spellings.includes(raw)) spellings.push(raw);
            this.spellings.set(same, spellings);
            continue;
          }
          if (entity.schema === "Person") prepared.person = true;
          const r = this.names.length;
          seen.set(signature, r);
          this.names.push(prepared);
          this.nameEntity.push(e);
          for (const key of new Set(blockingKeys(prepared))) {
            let list = this.postings.get(key);
            if (!list) {
              list = [];
              this.postings.set(key, list);
            }
            list.push(r);
          }
          for (const t of prepared.tokens) entityTokens.add(t);
        }
      }
      for (const t of entityTokens) this.tokenDf.set(t, (this.tokenDf.get(t) ?? 0) + 1);
      if (entity.schema !== "Person") {
        const kinds = new Set([...entityTokens].filter((t) => COMPANY_WORDS.has(t)));
        if (kinds.size > 0) for (const r of seen.values()) this.names[r]!.kinds = kinds;
      }
      for (const id of entity.identifiers) {
        const key = normalizeIdentifier(id);
        if (key.length < 4) continue;
        const list = this.byIdentifier.get(key) ?? [];
        list.push(e);
        this.byIdentifier.set(key, list);
      }
    });
    this.maxIdf = Math.log(1 + Math.max(1, this.size));
    this.acc = new Float64Array(this.names.length);
  }

  private readonly isKnown = (token: string): boolean => this.tokenDf.has(token);

  /**
   * Inverse document frequency over entities: rare tokens identify, common ones barely do; company words
   * ("trading", "technology") and place words ("shanghai") keep only COMPANY_WORD_WEIGHT of theirs, so the
   * distinctive part decides.
   */
  private readonly weight = (token: string): number => {
    const cached = this.weights.get(token);
    if (cached !== undefined) return cached;
    const df = this.tokenDf.get(token);
    const idf = df === undefined ? this.maxIdf : Math.log(1 + this.size / df);
    const w = COMPANY_WORDS.has(token) || PLACE_WORDS.has(token) ? idf * COMPANY_WORD_WEIGHT : idf;
    // Listed tokens only: query-only words (typos, unlisted names) would grow the cache without bound.
    if (df !== undefined) this.weights.set(token, w);
    return w;
  };

  screen(query: ScreeningQuery, opts: { threshold?: number; limit?: number } = {}): ScreeningResult {
    const threshold = opts.threshold ?? DEFAULT_SCREENING_THRESHOLD;
    const limit = opts.limit ?? DEFAULT_LIMIT;
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new ChiproadError("BAD_INPUT", `threshold: expected a number between 0 and 1, got ${threshold}`);
    }
    if (typeof query.name !== "string" || query.name.trim() === "") {
      throw new ChiproadError("BAD_INPUT", "query.name: expected a non-empty name to screen");
    }
    const country = query.country ? toIso3(query.country) : undefined;
    if (query.country && !country) {
      throw new ChiproadError(
        "BAD_INPUT",
        `query.country: unknown country code "${query.country}"; use ISO alpha-2 or alpha-3`,
      );
    }
    const best = new Map<number, { score: number; name: number; query: PreparedName }>();
    const identifierHits = new Set<number>();
    for (const id of query.identifiers ?? []) {
      for (const e of this.byIdentifier.get(normalizeIdentifier(id)) ?? []) identifierHits.add(e);
    }
    for (const raw of [query.name, ...(query.aliases ?? [])]) {
      const readings = prepareReadings(raw);
      // Words written together that the lists write apart, and the reverse: an extra reading.
      const spaced = readings[0] && spacedAsListed(readings[0], this.isKnown);
      if (spaced) readings.push(spaced);
      for (const [reading, q] of readings.entries()) {
        if (q.tokens.length === 0) continue;
        this.work.readings++;
        const candidates = this.candidates(
          q,
          reading === 0 ? CANDIDATES_PER_NAME : CANDIDATES_PER_EXTRA_READING,
        );
        for (const e of identifierHits) candidates.push(...this.recordsOf(e));
        this.work.scored += candidates.length;
        for (const r of candidates) {
          const score = scoreNames(q, this.names[r]!, this.weight);
          const e = this.nameEntity[r]!;
          const prior = best.get(e);
          if (!prior || prior.score < score) best.set(e, { score, name: r, query: q });
        }
      }
    }
    const matches: ScreeningMatch[] = [];
    for (const [e, hit] of best) {
      const entity = this.entities[e]!;
      const adjusted = adjustForAttributes(
        hit.score,
        entity,
        { ...query, ...(country ? { country } : {}) },
        identifierHits.has(e),
      );
      if (adjusted.score < threshold) continue;
      const listed = this.names[hit.name]!;
      const cmp = compareNames(hit.query, listed, this.weight);
      const words = cmp.matched.map((m): MatchedWord => {
        const how: MatchHow = m.how === "initials" && m.q.includes(" ") ? "acronym" : m.how;
        const word: MatchedWord = { query: m.q, listed: m.c, how };
        if (m.qFrom !== m.q) {
          if (m.qFrom.includes(" ")) word.joinedFrom = m.qFrom;
          else word.splitFrom = m.qFrom;
        }
        if (m.readInRussian) word.readInRussian = true;
        if (COMPANY_WORDS.has(m.c)) word.low = "company";
        else if (PLACE_WORDS.has(m.c)) word.low = "place";
        return word;
      });
      const queryScript = scriptOf(hit.query.raw);
      const matchedName =
        [listed.raw, ...(this.spellings.get(hit.name) ?? [])].find((n) => scriptOf(n) === queryScript) ??
        listed.raw;
      const isAlias = matchedName !== entity.name;
      const reasons: MatchReason[] = [
        {
          kind: "list",
          list: entity.list,
          version: entity.datasetVersion,
          ...(entity.publicationDate ? { published: entity.publicationDate } : {}),
        },
        { kind: "name", matched: matchedName, ...(isAlias ? { aliasOf: entity.name } : {}) },
      ];
      if (queryScript !== "Latin") reasons.push({ kind: "readAs", reading: hit.query.tokens.join(" ") });
      reasons.push({ kind: "words", words });
      if (cmp.missing.length > 0) reasons.push({ kind: "missing", words: cmp.missing });
      if (cmp.subset) reasons.push({ kind: "shortForm" });
      const match: ScreeningMatch = {
        id: entity.id,
        name: entity.name,
        score: Math.round(adjusted.score * 1000) / 1000,
        list: entity.list,
        datasetVersion: entity.datasetVersion,
        matchedName,
        reasons: [...reasons, ...adjusted.notes],
      };
      if (entity.publicationDate) match.publicationDate = entity.publicationDate;
      matches.push(match);
    }
    matches.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return { query, matches: matches.slice(0, limit) };
  }

  /** Batch mode: one result per query, in order. */
  screenMany(
    queries: ScreeningQuery[],
    opts: { threshold?: number; limit?: number } = {},
  ): ScreeningResult[] {
    return queries.map((q) => this.screen(q, opts));
  }

  private recordsOf(e: number): number[] {
    const out: number[] = [];
    for (let r = 0; r < this.nameEntity.length; r++) if (this.nameEntity[r] === e) out.push(r);
    return out;
  }

  /**
   * The name records sharing the most (rarity-weighted) blocking keys with the query. Keys posted on
   * more than 1 in COMMON_SHARE records ("trading", common endings) add almost nothing and cost the most, so they
   * are used only when the rarer keys find nothing.
   */
  private candidates(q: PreparedName, budget: number): number[] {
    const acc = this.acc;
    const touched: number[] = [];
    const total = this.names.length;
    const common: number[][] = [];
    const visit = (list: number[], share: number) => {
      const w = share * Math.log(1 + total / list.length);
      this.work.postings += list.length;
      for (const r of list) {
        if (acc[r] === 0) touched.push(r);
        acc[r]! += w;
      }
    };
    for (const key of new Set(blockingKeys(q, this.isKnown))) {
      // Acronym keys (a: listed initials, i: query initials looking up a listed word) count half.
      const acronym = key.startsWith("a:") || key.startsWith("i:");
      const list = this.postings.get(key.startsWith("i:") ? `t:${key.slice(2)}` : key);
      if (!list) continue;
      if (list.length * COMMON_SHARE > total && total > 2000) common.push(list);
      else visit(list, acronym ? 0.5 : 1);
    }
    if (touched.length === 0) for (const list of common) visit(list, 1);
    let chosen: number[];
    if (touched.length <= budget) chosen = touched.slice();
    else {
      if (this.scratch.length < touched.length) this.scratch = new Float64Array(touched.length * 2);
      for (let n = 0; n < touched.length; n++) this.scratch[n] = acc[touched[n]!]!;
      const cut = kthLargest(this.scratch, touched.length, budget);
      chosen = [];
      // Everything above the cut, then ties at the cut until the budget is spent (never the reverse).
      for (const r of touched) if (acc[r]! > cut) chosen.push(r);
      for (const r of touched) if (acc[r] === cut && chosen.length < budget) chosen.push(r);
    }
    for (const r of touched) acc[r] = 0;
    return chosen;
  }
}

/** Listed names are indexed in their default reading; Korean ones also in MR, which DPRK names follow. */
function listedReadings(raw: string): PreparedName[] {
  const all = prepareReadings(raw);
  return scriptOf(raw) === "Hangul" ? all : all.slice(0, 1);
}

/** Value of the k-th largest of the first `n` values (Hoare's quickselect, in place on scratch space). */
function kthLargest(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! > pivot) i++;
      while (a[j]! < pivot) j--;
      if (i <= j) {
        const tmp = a[i]!;
        a[i] = a[j]!;
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return a[target]!;
}
