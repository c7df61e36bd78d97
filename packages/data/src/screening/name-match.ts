import { stemInitials } from "./compound-initials.ts";
import { nameReadings, nameTokens, scriptOf } from "./normalize.ts";
import { hasKana } from "./scripts/kana.ts";
import { phoneticKey } from "./phonetic.ts";
import {
  COMPANY_WORD_CANON,
  COMPANY_WORD_WEIGHT,
  COMPANY_WORDS,
  PLACE_WORDS,
} from "./scripts/company-words.ts";
import { englishRespelling } from "./scripts/english-respelling.ts";
import { persianEnglishOf } from "./scripts/persian-glossary.ts";
import { englishOf, russianInitialsOf } from "./scripts/russian-glossary.ts";
import { chineseSyllables, sameChineseSyllables } from "./scripts/wade-giles.ts";
import { jaroWinkler, jaroWinklerBound } from "./similarity.ts";

/** A name broken into normalized tokens and their phonetic keys, computed once per name. */
export interface PreparedName {
  raw: string;
  tokens: string[];
  keys: string[];
  /** Adjacent tokens joined: pairs[i] = tokens[i] + tokens[i + 1]. */
  pairs: string[];
  /** For tokens joined from several ("shang hai" → "shanghai"), the original words, by position. */
  from?: string[];
  /** 1 where the token is a Russian patronymic, by position. */
  patronymic: Uint8Array;
  /** The English words a romanized Russian token translates to (ZAVOD → plant), by position. */
  gloss: (readonly string[] | undefined)[];
  /** Whether any token has a gloss (most names have none, and then no pair of theirs is a translation). */
  glossed: boolean;
  /**
   * Whether a token is Chinese syllables only Wade–Giles writes (HSIN, CHUNG): then its words are also compared
   * with pinyin ones syllable by syllable (`scripts/wade-giles.ts`). Most names have none.
   */
  wadeGiles: boolean;
  /** Whether a token is a number or an ordinal (3, 3RD, THIRD): then such tokens are compared by value. */
  numbered: boolean;
  /** Each token in the rough sound spelling that English words spelt the Russian way share (KEIS, CASE → kas). */
  respelt: string[];
  /** Read from Chinese or Korean: one token per syllable, so words a list writes joined come apart. */
  syllabic?: boolean;
  /**
   * A Chinese firm's name (hanzi, not a bare 2–4-character personal name): its syllables may transcribe a
   * foreign word or brand (艾利特 ai li te = ALITE), see `mergeSplitTokens`. Not Korean: Korean personal
   * names are three syllables that join into made-up look-alikes (jo seo yeon ≈ ZAVIING) by chance.
   */
  transcribes?: boolean;
  /** Read from kana: Japanese has one liquid, so r and l are one letter when its words are compared. */
  liquid?: boolean;
  /** A listed person's name: people have initials, not acronyms. */
  person?: boolean;
  /**
   * A listed firm's company words across all its names (ELECTRONICS, CENTER…), so that a short alias
   * ("PROMA" of "PROMA INDUSTRY") still says what kind of firm it is (see `kindConflict`).
   */
  kinds?: ReadonlySet<string>;
  /** Token weights (and their sum, last) as a query and as a listed name, by the weight they were taken with. */
  weighed?: Weighed;
  weighedListed?: Weighed;
}

interface Weighed {
  by: (token: string) => number;
  /** One weight per token, then their sum. */
  values: Float64Array;
}

/**
 * The weight of each token of a name and their sum, computed once per name and weight function: a query
 * reading is compared with dozens of candidates and a listed name with many queries. Listed tokens that are
 * patronymics count 0.4 (they say less about identity, `PATRONYMIC`). Summed in token order, as the comparison always did.
 */
function weightsOf(p: PreparedName, weight: (token: string) => number, listed: boolean): Float64Array {
  const cached = listed ? p.weighedListed : p.weighed;
  if (cached?.by === weight) return cached.values;
  const n = p.tokens.length;
  const values = new Float64Array(n + 1);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const w = weight(p.tokens[i]!);
    values[i] = listed && p.patronymic[i] ? w * 0.4 : w;
    total += values[i]!;
  }
  values[n] = total;
  if (listed) p.weighedListed = { by: weight, values };
  else p.weighed = { by: weight, values };
  return values;
}

export function prepareName(raw: string): PreparedName {
  return fromTokens(raw, nameTokens(raw));
}

/** One prepared name per reading of its script (BGN/passport/ISO 9, RR/MR, translated/transcribed). */
export function prepareReadings(raw: string): PreparedName[] {
  const script = scriptOf(raw);
  const syllabic = script === "Han" || script === "Hangul";
  const liquid = hasKana(raw);
  const transcribes = script === "Han" && !HANZI_PERSON.test(raw);
  return nameReadings(raw).map((r) => {
    const p = fromTokens(raw, r.tokens);
    if (syllabic) p.syllabic = true;
    if (transcribes) p.transcribes = true;
    if (liquid) p.liquid = true;
    return p;
  });
}

