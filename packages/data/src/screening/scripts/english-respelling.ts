/**
 * English words written in Cyrillic and romanized back (КЕЙС → KEIS for CASE, СЕКЬЮРИТИ → SEKYURITI for
 * SECURITY, ЛОДЖИСТИКС → LODZHISTIKS for LOGISTICS, ТРЕЙДИНГ → TREYDING for TRADING): lists print Russian
 * firms with English names both ways. Both spellings fold to one rough sound spelling that keeps the vowels
 * (unlike the phonetic key, so unrelated words rarely meet): the Russian digraphs read as English letters
 * (dzh → j, kh → h, yu → u), the English spellings read as they sound (c before e/i/y → s, else k; soft g →
 * j; ei/ey/ai/ay → a; a silent final e dropped; y → i between consonants and at the end; double letters single; ou → u).
 */
export function englishRespelling(token: string): string {
  const hit = cache.get(token);
  if (hit !== undefined) return hit;
  const folded = fold(token);
  if (cache.size < CACHE_LIMIT) cache.set(token, folded);
  return folded;
}

// A pure function of the token, computed for every token of every prepared name (and again when syllables
// are joined per candidate): remembered, bounded like the phonetic key's cache.
const cache = new Map<string, string>();
const CACHE_LIMIT = 500_000;

function fold(token: string): string {
  return token
    .replace(/dzh|zh/g, "j")
    .replace(/[kc]h/g, "h")
    .replace(/ck/g, "k")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/c/g, "k")
    .replace(/q/g, "k")
    .replace(/x/g, "ks")
    .replace(/ph/g, "f")
    .replace(/w/g, "v")
    .replace(/g(?=[eiy])/g, "j")
    .replace(/yu/g, "u")
    .replace(/[ea][iy]/g, "a")
    .replace(/ou/g, "u")
    .replace(/([^aeiouy])e$/, "$1")
    .replace(/(?:iy|yy|ii|yj|ij|y)$/, "i")
    .replace(/(?<=[^aeiou])y(?=[^aeiou])/g, "i")
    .replace(/([a-z])\1+/g, "$1");
}
