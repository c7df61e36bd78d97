import { type CyrillicSystem, hasCyrillic, transliterateCyrillic } from "./cyrillic.ts";
import {
  COMPANY_WORD_CANON,
  HAN_COMPANY_WORDS,
  HANGUL_COMPANY_WORDS,
  LEGAL_FORMS,
  PINYIN_COMPANY_WORDS,
  replaceCompanyWords,
  replaceCyrillicCompanyWords,
} from "./scripts/company-words.ts";
import { hanziToPinyin, hasHan } from "./scripts/han.ts";
import { type HangulSystem, hasHangul, romanizeHangul } from "./scripts/hangul.ts";
import { hasKana, kanaToLatin } from "./scripts/kana.ts";

/** The script a name is written in, for reporting (the evaluation is broken down by it). */
export type Script = "Latin" | "Cyrillic" | "Han" | "Hangul";

export function scriptOf(name: string): Script {
  if (hasHan(name)) return "Han";
  if (hasHangul(name)) return "Hangul";
  if (hasCyrillic(name)) return "Cyrillic";
  return "Latin";
}

/** How a non-Latin name is read: which romanization, and whether company words are translated. */
export interface Reading {
  cyrillic: CyrillicSystem;
  hangul: HangulSystem;
  /** `words`: 贸易 → TRADING, as lists translate; `pinyin`: 贸易 → MAO YI, as some lists transcribe. */
  han: "words" | "pinyin";
  /** Japanese kana: ラ as "ra" (default) or "la" — Japanese has one liquid for the foreign r and l. */
  kana?: "r" | "l";
}

export const DEFAULT_READING: Reading = { cyrillic: "bgn", hangul: "rr", han: "words" };

/** Latin text of a name in any supported script, company words mapped, before tokenizing. */
export function romanize(raw: string, reading: Reading = DEFAULT_READING): string {
  // NFKC first: ㈜ → (주), full-width Latin → ASCII.
  let text = raw.normalize("NFKC");
  if (hasHan(text)) {
    // Chinese and Japanese are written without spaces: a space between two hanzi is layout ("有限 会社"),
    // and would keep a legal form or company word from being read as one.
    text = text.replace(/(\p{Script=Han})\s+(?=\p{Script=Han})/gu, "$1");
    if (reading.han === "words") text = replaceCompanyWords(text, HAN_COMPANY_WORDS);
    else
      text = replaceCompanyWords(
        text,
        HAN_COMPANY_WORDS.filter(([, latin]) => /co ltd|company/.test(latin)),
      );
    text = hanziToPinyin(text);
  }
  if (hasKana(text)) {
    // Japanese is written without spaces: a space inside a run of kana is layout (グル ープ is グループ).
    text = text.replace(
      /([\p{Script=Katakana}\p{Script=Hiragana}ー])\s+(?=[\p{Script=Katakana}\p{Script=Hiragana}ー])/gu,
      "$1",
    );
    text = kanaToLatin(text, reading.kana ?? "r");
  }
  if (hasHangul(text)) text = romanizeHangul(replaceCompanyWords(text, HANGUL_COMPANY_WORDS), reading.hangul);
  text = text.toLowerCase();
  if (hasCyrillic(text)) text = transliterateCyrillic(replaceCyrillicCompanyWords(text), reading.cyrillic);
  return text;
}