/** A bare name of 2–4 hanzi is a person's (as `hanziToPinyin` reads it). */
const HANZI_PERSON = /^\s*[\u3400-\u4dbf\u4e00-\u9fff]{2,4}\s*$/;

/**
 * A prepared name of `tokens`; where `same[i]` ≥ 0, token i is token `same[i]` of `source` unchanged, and its
 * key, gloss, respelling and patronymic flag (pure functions of the token) are copied rather than recomputed:
 * joining syllables per candidate changes one or two tokens of a name.
 */
function fromTokens(raw: string, tokens: string[], source?: PreparedName, same?: number[]): PreparedName {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) pairs.push(tokens[i]! + tokens[i + 1]!);
  const n = tokens.length;
  const patronymic = new Uint8Array(n);
  const keys: string[] = new Array(n);
  const gloss: (readonly string[] | undefined)[] = new Array(n);
  const respelt: string[] = new Array(n);
  let glossed = false;
  let wadeGiles = false;
  let numbered = false;
  for (let i = 0; i < n; i++) {
    const s = same?.[i] ?? -1;
    if (source && s >= 0) {
      patronymic[i] = source.patronymic[s]!;
      keys[i] = source.keys[s]!;
      gloss[i] = source.gloss[s];
      respelt[i] = source.respelt[s]!;
      if (gloss[i] !== undefined) glossed = true;
      if (source.wadeGiles && chineseSyllables(tokens[i]!)?.wadeGiles) wadeGiles = true;
      if (source.numbered && numberOf(tokens[i]!) !== undefined) numbered = true;
      continue;
    }
    const t = tokens[i]!;
    patronymic[i] = PATRONYMIC.test(t) ? 1 : 0;
    keys[i] = phoneticKey(t);
    gloss[i] = englishOf(t) ?? persianEnglishOf(t);
    respelt[i] = englishRespelling(t);
    if (gloss[i] !== undefined) glossed = true;
    if (chineseSyllables(t)?.wadeGiles) wadeGiles = true;
    if (numberOf(t) !== undefined) numbered = true;
  }
  return { raw, tokens, keys, pairs, patronymic, gloss, glossed, wadeGiles, numbered, respelt };
}

/** Each part of a query word split in two has at least this many letters. */
const MIN_SPLIT_PART = 3;
/** Words up to this long are joined per candidate already (`mergeSplitTokens`). */
const JOINED_PER_CANDIDATE = 6;

/**
 * The query with its words spaced as the lists space them, or undefined if nothing changes: a word no listed
 * name holds that is two listed words written together is read apart (SALITATRADE → salita trade;
 * STORMTECHNOLOGIES → storm technology, a company word read as lists read it; the longest known first part
 * wins), and two words that a listed name writes as one are joined (BENEVOLENCE INTERNATIONAL →
 * benevolenceinternational; shorter words are joined per candidate by `mergeSplitTokens`). Only words of
 * letters, never syllabic names (their syllables are joined per candidate). An extra reading of the query
 * (see `ScreeningIndex`): one pass over the query's words with index look-ups, nothing per candidate.
 */
export function spacedAsListed(
  p: PreparedName,
  isKnown: (token: string) => boolean,
): PreparedName | undefined {
  if (p.syllabic) return undefined;
  let out: string[] | undefined;
  let from: string[] | undefined;
  const known = (w: string) => isKnown(COMPANY_WORD_CANON[w] ?? w);
  const n = p.tokens.length;
  for (let i = 0; i < n; i++) {
    const t = p.tokens[i]!;
    let parts: string[] | undefined;
    let take = 1;
    const next = p.tokens[i + 1];
    if (
      next !== undefined &&
      (t.length > JOINED_PER_CANDIDATE || next.length > JOINED_PER_CANDIDATE) &&
      isKnown(p.pairs[i]!)
    ) {
      parts = [p.pairs[i]!];
      take = 2;
    } else if (t.length >= 2 * MIN_SPLIT_PART && !isKnown(t) && /^[a-z]+$/.test(t)) {
      for (let k = t.length - MIN_SPLIT_PART; k >= MIN_SPLIT_PART; k--) {
        const a = t.slice(0, k);
        const b = t.slice(k);
        if (known(a) && known(b)) {
          parts = [COMPANY_WORD_CANON[a] ?? a, COMPANY_WORD_CANON[b] ?? b];
          break;
        }
      }
    }
    if (parts && !out) {
      out = p.tokens.slice(0, i);
      from = p.from ? p.from.slice(0, i) : p.tokens.slice(0, i);
    }
    if (!out) continue;
    const was = take === 2 ? `${p.from?.[i] ?? t} ${p.from?.[i + 1] ?? next}` : (p.from?.[i] ?? t);
    for (const part of parts ?? [t]) {
      out.push(part);
      from!.push(was);
    }
    i += take - 1;
  }
  if (!out) return undefined;
  const spaced = { ...fromTokens(p.raw, out), from: from! };
  if (p.liquid) spaced.liquid = true;
  return spaced;
}

