// Scratch flags reused across calls: screening compares thousands of short tokens per query and
// allocating two arrays per comparison dominated its cost.
let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

/** Jaro–Winkler similarity (Winkler 1990), prefix scale 0.1 over at most 4 characters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  if (la > flagsA.length) flagsA = new Uint8Array(la * 2);
  if (lb > flagsB.length) flagsB = new Uint8Array(lb * 2);
  const matchedA = flagsA;
  const matchedB = flagsB;
  matchedA.fill(0, 0, la);
  matchedB.fill(0, 0, lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    const ca = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (matchedB[j] === 0 && b.charCodeAt(j) === ca) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (matchedA[i] === 0) continue;
    while (matchedB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  const maxPrefix = Math.min(4, la, lb);
  while (prefix < maxPrefix && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

// Letter counts of the first word for `jaroWinklerBound`, zeroed again after each call.
const counts = new Int32Array(128);

/**
 * An upper bound of `jaroWinkler(a, b)` for two different words: the Jaro formula with as many matches as
 * the words share letters (counted with repeats, ignoring the matching window) and no transposition, with
 * the same prefix bonus. Far cheaper than the measure; screening compares hundreds of token pairs per query,
 * most of them unrelated, and only needs to know that those score too low to count. Returns 1 for words
 * with letters outside ASCII.
 */
export function jaroWinklerBound(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  let i = 0;
  for (; i < la; i++) {
    const c = a.charCodeAt(i);
    if (c >= 128) break;
    counts[c]!++;
  }
  let shared = 0;
  if (i === la)
    for (let j = 0; j < lb; j++) {
      const c = b.charCodeAt(j);
      if (c < 128 && counts[c]! > 0) {
        counts[c]!--;
        shared++;
      }
    }
  for (let k = 0; k < i; k++) counts[a.charCodeAt(k)] = 0;
  if (i < la) return 1;
  if (shared === 0) return 0;
  const jaro = (shared / la + shared / lb + 1) / 3;
  let prefix = 0;
  const maxPrefix = Math.min(4, la, lb);
  while (prefix < maxPrefix && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Levenshtein edit distance (insert, delete, substitute), two-row dynamic programme. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
