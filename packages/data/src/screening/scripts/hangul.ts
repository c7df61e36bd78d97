/**
 * Hangul → Latin by syllable decomposition (Unicode 15, §3.12: S = 0xAC00 + (L·21 + V)·28 + T), in two
 * systems: the Revised Romanization of Korean (South Korea, 2000) and McCune–Reischauer (1939; the basis
 * of North Korean romanizations and of many DPRK names on sanctions lists), breves dropped (ŏ → o, ŭ → u),
 * because lists print "KWANGSON", not "KWANGSŎN".
 *
 * Each syllable is romanized on its own (initial voiced/unvoiced choice by position in the word, final
 * consonants as pronounced at a word end) so that the syllables of a name stay separate tokens, as lists
 * write them ("KIM JONG UN"); joined spellings ("Jongun") are matched later by token merging.
 */

/** `mr-syllable`: MR with every syllable in its word-initial form, as lists split names ("CHO SON"). */
export type HangulSystem = "rr" | "mr" | "mr-syllable";

const S_BASE = 0xac00;
const S_COUNT = 11172;

//                 ㄱ   ㄲ    ㄴ   ㄷ   ㄸ    ㄹ   ㅁ   ㅂ   ㅃ    ㅅ   ㅆ    ㅇ  ㅈ   ㅉ    ㅊ    ㅋ   ㅌ   ㅍ   ㅎ
const RR_INITIAL = [
  "g",
  "kk",
  "n",
  "d",
  "tt",
  "r",
  "m",
  "b",
  "pp",
  "s",
  "ss",
  "",
  "j",
  "jj",
  "ch",
  "k",
  "t",
  "p",
  "h",
];
// MR: unaspirated stops are voiceless at a word start (k, t, p, ch) and voiced inside (g, d, b, j).
const MR_INITIAL = [
  "k",
  "kk",
  "n",
  "t",
  "tt",
  "r",
  "m",
  "p",
  "pp",
  "s",
  "ss",
  "",
  "ch",
  "tch",
  "ch",
  "k",
  "t",
  "p",
  "h",
];
const MR_INITIAL_MEDIAL = [
  "g",
  "kk",
  "n",
  "d",
  "tt",
  "r",
  "m",
  "b",
  "pp",
  "s",
  "ss",
  "",
  "j",
  "tch",
  "ch",
  "k",
  "t",
  "p",
  "h",
];
//               ㅏ   ㅐ    ㅑ    ㅒ     ㅓ    ㅔ   ㅕ     ㅖ    ㅗ   ㅘ    ㅙ     ㅚ    ㅛ    ㅜ   ㅝ    ㅞ    ㅟ    ㅠ    ㅡ    ㅢ    ㅣ
const RR_VOWEL = [
  "a",
  "ae",
  "ya",
  "yae",
  "eo",
  "e",
  "yeo",
  "ye",
  "o",
  "wa",
  "wae",
  "oe",
  "yo",
  "u",
  "wo",
  "we",
  "wi",
  "yu",
  "eu",
  "ui",
  "i",
];
const MR_VOWEL = [
  "a",
  "ae",
  "ya",
  "yae",
  "o",
  "e",
  "yo",
  "ye",
  "o",
  "wa",
  "wae",
  "oe",
  "yo",
  "u",
  "wo",
  "we",
  "wi",
  "yu",
  "u",
  "ui",
  "i",
];
// Finals as pronounced before a pause (neutralized): ㄱㄲㅋㄳㄺ → k, ㄴㄵㄶ → n, ㄷㅅㅆㅈㅊㅌㅎ → t, ㄹㄼㄽㄾㅀ → l, ㅁㄻ → m, ㅂㅍㅄㄿ → p, ㅇ → ng.
//            -   ㄱ   ㄲ   ㄳ   ㄴ   ㄵ   ㄶ   ㄷ   ㄹ   ㄺ   ㄻ   ㄼ   ㄽ   ㄾ   ㄿ   ㅀ   ㅁ   ㅂ   ㅄ   ㅅ   ㅆ   ㅇ    ㅈ   ㅊ   ㅋ   ㅌ   ㅍ   ㅎ
const FINAL = [
  "",
  "k",
  "k",
  "k",
  "n",
  "n",
  "n",
  "t",
  "l",
  "k",
  "m",
  "l",
  "l",
  "l",
  "p",
  "l",
  "m",
  "p",
  "p",
  "t",
  "t",
  "ng",
  "t",
  "t",
  "k",
  "t",
  "p",
  "t",
];

export function isHangulSyllable(code: number): boolean {
  return code >= S_BASE && code < S_BASE + S_COUNT;
}

const HANGUL = /[\uac00-\ud7a3]/;

export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

/** One syllable in one system; `first` says whether it starts a word (MR voicing). */
export function romanizeSyllable(ch: string, system: HangulSystem, first: boolean): string {
  const s = ch.charCodeAt(0) - S_BASE;
  if (s < 0 || s >= S_COUNT) return ch;
  const l = Math.floor(s / (21 * 28));
  const v = Math.floor((s % (21 * 28)) / 28);
  const t = s % 28;
  const initial =
    system === "rr"
      ? RR_INITIAL[l]!
      : first || system === "mr-syllable"
        ? MR_INITIAL[l]!
        : MR_INITIAL_MEDIAL[l]!;
  const vowel = system === "rr" ? RR_VOWEL[v]! : MR_VOWEL[v]!;
  // ㄹ at a word start is r in RR and MR alike; the usual surname exceptions are handled by KOREAN_SURNAMES.
  return initial + vowel + FINAL[t]!;
}

/**
 * Spellings of common Korean surnames on passports and sanctions lists that neither system produces
 * (김 Kim, 이 Lee/Ri/Yi, 박 Park/Pak, 최 Choi/Choe, 정 Jung/Chong/Jong…), keyed by the syllable.
 */
export const KOREAN_SURNAMES: Record<string, string[]> = {
  김: ["kim"],
  이: ["lee", "ri", "yi"],
  리: ["ri", "lee"],
  박: ["pak", "park"],
  최: ["choe", "choi"],
  정: ["jong", "jung", "chong", "jeong"],
  강: ["kang"],
  조: ["cho", "jo"],
  윤: ["yun", "yoon"],
  장: ["jang", "chang"],
  임: ["im", "lim"],
  림: ["rim", "lim"],
  한: ["han"],
  오: ["o", "oh"],
  서: ["so", "seo", "suh"],
  신: ["sin", "shin"],
  권: ["kwon"],
  황: ["hwang"],
  안: ["an", "ahn"],
  송: ["song"],
  류: ["ryu", "yoo"],
  유: ["yu", "yoo"],
  전: ["jon", "jeon", "chun"],
  홍: ["hong"],
  문: ["mun", "moon"],
  양: ["yang"],
  노: ["no", "roh"],
  로: ["ro", "roh"],
};

/**
 * Romanizes the Hangul syllables of `text`, one token per syllable, other characters unchanged.
 * RR ("gim jeong eun") and MR ("kim chong un"); a word's first syllable that is a common surname takes its
 * usual list spelling in MR.
 */
export function romanizeHangul(text: string, system: HangulSystem): string {
  let out = "";
  let inWord = false;
  for (const ch of text) {
    if (!isHangulSyllable(ch.charCodeAt(0))) {
      out += ch;
      inWord = false;
      continue;
    }
    const surname = system !== "rr" && !inWord ? KOREAN_SURNAMES[ch]?.[0] : undefined;
    out += ` ${surname ?? romanizeSyllable(ch, system, !inWord)} `;
    inWord = true;
  }
  return out;
}