export type How =
  | "exact"
  | "phonetic"
  | "fuzzy"
  | "initial"
  | "initials"
  | "translated"
  | "respelt"
  | "wade-giles"
  | "number";

export interface TokenMatch {
  q: string;
  /** The query words behind `q` when it was joined from several. */
  qFrom: string;
  c: string;
  sim: number;
  how: How;
  /** Initials read from the Russian words of the run (`initialsRun`). */
  readInRussian?: boolean;
}

export interface NameComparison {
  score: number;
  matched: TokenMatch[];
  /** The query's tokens as compared (after joining split words). */
  queryTokens: string[];
  /** Query tokens that found no counterpart. */
  missing: string[];
  /** Scored as a short form: every query word found in a longer listed name (see `scoreNames`). */
  subset: boolean;
}

/** Russian patronymics say less about identity than given and family names; lists often omit them. */
const PATRONYMIC = /(ovich|evich|ovitch|evitch|ovych|evych|ovna|evna|ivna|ichna)$/;

// Indices into HOWS: the alignment records how each pair matched as a byte, without a look-up per pair.
const EXACT = 0;
const PHONETIC = 1;
const FUZZY = 2;
const INITIAL = 3;
const TRANSLATED = 5;
const RESPELT = 6;
const WADE_GILES = 7;
const NUMBER = 8;

/** How the last `tokenSimilarity` call matched (kept out of the return value to avoid an allocation per pair). */
let lastHow: number = FUZZY;
/** Whether the last `scoreNames` call scored the query as a short form of the listed name. */
let lastSubset = false;
const HOWS: How[] = [
  "exact",
  "phonetic",
  "fuzzy",
  "initial",
  "initials",
  "translated",
  "respelt",
  "wade-giles",
  "number",
];

/** An acronym counts for less than the words it abbreviates: it is one token standing for several. */
export const INITIALS_SIMILARITY = 0.85;
/** A query made of words all found in a longer listed firm's name scores this share of its coverage. */
export const SUBSET_SHARE = 0.85;

/** An English word spelt the Russian way (KEIS for CASE): the same word, as a transliteration variant is. */
export const RESPELT_SIMILARITY = 0.94;

/** A number written as digits, with an ordinal suffix or as an English word (3, 3RD, THIRD, THREE): one value. */
export const NUMBER_SIMILARITY = 0.94;

/** Chinese syllables in Wade–Giles and in pinyin (HSIN / XIN): one word, as a transliteration variant is. */
export const ROMANIZATION_SIMILARITY = 0.94;

/** A romanized Russian word and the English word lists translate it to (ZAVOD / PLANT): one word, told apart. */
export const TRANSLATION_SIMILARITY = 0.9;

/**
 * In a person's name a loosely similar word is another name (KOZLOV is not KAZAZAEV): below this a fuzzy
 * pair does not align, so a common given name and patronymic cannot carry a surname that only looks alike.
 */
const PERSON_FUZZY_FLOOR = 0.7;

/** Jaro–Winkler of the letters below which a shared or similar phonetic key is taken for chance. */
const KEY_LETTER_FLOOR = 0.7;

/** Acronyms of 3–6 letters; two letters ("GU", "KB") match too many runs by chance. */
const MIN_ACRONYM = 3;
const MAX_ACRONYM = 6;

/**
 * Similarity of two tokens: exact, same phonetic key (transliteration variants), an initial, or a
 * Jaro–Winkler score mapped so that anything below 0.84 (unrelated words) counts as no match.
 */
export function tokenSimilarity(a: string, ka: string, b: string, kb: string): number {
  if (a === b) {
    lastHow = EXACT;
    return 1;
  }
  const short = Math.min(a.length, b.length);
  // The key drops vowels and folds consonants, so among 100,000 names unrelated words share one (PEAKVIEW
  // and PUKIOV, SEVER and SAVYURUER): the key vouches for a pair only when the letters agree loosely too.
  // Below KEY_LETTER_FLOOR the letters' similarity decides nothing (no key match, no fuzzy match, see below),
  // so pairs whose bound is lower skip the measure: most pairs a query meets are unrelated words.
  const letters = short >= 4 && jaroWinklerBound(a, b) >= KEY_LETTER_FLOOR ? jaroWinkler(a, b) : 0;
  const keyCounts = letters >= KEY_LETTER_FLOOR;
  if (short >= 4 && ka === kb && ka.length >= 3 && keyCounts) {
    lastHow = PHONETIC;
    return 0.94;
  }
  // Short words are too short for the phonetic key (it keeps two letters of "khit"), but a transliteration
  // digraph is still no typo: KHIT/HIT, IUP/YUP, KSI/XI are one word to a list.
  if (short >= 2 && short <= 3 && Math.max(a.length, b.length) <= 4 && foldSpelling(a) === foldSpelling(b)) {
    lastHow = PHONETIC;
    return 0.94;
  }
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b))) {
    lastHow = INITIAL;
    return 0.6;
  }
  lastHow = FUZZY;
  if (short <= 3) return 0;
  let jw = letters;
  if (jw < 0.92 && keyCounts && ka.length >= 3 && kb.length >= 3)
    jw = Math.max(jw, jaroWinkler(ka, kb) * 0.96);
  if (jw >= 0.92) return jw * 0.97;
  if (jw >= 0.84) return ((jw - 0.84) / 0.08) * 0.89;
  return 0;
}

