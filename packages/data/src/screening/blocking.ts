import { initialsOfRuns, mayBeAcronym, numberOf, type PreparedName } from "./name-match.ts";
import { phoneticKey } from "./phonetic.ts";
import { chineseSyllables } from "./scripts/wade-giles.ts";

/**
 * Blocking keys of a name: each token, its phonetic key, its first and last four letters (a typo in the
 * middle of a word keeps one of them), and adjacent tokens joined ("hua wei" → "huawei"). With
 * `isKnown` (query side), words already present in the index skip the typo keys.
 */
export function blockingKeys(name: PreparedName, isKnown?: (token: string) => boolean): string[] {
  const keys: string[] = [];
  const add = (token: string, key: string) => {
    keys.push(`t:${token}`);
    if (key.length >= 3) keys.push(`p:${key}`);
    // A query word that the lists contain verbatim needs no typo recovery: skip its prefix/suffix keys.
    if (token.length >= 5 && !isKnown?.(token)) {
      keys.push(`f:${token.slice(0, 4)}`);
      keys.push(`s:${token.slice(-4)}`);
    }
  };
  const { tokens } = name;
  for (let i = 0; i < tokens.length; i++) {
    add(tokens[i]!, name.keys[i]!);
    // A romanized Russian word is also posted (and looked up) under its English translations: ZAVOD, PLANT.
    for (const english of name.gloss[i] ?? []) keys.push(`t:${english}`);
    // An English word spelt the Russian way (KEIS, CASE) is posted and looked up under its sound spelling
    // (not pinyin or Hangul syllables, which are no English words).
    const respelt = name.respelt[i]!;
    if (!name.syllabic && respelt !== tokens[i] && respelt.length >= 3 && tokens[i]!.length >= 4)
      keys.push(`e:${respelt}`);
    // Chinese syllables in Wade–Giles (HSIN) and in pinyin (XIN), both ways: a listed pinyin word is posted
    // under its Wade–Giles spelling (w:), which a query word written in Wade–Giles looks up; a listed
    // Wade–Giles word is posted under g:, which a query's pinyin word looks up by its Wade–Giles spelling.
    // Not Korean syllables or a Chinese person's (see `wadeGilesApplies` in name-match.ts).
    const chinese = name.syllabic && !name.transcribes ? undefined : chineseSyllables(tokens[i]!);
    if (chinese !== undefined) {
      const t = tokens[i]!;
      if (chinese.wadeGiles) keys.push(isKnown ? `w:${t}` : `g:${t}`);
      if (chinese.pinyin !== undefined && chinese.pinyin !== t)
        keys.push(isKnown ? `g:${chinese.pinyin}` : `w:${chinese.pinyin}`);
    }
    // A number written as an ordinal or a word (THIRD, 3RD) is posted and looked up as its digits too.
    const value = numberOf(tokens[i]!);
    if (value !== undefined && String(value) !== tokens[i]) keys.push(`t:${value}`);
    const joined = name.pairs[i];
    if (joined !== undefined) {
      keys.push(`t:${joined}`);
      const k = phoneticKey(joined);
      if (k.length >= 3) keys.push(`p:${k}`);
      // Query side: syllables written apart ("cheng xin") may be one listed word spelt a little differently
      // ("chengxing"), or three syllables one word ("jia he heng").
      if (isKnown && name.syllabic && joined.length >= 5 && !isKnown(joined)) {
        keys.push(`f:${joined.slice(0, 4)}`);
        keys.push(`s:${joined.slice(-4)}`);
        const third = tokens[i + 2];
        if (third !== undefined) {
          keys.push(`t:${joined}${third}`);
          // Three syllables transcribing one foreign word (ai li te → ALITE, see `mergeSplitTokens`).
          const k3 = name.transcribes ? phoneticKey(`${joined}${third}`) : "";
          if (k3.length >= 3) keys.push(`p:${k3}`);
        }
      }
    }
  }
  // Acronyms, both ways: a listed run "aviatsionny remontny zavod" is posted under a:arz, which a query
  // word "arz" looks up; a query run looks up the listed word spelling its initials (i:arz, read from the
  // t:arz postings). Both count half in candidate ranking, so that chance initials never crowd out the
  // records that share the query's words (see `ScreeningIndex.candidates`). Syllables of
  // Chinese or Korean are not words and make no acronyms.
  if (!name.syllabic) {
    if (isKnown) {
      for (const t of tokens) if (mayBeAcronym(t)) keys.push(`a:${t}`);
      for (const initials of initialsOfRuns(tokens)) keys.push(`i:${initials}`);
    } else for (const initials of initialsOfRuns(tokens)) keys.push(`a:${initials}`);
  }
  return keys;
}
