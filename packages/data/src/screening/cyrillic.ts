/**
 * Cyrillic → Latin in the romanizations that sanctions lists and passports use:
 * - `bgn`: BGN/PCGN 1947 (ж zh, х kh, ц ts, щ shch, й y, ю yu, я ya; е → ye at a word start and after a
 *   vowel, й, ъ or ь: Yevgeniy), the form of most OFAC and UK entries;
 * - `icao`: Russian passports since 2013 (ICAO Doc 9303: й i, ю iu, я ia, ъ ie: Iurii, Andreevich);
 * - `iso9`: ISO 9:1995 / GOST 7.79-A with its diacritics dropped as lists print it (ж z, х h, ц c, ч c,
 *   ш s, щ s, й j, ю u, я a), the form of some EU entries and library catalogues.
 * Ukrainian and Belarusian letters are included. Remaining variants (Zaharov, -ii/-iy) are folded by the
 * phonetic key.
 */
export type CyrillicSystem = "bgn" | "icao" | "iso9";

const COMMON: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  з: "z",
  и: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  ы: "y",
  ь: "",
  э: "e",
  і: "i",
  ґ: "g",
  ў: "u",
};

const SYSTEM: Record<CyrillicSystem, Record<string, string>> = {
  bgn: {
    ...COMMON,
    е: "e",
    ё: "e",
    ж: "zh",
    й: "y",
    х: "kh",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    щ: "shch",
    ъ: "",
    ю: "yu",
    я: "ya",
    є: "ye",
    ї: "yi",
  },
  icao: {
    ...COMMON,
    е: "e",
    ё: "e",
    ж: "zh",
    й: "i",
    х: "kh",
    ц: "ts",
    ч: "ch",
    ш: "sh",
    щ: "shch",
    ъ: "ie",
    ю: "iu",
    я: "ia",
    є: "ie",
    ї: "i",
  },
  iso9: {
    ...COMMON,
    е: "e",
    ё: "e",
    ж: "z",
    й: "j",
    х: "h",
    ц: "c",
    ч: "c",
    ш: "s",
    щ: "s",
    ъ: "",
    ю: "u",
    я: "a",
    є: "e",
    ї: "i",
  },
};

const VOWELS_AND_SIGNS = new Set([..."аеёиоуыэюяйъьєії"]);
const CYRILLIC = /[\u0400-\u04ff]/;
const LETTER = /\p{L}/u;

export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/** Transliterates Cyrillic letters (lower-cased) in one system; other characters pass through unchanged. */
export function transliterateCyrillic(text: string, system: CyrillicSystem = "bgn"): string {
  if (!hasCyrillic(text)) return text;
  const table = SYSTEM[system];
  let out = "";
  let prev = "";
  for (const ch of text.toLowerCase()) {
    if (system === "bgn" && ch === "е" && (!LETTER.test(prev) || VOWELS_AND_SIGNS.has(prev))) out += "ye";
    else out += table[ch] ?? ch;
    prev = ch;
  }
  return out;
}