/**
 * A word read from kana against another with r and l folded together (Japanese has one liquid: ザラ・アエロ
 * reads ZARA AERO or ZALA AELO, and is ZALA AERO): a match after folding counts as a phonetic one at best.
 * Writes into SIM / HOW at `at` when it beats what is there.
 */
function oneLiquid(a: string, b: string, at: number): void {
  if (!/[rl]/.test(a) || !/[rl]/.test(b)) return;
  const fa = a.replace(/r/g, "l");
  const fb = b.replace(/r/g, "l");
  const v = Math.min(0.94, tokenSimilarity(fa, phoneticKey(fa), fb, phoneticKey(fb)));
  if (v > SIM[at]!) {
    SIM[at] = v;
    HOW[at] = lastHow === EXACT ? PHONETIC : lastHow;
  }
}

/**
 * Transliteration digraphs folded to one spelling (kh/h, iu/yu, ia/ya, ks/x, w/v, ie/e), for short words.
 * Remembered: the same few short words (syllables, initials) meet every candidate of a query.
 */
function foldSpelling(t: string): string {
  const hit = folded.get(t);
  if (hit !== undefined) return hit;
  const f = fold(t);
  if (folded.size < FOLDED_LIMIT) folded.set(t, f);
  return f;
}

const folded = new Map<string, string>();
const FOLDED_LIMIT = 100_000;

function fold(t: string): string {
  return t
    .replace(/kh/g, "h")
    .replace(/iu/g, "yu")
    .replace(/ia/g, "ya")
    .replace(/ks/g, "x")
    .replace(/w/g, "v")
    .replace(/ie/g, "e");
}

/**
 * Joins 2–4 adjacent tokens of `a` that spell one token of `b`: "hua wei" vs "huawei", pinyin syllables
 * "shen zhen" vs "shenzhen", "cheng xin" vs "chengxing" (one letter off, first syllable exact), Korean
 * syllables "kim jong un" vs "jongun". Syllables of a Chinese or Korean name also join into a listed word
 * they sound like from its first letter on: a foreign name or brand written in hanzi is transcribed syllable
 * by syllable (艾利特 ai li te = ALITE), so the joined syllables are that word with a vowel or two added
 * (`syllableTranscription`). Merged tokens remember their parts for explanations.
 */
function mergeSplitTokens(a: PreparedName, b: PreparedName): PreparedName {
  const at = a.tokens;
  if (at.length < 2) return a;
  let out: string[] | undefined;
  let from: string[] | undefined;
  let same: number[] | undefined;
  for (let i = 0; i < at.length; i++) {
    const here = at[i]!;
    let joined: string | undefined;
    let take = 1;
    // The last token has nothing to join with.
    if (i + 1 < at.length && here.length <= 6 && !b.tokens.includes(here)) {
      const first = here.charCodeAt(0);
      for (const t of b.tokens) {
        // Both ways of joining need the listed word to start with the same letter: test that first.
        if (t.length <= here.length || t.charCodeAt(0) !== first) continue;
        const prefix = t.startsWith(here);
        if (!(prefix || a.transcribes)) continue;
        let concat = here;
        for (let k = 1; k < 4 && i + k < at.length; k++) {
          concat += at[i + k]!;
          if (concat.length > t.length + 1) break;
          if (
            (prefix &&
              (concat === t ||
                (t.length >= 6 &&
                  Math.abs(concat.length - t.length) <= 1 &&
                  jaroWinkler(concat, t) >= 0.95))) ||
            (a.transcribes && !b.syllabic && syllableTranscription(concat, t))
          ) {
            joined = concat;
            take = k + 1;
          }
        }
        if (joined !== undefined) break;
      }
    }
    if (joined !== undefined) {
      if (!out) {
        out = at.slice(0, i);
        same = out.map((_, k) => k);
      }
      from ??= a.from ? a.from.slice(0, i) : at.slice(0, i);
      out.push(joined);
      same!.push(-1);
      from.push(at.slice(i, i + take).join(" "));
      i += take - 1;
    } else if (out) {
      out.push(here);
      same!.push(i);
      from!.push(a.from?.[i] ?? here);
    }
  }
  if (!out) return a;
  const merged = { ...fromTokens(a.raw, out, a, same), from: from! };
  if (a.syllabic) merged.syllabic = true;
  if (a.transcribes) merged.transcribes = true;
  return merged;
}

