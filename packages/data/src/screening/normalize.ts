import { transliterateCyrillic } from "./cyrillic.ts";
import { HANZI_LEGAL_FORMS, hanziToPinyin, hasHan } from "./pinyin-table.ts";

/**
 * Legal forms and filler words that say nothing about who an entity is, in English, Russian (romanized),
 * German, French and other forms common on sanctions lists.
 */
const NOISE = new Set(
  (
    "llc ltd limited co company inc incorporated corp corporation plc gmbh ag sa srl sarl bv nv oy ab jsc ojsc cjsc " +
    "pjsc ooo oao zao pao ao tov llp lp fze fzco fzc pte pvt private public joint stock closed open the and of liability " +
    "obshchestvo ogranichennoy ogranichennoi ogranichennoj otvetstvennostyu otvetstvennostiu aktsionernoe " +
    "aktsionernoye zakrytoe otkrytoe publichnoe nauchno proizvodstvennoe kompaniya firma s"
  ).split(" "),
);

/** Lower-case Latin tokens of a name in any of Latin, Cyrillic or Chinese script, legal forms removed. */
export function nameTokens(raw: string): string[] {
  let text = raw;
  if (hasHan(text)) {
    for (const form of HANZI_LEGAL_FORMS) text = text.split(form).join(" ");
    text = hanziToPinyin(text);
  }
  text = transliterateCyrillic(text.toLowerCase());
  text = text
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
    .replace(/[^\p{L}\p{N}]+/gu, " ");
  const tokens = text.split(" ").filter((t) => t.length > 0);
  const meaningful = tokens.filter((t) => !NOISE.has(t));
  // A name made only of filler ("The Company") keeps its words rather than vanishing.
  return meaningful.length > 0 ? meaningful : tokens;
}

/** Identifiers compare on letters and digits only: "7701 234-567" = "7701234567". */
export function normalizeIdentifier(raw: string): string {
  return raw.toUpperCase().replace(/[^A-Z0-9]/g, "");
}
