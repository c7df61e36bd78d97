/**
 * chiproad's own phonetic key for romanized names, in the spirit of Metaphone/Daitch–Mokotoff but tuned
 * to the variants seen on sanctions lists: Russian endings (-iy/-yy/-ii/-ij → i), kh/h/x, ts/tz/c,
 * shch/sch/sh, zh/j, ya/ia, yu/iu, ff/v (Ivanoff), w/v, doubled letters. Keeps the first letter, then
 * the consonant skeleton, so Zakharov/Zaharov → "zhrv" and Aleksandr/Alexander → "alksndr".
 */
const RULES: [RegExp, string][] = [
  [/(iy|yy|ii|ij|yi|yj)$/, "i"],
  [/y$/, "i"],
  [/off$/, "ov"],
  // A written c (not ch/ck/cz/cs) is k before a, o, u, a consonant or the end, s before e, i, y, as in
  // Metaphone: Viktor/Victor, Nikolai/Nicolai, Karlos/Carlos are one name.
  [/c(?=[eiy])/g, "s"],
  [/c(?![hkzs])/g, "k"],
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

export function phoneticKey(token: string): string {
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
