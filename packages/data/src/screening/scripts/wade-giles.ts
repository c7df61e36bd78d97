/**
 * Chinese syllables in pinyin and in Wade–Giles, the romanization of Taiwanese firms and of older Chinese
 * names on lists (HSIN / XIN, CHUNG / ZHONG, KUEI / GUI, CHIEN / JIAN, TZU / ZI). A word is read as a run of
 * one to four syllables and spelt in Wade–Giles without its apostrophes and umlauts, as lists print it
 * (ch'ang and chang are one spelling there): pinyin ZHONGXING and Wade–Giles CHUNGHSING then spell the same.
 * The mapping is many to one (pinyin zh, j, ch and q are all ch), so it only says two words may be one.
 */

const AFTER_ANY = [
  "a",
  "o",
  "e",
  "ai",
  "ei",
  "ao",
  "ou",
  "an",
  "en",
  "ang",
  "eng",
  "ong",
  "u",
  "ua",
  "uo",
  "uai",
  "ui",
  "uan",
  "un",
  "uang",
];
const FRONT = ["i", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong"];
const PALATAL = [...FRONT, "u", "ue", "uan", "un"];
const ZERO = [
  "a",
  "o",
  "e",
  "ai",
  "ei",
  "ao",
  "ou",
  "an",
  "en",
  "ang",
  "eng",
  "er",
  "yi",
  "ya",
  "ye",
  "yao",
  "you",
  "yan",
  "yin",
  "yang",
  "ying",
  "yong",
  "wu",
  "wa",
  "wo",
  "wai",
  "wei",
  "wan",
  "wen",
  "wang",
  "weng",
  "yu",
  "yue",
  "yuan",
  "yun",
];

const WG_INITIAL: Record<string, string> = {
  b: "p",
  p: "p",
  m: "m",
  f: "f",
  d: "t",
  t: "t",
  n: "n",
  l: "l",
  g: "k",
  k: "k",
  h: "h",
  j: "ch",
  q: "ch",
  x: "hs",
  zh: "ch",
  ch: "ch",
  sh: "sh",
  r: "j",
  z: "ts",
  c: "ts",
  s: "s",
};

/** One pinyin syllable (initial + final) in Wade–Giles, apostrophes and umlauts dropped. */
function wadeGilesSyllable(initial: string, final: string): string {
  if (initial === "") {
    const zero: Record<string, string> = {
      yi: "i",
      ye: "yeh",
      you: "yu",
      yan: "yen",
      yong: "yung",
      yue: "yueh",
      er: "erh",
    };
    return zero[final] ?? final;
  }
  if (final === "i" && (initial === "z" || initial === "c")) return "tzu";
  if (final === "i" && initial === "s") return "ssu";
  if (final === "i" && (initial === "zh" || initial === "ch" || initial === "sh" || initial === "r"))
    return `${WG_INITIAL[initial]}ih`;
  let f = final;
  if (f === "ong") f = "ung";
  else if (f === "iong") f = "iung";
  else if (f === "ie" || f === "ue") f = `${f}h`;
  else if (f === "ian") f = "ien";
  else if (f === "ui" && (initial === "g" || initial === "k")) f = "uei";
  else if (f === "uo" && !["g", "k", "h", "sh"].includes(initial)) f = "o";
  else if (f === "e" && (initial === "g" || initial === "k" || initial === "h")) f = "o";
  return WG_INITIAL[initial]! + f;
}

/** Every pinyin syllable (a generous set: some never occur) and its Wade–Giles spelling. */
const PINYIN = new Map<string, string>();
for (const initial of [
  "b",
  "p",
  "m",
  "f",
  "d",
  "t",
  "n",
  "l",
  "g",
  "k",
  "h",
  "zh",
  "ch",
  "sh",
  "r",
  "z",
  "c",
  "s",
]) {
  for (const final of AFTER_ANY) PINYIN.set(initial + final, wadeGilesSyllable(initial, final));
}
for (const initial of ["zh", "ch", "sh", "r", "z", "c", "s"])
  PINYIN.set(`${initial}i`, wadeGilesSyllable(initial, "i"));
for (const initial of ["b", "p", "m", "d", "t", "n", "l"]) {
  for (const final of FRONT) PINYIN.set(initial + final, wadeGilesSyllable(initial, final));
}
for (const initial of ["n", "l"]) PINYIN.set(`${initial}ue`, wadeGilesSyllable(initial, "ue"));
for (const initial of ["j", "q", "x"]) {
  for (const final of PALATAL) PINYIN.set(initial + final, wadeGilesSyllable(initial, final));
}
for (const final of ZERO) PINYIN.set(final, wadeGilesSyllable("", final));

/** The Wade–Giles syllables (the images of the pinyin ones). */
const WADE_GILES = new Set(PINYIN.values());
const LONGEST = 6;

/** Splits `word` into 1–4 syllables of `set` (longest first, backtracking); undefined if it cannot. */
function syllables(
  word: string,
  set: ReadonlyMap<string, string> | ReadonlySet<string>,
): string[] | undefined {
  const out: string[] = [];
  return splitFrom(word, 0, set, out) ? out : undefined;
}

function splitFrom(
  word: string,
  at: number,
  set: ReadonlyMap<string, string> | ReadonlySet<string>,
  out: string[],
): boolean {
  if (at === word.length) return true;
  if (out.length === 4) return false;
  for (let len = Math.min(LONGEST, word.length - at); len >= 1; len--) {
    const s = word.slice(at, at + len);
    if (!set.has(s)) continue;
    out.push(s);
    if (splitFrom(word, at + len, set, out)) return true;
    out.pop();
  }
  return false;
}

/**
 * A word read as Chinese syllables. `pinyin`: the Wade–Giles spelling of its reading as pinyin (XIN → hsin),
 * if it is a run of pinyin syllables; `wadeGiles`: whether it is a run of Wade–Giles syllables that pinyin
 * would not read in as few syllables (HSIN, CHUNG, CHIEN: evidence the word was written in Wade–Giles; PANG or
 * KUO read the same either way, JUN is a pinyin syllable too, and they are none). Undefined for a word that is neither, or shorter than three letters.
 */
export interface ChineseSyllables {
  pinyin: string | undefined;
  wadeGiles: boolean;
}

const cache = new Map<string, ChineseSyllables | null>();
const CACHE_LIMIT = 200_000;

export function chineseSyllables(word: string): ChineseSyllables | undefined {
  const hit = cache.get(word);
  if (hit !== undefined) return hit ?? undefined;
  const read = readSyllables(word);
  if (cache.size < CACHE_LIMIT) cache.set(word, read ?? null);
  return read;
}

function readSyllables(word: string): ChineseSyllables | undefined {
  if (word.length < 3 || word.length > 4 * LONGEST || !/^[a-z]+$/.test(word)) return undefined;
  const asPinyin = syllables(word, PINYIN);
  const pinyin = asPinyin?.map((s) => PINYIN.get(s)!).join("");
  // Wade–Giles when no pinyin reading is as short: CHIEN is one Wade–Giles syllable (jian) but only reads as
  // pinyin in two (chi en); JUN is one syllable either way (pinyin jun, Wade–Giles for run) and proves nothing.
  const asWadeGiles = pinyin === word ? undefined : syllables(word, WADE_GILES);
  const wadeGiles =
    asWadeGiles !== undefined && (asPinyin === undefined || asPinyin.length > asWadeGiles.length);
  return pinyin === undefined && !wadeGiles ? undefined : { pinyin, wadeGiles };
}

/**
 * Whether two different words are the same Chinese syllables, one written in Wade–Giles and the other in
 * pinyin (CHUNGHSING / ZHONGXING, CHIEN / JIAN). Two words that read the same in both systems prove nothing
 * (BANG / PANG are two syllables in pinyin, however Wade–Giles would write them).
 */
export function sameChineseSyllables(a: string, b: string): boolean {
  const x = chineseSyllables(a);
  if (x === undefined) return false;
  const y = chineseSyllables(b);
  if (y === undefined) return false;
  return (x.wadeGiles && y.pinyin === a) || (y.wadeGiles && x.pinyin === b);
}
