/**
 * Japanese kana → Latin letters, for the katakana renderings of foreign firms that lists such as
 * OpenSanctions carry (ザラ・アエロ for ZALA AERO, カラシニコフ for KALASHNIKOV). Modified Hepburn, then
 * read back as the foreign word it transcribes: the vowels Japanese inserts after a consonant (ス su, ク ku,
 * フ fu, ト to: "sukyan" for SCAN) are dropped before another consonant and at the end of a word, long
 * marks and the small ッ fall away, and Japanese has one liquid: `liquid: "l"` reads ラ as "la" (ZALA),
 * the default "r" as "ra" (AERO). Hiragana is read through the same table.
 */
const BASE: Readonly<Record<string, string>> = {
  ア: "a",
  イ: "i",
  ウ: "u",
  エ: "e",
  オ: "o",
  カ: "ka",
  キ: "ki",
  ク: "ku",
  ケ: "ke",
  コ: "ko",
  ガ: "ga",
  ギ: "gi",
  グ: "gu",
  ゲ: "ge",
  ゴ: "go",
  サ: "sa",
  シ: "shi",
  ス: "su",
  セ: "se",
  ソ: "so",
  ザ: "za",
  ジ: "ji",
  ズ: "zu",
  ゼ: "ze",
  ゾ: "zo",
  タ: "ta",
  チ: "chi",
  ツ: "tsu",
  テ: "te",
  ト: "to",
  ダ: "da",
  ヂ: "ji",
  ヅ: "zu",
  デ: "de",
  ド: "do",
  ナ: "na",
  ニ: "ni",
  ヌ: "nu",
  ネ: "ne",
  ノ: "no",
  ハ: "ha",
  ヒ: "hi",
  フ: "fu",
  ヘ: "he",
  ホ: "ho",
  バ: "ba",
  ビ: "bi",
  ブ: "bu",
  ベ: "be",
  ボ: "bo",
  パ: "pa",
  ピ: "pi",
  プ: "pu",
  ペ: "pe",
  ポ: "po",
  マ: "ma",
  ミ: "mi",
  ム: "mu",
  メ: "me",
  モ: "mo",
  ヤ: "ya",
  ユ: "yu",
  ヨ: "yo",
  ラ: "ra",
  リ: "ri",
  ル: "ru",
  レ: "re",
  ロ: "ro",
  ワ: "wa",
  ヰ: "i",
  ヱ: "e",
  ヲ: "o",
  ン: "n",
  ヴ: "vu",
  ァ: "a",
  ィ: "i",
  ゥ: "u",
  ェ: "e",
  ォ: "o",
  ャ: "ya",
  ュ: "yu",
  ョ: "yo",
};

/** Two-kana sounds: a consonant kana with a small vowel or glide (キャ kya, ファ fa, ツェ tse, ティ ti). */
const SMALL: Readonly<Record<string, string>> = {
  ァ: "a",
  ィ: "i",
  ゥ: "u",
  ェ: "e",
  ォ: "o",
  ャ: "a",
  ュ: "u",
  ョ: "o",
};

const KANA = /[\u3041-\u3096\u30a1-\u30fa\u30fc\u30fb]/;
const KANA_RUN = /[\u3041-\u3096\u30a1-\u30fa\u30fc]+/g;

export function hasKana(text: string): boolean {
  return KANA.test(text);
}

/** Hiragana → katakana (the same sounds, 0x60 apart). */
function toKatakana(run: string): string {
  return run.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

function romanizeRun(run: string, liquid: "r" | "l"): string {
  const kana = [...toKatakana(run)];
  let out = "";
  for (let i = 0; i < kana.length; i++) {
    const k = kana[i]!;
    if (k === "ッ") continue;
    // A long mark lengthens the vowel before it: that vowel is the foreign word's, never an inserted one.
    if (k === "ー") {
      out += /[aeiou]$/.test(out) ? out.at(-1) : "";
      continue;
    }
    let syllable = BASE[k] ?? "";
    const small = SMALL[kana[i + 1] ?? ""];
    if (small !== undefined && syllable.length > 1) {
      // シャ sha, チュ chu, ジョ jo keep their consonant; キャ kya, ニュ nyu take a glide; ファ fa, ティ ti
      // replace the vowel.
      const consonant = syllable.slice(0, -1);
      const glide = "ャュョ".includes(kana[i + 1]!) && !/(sh|ch|j)$/.test(consonant) ? "y" : "";
      syllable =
        (consonant === "ts" || consonant === "f" ? consonant : consonant.replace(/u$/, "")) + glide + small;
      if (BASE[k] === "tsu" && small !== "u") syllable = `ts${small}`;
      if (BASE[k] === "fu") syllable = `f${small}`;
      if (BASE[k] === "te" || BASE[k] === "de") syllable = `${BASE[k]![0]}${small}`;
      i++;
    }
    out += syllable;
  }
  if (liquid === "l") out = out.replace(/r/g, "l");
  // Inserted vowels: u after a consonant (s, k, f, z, b, p, g, m, r, l, ts, sh, ch, j) and o after t or d,
  // before another consonant or at the end of the word, are not in the foreign word; long vowels are one.
  return out
    .replace(/(ts|sh|ch|j|[skfzbpgmrl])u(?=[^aeiouy]|$)/g, "$1")
    .replace(/([td])o(?=[^aeiouy]|$)/g, "$1")
    .replace(/([aeiou])\1/g, "$1");
}

/** Kana runs of `text` in Latin letters; the middle dot ・ between words becomes a space. */
export function kanaToLatin(text: string, liquid: "r" | "l" = "r"): string {
  return text.replace(/・/g, " ").replace(KANA_RUN, (run) => ` ${romanizeRun(run, liquid)} `);
}
