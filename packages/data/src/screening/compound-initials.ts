/**
 * Initials of a Russian compound word, one per stem: Russian acronyms take a letter from each stem of a
 * compound adjective or noun, not just from each word — СРЗ is СУДОремонтный Завод (SUDOREMONTNYY ZAVOD),
 * МСЗ МАШИНОСТРОИТЕЛЬНЫЙ Завод, «СМС» СТАНКОМАШСТРОЙ. The first stems below are the industrial ones such
 * names are built from (romanized as lists print them); a stem counts only when a real word (≥ 4 letters)
 * follows it, so GAZY or AVIA alone stay one word.
 */
const FIRST_STEMS = (
  "avia avto agro sudo stanko mash mashino neft nefte gazo elektro electro radio teplo energo gorno khim " +
  "khimiko metallo priboro instrumento tekhno spets zhelezno vodo prom stroy"
)
  .split(" ")
  // Longest first: "mashino" before "mash", "nefte" before "neft".
  .sort((a, b) => b.length - a.length);

/** Stem remainder needed after a first stem for it to count as one. */
const MIN_REST = 4;

/**
 * The initials of `word`'s stems ("sudoremontnyy" → "sr", "stankomashstroy" → "sms"), or the word's first
 * letter when it is no compound of the stems above.
 */
export function stemInitials(word: string): string {
  let out = word.charAt(0);
  let pos = 0;
  for (;;) {
    const stem = FIRST_STEMS.find((s) => word.startsWith(s, pos) && word.length - pos - s.length >= MIN_REST);
    if (stem === undefined) return out;
    pos += stem.length;
    out += word.charAt(pos);
  }
}