/**
 * Whether syllables joined (`joined`, from a Chinese or Korean name) transcribe the listed word `word`:
 * at most one letter longer, and the same phonetic key with letters that agree (ailite / ALITE). A foreign
 * word loses no consonant when it is written in hanzi; it gains vowels (特 te for a final t).
 */
function syllableTranscription(joined: string, word: string): boolean {
  if (word.length < 4 || joined.length > word.length + 1 || joined.length < word.length) return false;
  const key = phoneticKey(word);
  return key.length >= 3 && phoneticKey(joined) === key && jaroWinkler(joined, word) >= 0.85;
}

// Scratch space for the alignment: names have a handful of tokens, so 32 × 32 is plenty (longer names
// are truncated to their first 32 tokens for the alignment only).
const MAX = 32;
const SIM = new Float64Array(MAX * MAX);
const HOW = new Uint8Array(MAX * MAX);
const USED_Q = new Uint8Array(MAX);
const USED_C = new Uint8Array(MAX);

/**
 * Order-insensitive name similarity: tokens are aligned greedily by similarity (a Monge–Elkan-style
 * assignment), then weighted by rarity (`weight`, e.g. inverse document frequency) on both sides.
 * score = 0.6 × share of the query explained + 0.4 × share of the listed name explained.
 * Pass `matched` to receive the aligned token pairs (for explanations).
 */