/** Lower-case Latin tokens of a name in Latin, Cyrillic, Chinese or Korean script, legal forms removed. */
export function nameTokens(raw: string, reading: Reading = DEFAULT_READING): string[] {
  const text = romanize(raw, reading)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/æ/g, "ae")
    .replace(/œ/g, "oe")
    .replace(/ø/g, "o")
    .replace(/ł/g, "l")
    .replace(/đ/g, "d")
    .replace(/ı/g, "i")
    .replace(/['’`ʼ]/g, "")
    // The Persian ezafe written onto a word ("SHERKAT-E SAHAMI-E KHASS", "SAZMAN-E") is a grammatical link.
    .replace(/(?<=\p{L}{3})-e(?![\p{L}\p{N}])/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ");
  const tokens: string[] = [];
  const words = text.split(" ").filter((t) => t.length > 0);
  const script = scriptOf(raw);
  const joined =
    script === "Latin" ? joinSpacedInitials(words) : script === "Han" ? joinPinyinCompanyWords(words) : words;
  for (const t of joined) {
    const canon = COMPANY_WORD_CANON[t];
    if (canon === undefined) tokens.push(t);
    else for (const c of canon.split(" ")) tokens.push(c);
  }
  // A.S. / A.Ş. / a.s. (Turkish, Czech, Slovak joint-stock company) at the end is a legal form written in
  // two letters; "s" alone already is one, the "a" is dropped with it.
  if (tokens.length > 2 && tokens.at(-1) === "s" && tokens.at(-2) === "a") tokens.splice(-2, 1);
  const meaningful = arabicParticles(tokens).filter((t) => !LEGAL_FORMS.has(t));
  // A name made only of filler ("The Company") keeps its words rather than vanishing.
  return meaningful.length > 0 ? meaningful : tokens;
}

/** ABDUL, ABDEL, ABDAL, ABDOUL, ABDOL: "servant of the", written as one word before the name it joins. */
const ABD_ARTICLE = new Set(["abdul", "abdel", "abdal", "abdoul", "abdol", "abdool"]);
const ARTICLE = new Set(["al", "el", "ul", "ol"]);
/** Attached: ABDULRAHMAN, ABDELKARIM, ABDULAZIZ → abd + the name (not ABDULLAH, ABDULLAEV, ABDULOV). */
const ABD_ATTACHED = /^abd(?:ou|u|e|a|o)l([a-z]{4,})$/;
const SURNAME_SUFFIX = /(?:ov|ev|ova|eva)$/;

/**
 * Arabic name particles written every way lists write them: ABDUL RAHMAN, ABD AL RAHMAN, ABDEL RAHMAN and
 * ABDULRAHMAN are all `abd rahman`; the article EL is AL (EL HUSSEINI, AL-HUSSEINI). ABDULLAH (abd + allah)
 * and Russian surnames built on it (ABDULLAEV, ABDULOV) are left whole: their phonetic key already matches
 * their variants.
 */
function arabicParticles(tokens: string[]): string[] {
  if (!tokens.some((t) => t.startsWith("abd") || t === "el")) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (t === "abd" && next !== undefined && ARTICLE.has(next) && i + 2 < tokens.length) {
      out.push("abd");
      i++;
    } else if (ABD_ARTICLE.has(t) && next !== undefined) out.push("abd");
    else if (t === "el" && next !== undefined) out.push("al");
    else {
      const m = ABD_ATTACHED.exec(t);
      const rest = m?.[1];
      if (rest !== undefined && !rest.startsWith("l") && !SURNAME_SUFFIX.test(rest)) out.push("abd", rest);
      else out.push(t);
    }
  }
  return out;
}

/**
 * A run of three or more single letters is one initialism written spaced ("A T S HEAVY EQUIPMENT" →
 * "ats heavy equipment"), not three initials: no legal-form filter may eat one of its letters ("s").
 */
function joinSpacedInitials(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (j < words.length && words[j]!.length === 1 && /\p{L}/u.test(words[j]!)) j++;
    if (j - i >= 3) {
      out.push(words.slice(i, j).join(""));
      i = j;
    } else {
      out.push(words[i]!);
      i++;
    }
  }
  return out;
}

/**
 * Pinyin syllables of a Chinese name that spell a company word as lists print it in pinyin ("mao yi" →
 * maoyi, "jin chu kou" → jinchukou), joined so that `COMPANY_WORD_CANON` reads them as it reads the list.
 */
function joinPinyinCompanyWords(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let take = 1;
    for (let k = 4; k >= 2; k--) {
      if (i + k > words.length) continue;
      if (PINYIN_COMPANY_WORDS[words.slice(i, i + k).join("")] !== undefined) {
        take = k;
        break;
      }
    }
    out.push(words.slice(i, i + take).join(""));
    i += take;
  }
  return out;
}

const QUERY_READINGS: readonly Reading[] = [
  DEFAULT_READING,
  { cyrillic: "icao", hangul: "mr", han: "pinyin", kana: "l" },
  { cyrillic: "iso9", hangul: "mr-syllable", han: "words" },
];

/**
 * The distinct token lists of a name under every reading its script has (one for Latin; BGN/PCGN,
 * passport and ISO 9 for Cyrillic; RR and MR for Hangul; translated and transcribed company words for
 * Chinese), default reading first.
 */
export function nameReadings(raw: string): { reading: Reading; tokens: string[] }[] {
  const script = scriptOf(raw);
  if (script === "Latin" && !hasKana(raw)) return [{ reading: DEFAULT_READING, tokens: nameTokens(raw) }];
  const out: { reading: Reading; tokens: string[] }[] = [];
  const seen = new Set<string>();
  for (const reading of QUERY_READINGS) {
    const tokens = nameTokens(raw, reading);
    const key = tokens.join(" ");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ reading, tokens });
  }
  return out;
}

/** Identifiers compare on letters and digits only: "7701 234-567" = "7701234567". */
export function normalizeIdentifier(raw: string): string {
  return raw.toUpperCase().replace(/[^A-Z0-9]/g, "");
}
