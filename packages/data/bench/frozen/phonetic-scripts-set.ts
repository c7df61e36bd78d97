/**
 * Frozen copy of the phonetic key as `bench/make-eval-set-scripts.ts` was run with (src/screening/phonetic.ts
 * before the Metaphone c → k/s rule of 2026-11-30): the generator picks held-out aliases that share a key
 * with the entity's other names, so importing the live key made the committed set drift whenever the
 * matcher learnt a spelling rule. Do not edit; the live key is the matcher's.
 */
const RULES: [RegExp, string][] = [
  [/(iy|yy|ii|ij|yi|yj)$/, "i"],
  [/y$/, "i"],
  [/off$/, "ov"],
  [/dzh/g, "j"],
  [/shch|sch/g, "s"],
  [/tch/g, "c"],
  [/sh/g, "s"],
  [/ch/g, "c"],
  [/zh/g, "j"],
  [/kh/g, "h"],
  [/gh/g, "g"],
  [/ph/g, "f"],
  [/th/g, "t"],
  [/ts|tz/g, "c"],
  [/ck/g, "k"],
  [/x/g, "ks"],
  [/q/g, "k"],
  [/w/g, "v"],
  [/y/g, "i"],
  [/(.)\1+/g, "$1"],
];

// Keys are pure functions of the token and names repeat a lot: remember them (bounded).
const cache = new Map<string, string>();
const CACHE_LIMIT = 500_000;

export function frozenPhoneticKey(token: string): string {
  const hit = cache.get(token);
  if (hit !== undefined) return hit;
  const key = computeKey(token);
  if (cache.size < CACHE_LIMIT) cache.set(token, key);
  return key;
}

function computeKey(token: string): string {
  if (token.length === 0) return "";
  if (/^[0-9]+$/.test(token)) return token;
  let t = token;
  for (const [re, to] of RULES) t = t.replace(re, to);
  // Vowel-like letters after the first position carry little identity across transliterations.
  const head = t[0] === "i" || t[0] === "e" || t[0] === "a" || t[0] === "o" || t[0] === "u" ? "a" : t[0]!;
  const tail = t.slice(1).replace(/[aeiouh]/g, "");
  return (head + tail).replace(/(.)\1+/g, "$1");
}