export function scoreNames(
  query: PreparedName,
  candidate: PreparedName,
  weight: (token: string) => number,
  matched?: TokenMatch[],
  compared?: { query?: PreparedName },
): number {
  const q = mergeSplitTokens(query, candidate);
  if (compared) compared.query = q;
  const c = mergeSplitTokens(candidate, q);
  const n = Math.min(q.tokens.length, MAX);
  const m = Math.min(c.tokens.length, MAX);
  const wq = weightsOf(q, weight, false);
  const wc = weightsOf(c, weight, true);
  const liquid = q.liquid === true || c.liquid === true;
  const syllabic = q.syllabic === true || c.syllabic === true;
  const wadeGiles = (q.wadeGiles || c.wadeGiles) && wadeGilesApplies(q) && wadeGilesApplies(c);
  const numbered = q.numbered && c.numbered;
  for (let i = 0; i < n; i++) {
    const qPatronymic = q.patronymic[i]!;
    for (let j = 0; j < m; j++) {
      // A patronymic (Petrovich) is never a surname (Petrov): aligning them made "Petrov Sergei
      // Mikhailovich" look like "MIKHAILOV, Sergei Petrovich".
      if (qPatronymic !== c.patronymic[j] && surnameOfPatronymic(q, i, c, j)) {
        SIM[i * MAX + j] = 0;
        HOW[i * MAX + j] = FUZZY;
        continue;
      }
      SIM[i * MAX + j] = tokenSimilarity(q.tokens[i]!, q.keys[i]!, c.tokens[j]!, c.keys[j]!);
      HOW[i * MAX + j] = lastHow;
      if (liquid && SIM[i * MAX + j]! < 0.94) oneLiquid(q.tokens[i]!, c.tokens[j]!, i * MAX + j);
      if (c.person && lastHow === FUZZY && SIM[i * MAX + j]! < PERSON_FUZZY_FLOOR) SIM[i * MAX + j] = 0;
      if (SIM[i * MAX + j]! < TRANSLATION_SIMILARITY && (q.glossed || c.glossed) && translated(q, i, c, j)) {
        SIM[i * MAX + j] = TRANSLATION_SIMILARITY;
        HOW[i * MAX + j] = TRANSLATED;
      }
      if (SIM[i * MAX + j]! < RESPELT_SIMILARITY && !syllabic && respelt(q, i, c, j)) {
        SIM[i * MAX + j] = RESPELT_SIMILARITY;
        HOW[i * MAX + j] = RESPELT;
      }
      if (
        wadeGiles &&
        SIM[i * MAX + j]! < ROMANIZATION_SIMILARITY &&
        sameChineseSyllables(q.tokens[i]!, c.tokens[j]!)
      ) {
        SIM[i * MAX + j] = ROMANIZATION_SIMILARITY;
        HOW[i * MAX + j] = WADE_GILES;
      }
      if (numbered && SIM[i * MAX + j]! < 1 && sameNumber(q.tokens[i]!, c.tokens[j]!)) {
        SIM[i * MAX + j] = NUMBER_SIMILARITY;
        HOW[i * MAX + j] = NUMBER;
      }
    }
  }
  USED_Q.fill(0, 0, n);
  USED_C.fill(0, 0, m);
  let gotQ = 0;
  let gotC = 0;
  let anchors = 0;
  let loose = 0;
  for (;;) {
    let best = 0;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (USED_Q[i]) continue;
      for (let j = 0; j < m; j++) {
        const v = SIM[i * MAX + j]!;
        if (v > best && !USED_C[j]) {
          best = v;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) break;
    USED_Q[bi] = 1;
    USED_C[bj] = 1;
    if (best >= 0.9) anchors++;
    else loose++;
    gotQ += wq[bi]! * best;
    gotC += wc[bj]! * best;
    matched?.push({
      q: q.tokens[bi]!,
      qFrom: q.from?.[bi] ?? q.tokens[bi]!,
      c: c.tokens[bj]!,
      sim: best,
      how: HOWS[HOW[bi * MAX + bj]!]!,
    });
  }
  // Acronyms: a token left unmatched that spells the initials of a run of unmatched tokens on the other
  // side ("arz" = aviatsionny remontny zavod), either way round. Pinyin and Hangul syllables are no run,
  // people have no acronyms, and an acronym alone says too little ("KLA" = Kondrakhin Leontiy
  // Andreyevich): it only counts beside a word both names share.
  if (anchors > 0 && !q.syllabic && !c.syllabic && !c.person) {
    for (let i = 0; i < n; i++) {
      if (USED_Q[i]) continue;
      const j = initialsRun(q.tokens[i]!, c.tokens, m, USED_C);
      if (j < 0) continue;
      const len = lastRunLength;
      USED_Q[i] = 1;
      gotQ += wq[i]! * INITIALS_SIMILARITY;
      for (let k = j; k < j + len; k++) {
        USED_C[k] = 1;
        gotC += wc[k]! * INITIALS_SIMILARITY;
      }
      matched?.push({
        q: q.tokens[i]!,
        qFrom: q.from?.[i] ?? q.tokens[i]!,
        c: c.tokens.slice(j, j + len).join(" "),
        sim: INITIALS_SIMILARITY,
        how: "initials",
        ...(lastRunRussian ? { readInRussian: true } : {}),
      });
    }
    for (let j = 0; j < m; j++) {
      if (USED_C[j]) continue;
      const i = initialsRun(c.tokens[j]!, q.tokens, n, USED_Q);
      if (i < 0) continue;
      const len = lastRunLength;
      USED_C[j] = 1;
      gotC += wc[j]! * INITIALS_SIMILARITY;
      for (let k = i; k < i + len; k++) {
        USED_Q[k] = 1;
        gotQ += wq[k]! * INITIALS_SIMILARITY;
      }
      const run = q.tokens.slice(i, i + len).join(" ");
      matched?.push({
        q: run,
        qFrom: run,
        c: c.tokens[j]!,
        sim: INITIALS_SIMILARITY,
        how: "initials",
        ...(lastRunRussian ? { readInRussian: true } : {}),
      });
    }
  }
  let totalQ = wq[q.tokens.length]!;
  let totalC = wc[c.tokens.length]!;
  if (totalQ === 0 || totalC === 0) return 0;
  const conflict = c.person ? undefined : kindConflict(q, n, c, m);
  if (conflict) {
    // Different company words on both sides: they tell two firms that share a word apart, so the words
    // left unmatched weigh in full instead of the low company-word weight.
    for (const t of conflict.query) totalQ += fullWeight(t, weight);
    for (const t of conflict.listed) totalC += fullWeight(t, weight) + (c.tokens.includes(t) ? 0 : weight(t));
  }
  const score = 0.6 * (gotQ / totalQ) + 0.4 * (gotC / totalC);
  // A short form of a firm's name ("ATS HEAVY EQUIPMENT" for "A T S HEAVY EQUIPMENT AND MACHINERY SPARE
  // PARTS TRADING LLC") covers the query but little of the listed name: scored by the query's coverage
  // when every query word is found and at least two of them are distinctive. Not for people, whose
  // given names and patronymic alone name thousands.
  const short = SUBSET_SHARE * (gotQ / totalQ);
  lastSubset = short > score && !c.person && loose === 0 && distinctiveSubset(q, n, weight);
  return lastSubset ? short : score;
}

/**
 * Company words that stand for one another, so that one against another of its group is no difference:
 * units of an organisation (lists print one body as its DEPARTMENT, DIRECTORATE or COMMAND by turns,
 * translations of one Russian or Persian word) and the forms of a Russian research and production body
 * (НПО, НПП, НПК, НПЦ, НИИ, КБ: lists write one firm's form in several of these and their spellings).
 */
const KIND_GROUPS: readonly ReadonlySet<string>[] = [
  new Set(
    "department directorate administration command center office bureau division headquarters".split(" "),
  ),
  new Set("nii npo npp npk npts npc kb okb".split(" ")),
];

/**
 * What a differing company word adds on top of its low weight: its full rarity, and at least half the
 * largest word weight (`weight("")`), since that it differs says "another firm" however common the word is
 * (TRADING against TECHNOLOGY among 100,000 firms, half of which say one or the other).
 */
function fullWeight(token: string, weight: (t: string) => number): number {
  const low = weight(token);
  return Math.max(low / COMPANY_WORD_WEIGHT, 0.5 * weight("")) - low;
}

/**
 * Whether two firm names that were aligned (USED_Q / USED_C) disagree on what kind of firm it is: the query
 * has a company word left unmatched (ELECTRONICS) and the listed firm has a different one left unmatched
 * (CENTER), in this name or in another of its names ("PROMA", an alias of PROMA INDUSTRY). A company word
 * only one side has says nothing (lists add and drop TRADING or GROUP); the same word in another listed
 * name is no difference; one unit word against another is a translation (DEPARTMENT / DIRECTORATE).
 * Returns the differing words of each side (a short alias's are its firm's other names' words, which then
 * count in the listed name's total too), or undefined.
 */
function kindConflict(
  q: PreparedName,
  n: number,
  c: PreparedName,
  m: number,
): { query: string[]; listed: string[] } | undefined {
  const queryKinds: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = q.tokens[i]!;
    if (USED_Q[i] || !COMPANY_WORDS.has(t)) continue;
    if (c.kinds?.has(t)) return undefined;
    queryKinds.push(t);
  }
  if (queryKinds.length === 0) return undefined;
  const listedKinds: string[] = [];
  for (let j = 0; j < m; j++)
    if (!USED_C[j] && COMPANY_WORDS.has(c.tokens[j]!)) listedKinds.push(c.tokens[j]!);
  if (listedKinds.length === 0 && c.kinds) {
    const aligned = new Set<string>();
    for (let j = 0; j < m; j++) if (USED_C[j]) aligned.add(c.tokens[j]!);
    for (const t of c.kinds) if (!aligned.has(t) && !q.tokens.includes(t)) listedKinds.push(t);
  }
  if (listedKinds.length === 0) return undefined;
  const all = [...queryKinds, ...listedKinds];
  if (KIND_GROUPS.some((g) => all.every((t) => g.has(t)))) return undefined;
  return { query: queryKinds, listed: listedKinds };
}

