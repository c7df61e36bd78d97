/**
 * The name tokenizer as it was when `queries.json` was frozen (2026-11-23, commit 4c5771f): lower-case
 * Latin tokens, accents folded, legal forms and filler dropped, nothing else. `make-eval-set.ts` picks and
 * rewrites names with it so that the frozen set stays reproducible byte for byte: it used to import the
 * matcher's `nameTokens`, which later learnt company words (TRADE → TRADING, TD → TRADING HOUSE) and other
 * legal forms, and every such change silently reshuffled the generated set (word-order and short-name
 * queries spelt differently, other parties picked) — the set measures the matcher and must not follow it.
 * Names in other scripts go through the matcher's romanization first (the frozen set has none).
 */
import { romanize } from "../../src/screening/normalize.ts";

const FROZEN_NOISE = new Set(
  (
    "llc ltd limited co company inc incorporated corp corporation plc gmbh ag sa srl sarl bv nv oy ab jsc ojsc cjsc " +
    "pjsc ooo oao zao pao ao tov llp lp fze fzco fzc pte pvt private public joint stock closed open the and of liability " +
    "obshchestvo ogranichennoy ogranichennoi ogranichennoj otvetstvennostyu otvetstvennostiu aktsionernoe " +
    "aktsionernoye zakrytoe otkrytoe publichnoe nauchno proizvodstvennoe kompaniya firma s"
  ).split(" "),
);

export function frozenNameTokens(raw: string): string[] {
  const text = (/^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]*$/u.test(raw) ? raw.toLowerCase() : romanize(raw))
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
  const meaningful = tokens.filter((t) => !FROZEN_NOISE.has(t));
  // A name made only of filler ("The Company") keeps its words rather than vanishing.
  return meaningful.length > 0 ? meaningful : tokens;
}
