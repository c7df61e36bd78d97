/**
 * Russian in BGN-style Latin → Cyrillic, for the evaluation-set generators (the reverse direction
 * of the matcher's table, written separately so the sets do not test the matcher against itself).
 * `tail` rules run after the common ones: each generator keeps its own.
 */
const COMMON: readonly [RegExp, string][] = [
  [/shch/g, "щ"],
  [/kh/g, "х"],
  [/zh/g, "ж"],
  [/ts/g, "ц"],
  [/ch/g, "ч"],
  [/sh/g, "ш"],
  [/yu/g, "ю"],
  [/ya/g, "я"],
  [/^ye/g, "е"],
  [/ye/g, "ье"],
  [/yo/g, "ё"],
  [/iy\b/g, "ий"],
  [/yy\b/g, "ый"],
  [/([aeiou])y/g, "$1й"],
  [/y/g, "ы"],
];

const LETTERS: Readonly<Record<string, string>> = {
  a: "а",
  b: "б",
  v: "в",
  g: "г",
  d: "д",
  e: "е",
  z: "з",
  i: "и",
  k: "к",
  l: "л",
  m: "м",
  n: "н",
  o: "о",
  p: "п",
  r: "р",
  s: "с",
  t: "т",
  u: "у",
  f: "ф",
};

export function toCyrillic(latin: string, tail: readonly [RegExp, string][]): string {
  const rules = [...COMMON, ...tail];
  return latin
    .split(" ")
    .map((word) => {
      let w = word.toLowerCase();
      for (const [re, to] of rules) w = w.replace(re, to);
      const out = [...w].map((ch) => LETTERS[ch] ?? ch).join("");
      return out.charAt(0).toUpperCase() + out.slice(1);
    })
    .join(" ");
}