/**
 * Whether every query token was aligned (the caller checks none fuzzily) and at least two of them are
 * distinctive words: not company or place words, three characters or more, not a number, and rare — at
 * least half the weight of a word the lists do not contain (`weight("")`, the largest there is), which at
 * 100,000 entities means in at most a few hundred of them. "ISLAMIC REPUBLIC" or "GENERAL STATE" is no
 * short form of anything.
 */
function distinctiveSubset(q: PreparedName, n: number, weight: (token: string) => number): boolean {
  if (n < 2) return false;
  const rare = 0.5 * weight("");
  let distinctive = 0;
  for (let i = 0; i < n; i++) {
    if (!USED_Q[i]) return false;
    const t = q.tokens[i]!;
    if (t.length < 3 || /^[0-9]+$/.test(t) || COMPANY_WORDS.has(t) || PLACE_WORDS.has(t)) continue;
    if (weight(t) >= rare) distinctive++;
  }
  return distinctive >= 2;
}

/** `scoreNames` with the aligned pairs and the query words left unmatched, for explanations. */
export function compareNames(
  query: PreparedName,
  candidate: PreparedName,
  weight: (token: string) => number,
): NameComparison {
  const matched: TokenMatch[] = [];
  const compared: { query?: PreparedName } = {};
  const score = scoreNames(query, candidate, weight, matched, compared);
  const subset = lastSubset;
  const queryTokens = compared.query?.tokens ?? query.tokens;
  const used = new Set(matched.map((x) => x.q));
  const missing = queryTokens.filter((t) => !used.has(t));
  return { score, matched, queryTokens, missing, subset };
}

/** How many tokens the last successful `initialsRun` call spanned. */
let lastRunLength = 0;
/** Whether that run's initials took the letter of a Russian word an English one translates (see below). */
let lastRunRussian = false;

/**
 * Start of a run of consecutive unused tokens (each a word of two letters or more) whose initials spell
 * `acronym`, or -1; the run's length is left in `lastRunLength`. A Russian compound word gives one letter
 * per stem when that fits ("sr" of sudoremontnyy in SRZ, see `stemInitials`), else its first letter, else
 * the first letter of a Russian word it translates (ARZ for AIRCRAFT REPAIR PLANT, `russianInitialsOf`). At
 * most 32 starts × 6 letters per call.
 */
function initialsRun(acronym: string, tokens: string[], count: number, used: Uint8Array): number {
  const len = acronym.length;
  if (len < MIN_ACRONYM || len > MAX_ACRONYM || !/^[a-z]+$/.test(acronym)) return -1;
  for (let start = 0; start < count; start++) {
    let k = 0;
    let t = start;
    let russian = false;
    while (k < len && t < count && !used[t] && tokens[t]!.length >= 2) {
      const token = tokens[t]!;
      const stems = token.length >= 8 ? stemInitials(token) : token.charAt(0);
      if (stems.length > 1 && acronym.startsWith(stems, k)) k += stems.length;
      else if (token.charCodeAt(0) === acronym.charCodeAt(k)) k++;
      else if (russianInitialsOf(token).includes(acronym.charAt(k))) {
        k++;
        russian = true;
      } else break;
      t++;
    }
    if (k === len) {
      lastRunLength = t - start;
      lastRunRussian = russian;
      return start;
    }
  }
  return -1;
}

