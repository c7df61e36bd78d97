import { describe, expect, it } from "vitest";
import { chineseSyllables, sameChineseSyllables } from "./scripts/wade-giles.ts";
import { ScreeningIndex } from "./screening-index.ts";
import { entity } from "./entity.test-support.ts";
import { matchedWords } from "./reasons.ts";

/** Issue 12, round 8: Chinese names in Wade–Giles (Taiwanese firms, older names) against pinyin, both ways. */
const index = new ScreeningIndex([
  entity("pinyin", "ZHONGXING PRECISION MACHINERY CO LTD"),
  entity("wg", "HSIN TUNG OPTICS CO LTD"),
  entity("pang", "PANG ELECTRONICS CO LTD"),
  entity("long", "LONG RIVER TRADING LLC"),
  ...Array.from({ length: 40 }, (_, i) => entity(`f${i}`, `FILLER FIRM NUMBER ${i} HOLDING`)),
]);
const ids = (name: string) => index.screen({ name }).matches.map((m) => m.id);

describe("Wade–Giles and pinyin spell the same Chinese syllables", () => {
  it("reads a word as syllables and spells its pinyin reading in Wade–Giles", () => {
    expect(chineseSyllables("xin")?.pinyin).toBe("hsin");
    expect(chineseSyllables("zhongxing")?.pinyin).toBe("chunghsing");
    expect(chineseSyllables("jian")?.pinyin).toBe("chien");
    expect(chineseSyllables("shi")?.pinyin).toBe("shih");
    expect(chineseSyllables("ren")?.pinyin).toBe("jen");
    expect(chineseSyllables("trading")).toBeUndefined();
  });

  it("takes a word for Wade–Giles only when pinyin would spell it otherwise", () => {
    expect(chineseSyllables("hsin")?.wadeGiles).toBe(true);
    expect(chineseSyllables("chunghsing")?.wadeGiles).toBe(true);
    expect(chineseSyllables("chien")?.wadeGiles).toBe(true);
    // PANG and KUO read the same in both systems: no evidence of Wade–Giles.
    expect(chineseSyllables("pang")?.wadeGiles).toBe(false);
    expect(chineseSyllables("kuo")?.wadeGiles).toBe(false);
  });

  it("pairs a Wade–Giles word with the pinyin word of the same syllables, never two pinyin words", () => {
    expect(sameChineseSyllables("hsin", "xin")).toBe(true);
    expect(sameChineseSyllables("zhong", "chung")).toBe(true);
    expect(sameChineseSyllables("gaoxiong", "kaohsiung")).toBe(true);
    expect(sameChineseSyllables("qing", "ching")).toBe(true);
    expect(sameChineseSyllables("bang", "pang")).toBe(false);
    expect(sameChineseSyllables("guo", "kuo")).toBe(false);
    expect(sameChineseSyllables("hsin", "hsing")).toBe(false);
  });
});

describe("screening reads Wade–Giles names against pinyin ones", () => {
  it("finds a firm listed in pinyin when asked in Wade–Giles, and says how", () => {
    const hit = index.screen({ name: "CHUNGHSING PRECISION MACHINERY CO LTD" }).matches[0];
    expect(hit?.id).toBe("pinyin");
    expect(matchedWords(hit!)).toContainEqual(
      expect.objectContaining({ query: "chunghsing", how: "wade-giles", listed: "zhongxing" }),
    );
  });

  it("finds a firm listed in Wade–Giles when asked in pinyin", () => {
    expect(ids("XIN DONG OPTICS CO LTD")).toContain("wg");
  });

  it("does not pair words that read the same in both systems (BANG is not PANG), but LUNG is LONG in Wade–Giles", () => {
    expect(ids("BANG ELECTRONICS CO LTD")).not.toContain("pang");
    expect(ids("LUNG RIVER TRADING LLC")).toContain("long");
    expect(ids("BANG RIVER TRADING LLC")).not.toContain("long");
  });
});

describe("a word that is a pinyin syllable as well is no Wade–Giles evidence", () => {
  it("does not take JUN (pinyin jun; Wade–Giles for run) or CHINA for Wade–Giles", () => {
    expect(chineseSyllables("jun")?.wadeGiles).toBe(false);
    expect(chineseSyllables("china")?.wadeGiles).toBe(false);
    expect(sameChineseSyllables("run", "jun")).toBe(false);
    expect(chineseSyllables("chin")?.wadeGiles).toBe(true);
  });
});
