import { nameTokens } from "./normalize.ts";
import { phoneticKey } from "./phonetic.ts";
import { jaroWinkler } from "./similarity.ts";

/** A name broken into normalized tokens and their phonetic keys, computed once per name. */
export interface PreparedName {
  raw: string;
  tokens: string[];
  keys: string[];
}

export function prepareName(raw: string): PreparedName {
  const tokens = nameTokens(raw);
  return { raw, tokens, keys: tokens.map(phoneticKey) };
}

type How = "exact" | "phonetic" | "fuzzy" | "initial";

interface TokenMatch {
  q: string;
  c: string;
  sim: number;
  how: How;
}

export interface NameComparison {
  score: number;
  matched: TokenMatch[];
  /** Query tokens that found no counterpart. */
  missing: string[];
}

/** Russian patronymics say less about identity than given and family names; lists often omit them. */
const PATRONYMIC = /(ovich|evich|ovitch|evitch|ovych|evych|ovna|evna|ivna|ichna)$/;

/**
 * Similarity of two tokens: exact, same phonetic key (transliteration variants), an initial, or a
 * Jaro–Winkler score mapped so that anything below 0.84 (unrelated words) counts as no match.
 */
export function tokenSimilarity(a: string, ka: string, b: string, kb: string): { sim: number; how: How } {
  if (a === b) return { sim: 1, how: "exact" };
  const short = Math.min(a.length, b.length);
  if (short >= 4 && ka === kb && ka.length >= 3) return { sim: 0.94, how: "phonetic" };
  if ((a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b)))
    return { sim: 0.6, how: "initial" };
  if (short <= 3) return { sim: 0, how: "fuzzy" };
  const jw = Math.max(jaroWinkler(a, b), ka.length >= 3 && kb.length >= 3 ? jaroWinkler(ka, kb) * 0.96 : 0);
  if (jw >= 0.92) return { sim: jw * 0.97, how: "fuzzy" };
  if (jw >= 0.84) return { sim: ((jw - 0.84) / 0.08) * 0.89, how: "fuzzy" };
  return { sim: 0, how: "fuzzy" };
}

/** Joins adjacent tokens of `a` that spell one token of `b` ("hua wei" vs "huawei"). */
function mergeSplitTokens(a: PreparedName, b: PreparedName): PreparedName {
  if (a.tokens.length < 2) return a;
  const target = new Set(b.tokens);
  const tokens: string[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const here = a.tokens[i]!;
    const next = a.tokens[i + 1];
    if (next !== undefined && !target.has(here) && target.has(here + next)) {
      tokens.push(here + next);
      i++;
    } else tokens.push(here);
  }
  if (tokens.length === a.tokens.length) return a;
  return { raw: a.raw, tokens, keys: tokens.map(phoneticKey) };
}

/**
 * Order-insensitive name similarity: tokens are aligned greedily by similarity (a Monge–Elkan-style
 * assignment), then weighted by rarity (`weight`, e.g. inverse document frequency) on both sides.
 * score = 0.6 × share of the query explained + 0.4 × share of the listed name explained.
 */
export function compareNames(
  query: PreparedName,
  candidate: PreparedName,
  weight: (token: string) => number,
): NameComparison {
  const q = mergeSplitTokens(query, candidate);
  const c = mergeSplitTokens(candidate, q);
  const pairs: { i: number; j: number; sim: number; how: How }[] = [];
  for (let i = 0; i < q.tokens.length; i++) {
    for (let j = 0; j < c.tokens.length; j++) {
      const s = tokenSimilarity(q.tokens[i]!, q.keys[i]!, c.tokens[j]!, c.keys[j]!);
      if (s.sim > 0) pairs.push({ i, j, sim: s.sim, how: s.how });
    }
  }
  pairs.sort((x, y) => y.sim - x.sim);
  const usedQ = new Uint8Array(q.tokens.length);
  const usedC = new Uint8Array(c.tokens.length);
  const matched: TokenMatch[] = [];
  let gotQ = 0;
  let gotC = 0;
  for (const p of pairs) {
    if (usedQ[p.i] || usedC[p.j]) continue;
    usedQ[p.i] = 1;
    usedC[p.j] = 1;
    const qt = q.tokens[p.i]!;
    const ct = c.tokens[p.j]!;
    gotQ += weight(qt) * p.sim;
    gotC += candidateWeight(ct, weight) * p.sim;
    matched.push({ q: qt, c: ct, sim: p.sim, how: p.how });
  }
  let totalQ = 0;
  for (const t of q.tokens) totalQ += weight(t);
  let totalC = 0;
  for (const t of c.tokens) totalC += candidateWeight(t, weight);
  const missing = q.tokens.filter((_, i) => usedQ[i] === 0);
  const score = totalQ === 0 || totalC === 0 ? 0 : 0.6 * (gotQ / totalQ) + 0.4 * (gotC / totalC);
  return { score, matched, missing };
}

function candidateWeight(token: string, weight: (t: string) => number): number {
  return PATRONYMIC.test(token) ? weight(token) * 0.4 : weight(token);
}
