/**
 * Cyrillic → Latin, close to the BGN/PCGN and GOST 7.79-B romanizations used on sanctions lists
 * (ж zh, х kh, ц ts, ч ch, ш sh, щ shch, ю yu, я ya), with the Ukrainian and Belarusian letters.
 * Variants that lists also use (Zaharov, -ii, -iy, Iurii) are folded later by the phonetic key.
 */
const TABLE: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
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
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  // Ukrainian, Belarusian
  є: "ye",
  і: "i",
  ї: "yi",
  ґ: "g",
  ў: "u",
};

const CYRILLIC = /[\u0400-\u04ff]/;

export function hasCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

/** Transliterates lower-case Cyrillic letters; other characters pass through unchanged. */
export function transliterateCyrillic(text: string): string {
  if (!hasCyrillic(text)) return text;
  let out = "";
  for (const ch of text.toLowerCase()) out += TABLE[ch] ?? ch;
  return out;
}