/**
 * Initials of every run of 3–6 consecutive words (two letters or more each), for blocking acronyms; where
 * a run holds a Russian compound word, also with one letter per stem ("srz" for sudoremontnyy zavod); where
 * it holds English words of the Russian glossary, also with their Russian initials, first and last choice
 * ("ark" and "arz" for aircraft repair plant: KOMBINAT, ZAVOD).
 */
export function initialsOfRuns(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let start = 0; start < tokens.length; start++) {
    let initials = "";
    let stems = "";
    let first = "";
    let last = "";
    for (let k = start; k < tokens.length && k - start < MAX_ACRONYM; k++) {
      const t = tokens[k]!;
      if (t.length < 2 || !/^[a-z]/.test(t)) break;
      initials += t[0];
      if (initials.length >= MIN_ACRONYM) out.push(initials);
      stems += t.length >= 8 ? stemInitials(t) : t[0];
      if (stems !== initials && stems.length >= MIN_ACRONYM && stems.length <= MAX_ACRONYM) out.push(stems);
      const russian = russianInitialsOf(t);
      first += russian.charAt(0) || t[0];
      last += russian.charAt(russian.length - 1) || t[0];
      if (initials.length >= MIN_ACRONYM) {
        if (first !== initials) out.push(first);
        if (last !== first && last !== initials) out.push(last);
      }
    }
  }
  return out;
}

/** Whether a token could be an acronym matched by `initialsOfRuns`. */
export function mayBeAcronym(token: string): boolean {
  return token.length >= MIN_ACRONYM && token.length <= MAX_ACRONYM && /^[a-z]+$/.test(token);
}

/**
 * Whether one of the two tokens is a patronymic and the other the surname it is built on (Petrovich /
 * Petrov, Mikhaylovich / Mikhailov): never the same name part, whatever the letters say. A misspelt
 * patronymic (Faritoivch) is as long as the real one and is not caught.
 */
function surnameOfPatronymic(q: PreparedName, i: number, c: PreparedName, j: number): boolean {
  const [p, pk, t, tk] = q.patronymic[i]
    ? [q.tokens[i]!, q.keys[i]!, c.tokens[j]!, c.keys[j]!]
    : [c.tokens[j]!, c.keys[j]!, q.tokens[i]!, q.keys[i]!];
  return p.length - t.length >= 3 && tk.length >= 3 && pk.startsWith(tk);
}

/**
 * Whether two different words are one English word, one of them spelt the Russian way (KEIS / CASE,
 * SEKYURITI / SECURITY; `englishRespelling`): both of four letters or more, and the same sound spelling.
 */
function respelt(q: PreparedName, i: number, c: PreparedName, j: number): boolean {
  const a = q.respelt[i]!;
  return a.length >= 3 && a === c.respelt[j] && q.tokens[i]!.length >= 4 && c.tokens[j]!.length >= 4;
}

/**
 * Whether one token is a romanized Russian or Persian word the other translates (see
 * `scripts/russian-glossary.ts`, `scripts/persian-glossary.ts`).
 */
function translated(q: PreparedName, i: number, c: PreparedName, j: number): boolean {
  return q.gloss[i]?.includes(c.tokens[j]!) === true || c.gloss[j]?.includes(q.tokens[i]!) === true;
}

/**
 * Syllables of a Korean name, or of a bare 2–4-hanzi personal name, are not compared as Wade–Giles: Korean
 * syllables spell pinyin ones by chance, and personal names are given to the person rule.
 */
function wadeGilesApplies(p: PreparedName): boolean {
  return p.syllabic !== true || p.transcribes === true;
}

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  [
    ["one", "first"],
    ["two", "second"],
    ["three", "third"],
    ["four", "fourth"],
    ["five", "fifth"],
    ["six", "sixth"],
    ["seven", "seventh"],
    ["eight", "eighth"],
    ["nine", "ninth"],
    ["ten", "tenth"],
  ].flatMap(([cardinal, ordinal], k) => [
    [cardinal!, k + 1],
    [ordinal!, k + 1],
  ]),
);

/**
 * The value of a token that is a number: digits (35), digits with an English ordinal suffix (35TH, 1ST) or an
 * English number or ordinal word up to ten (THIRD, THREE). Undefined for any other token.
 */
export function numberOf(token: string): number | undefined {
  const word = NUMBER_WORDS.get(token);
  if (word !== undefined) return word;
  const m = /^(\d{1,6})(?:st|nd|rd|th)?$/.exec(token);
  return m ? Number(m[1]) : undefined;
}

/** Whether two different tokens write one number (3 / THIRD / 3RD; 007 / 7). */
function sameNumber(a: string, b: string): boolean {
  const x = numberOf(a);
  return x !== undefined && x === numberOf(b);
}
