import { describe, expect, it } from "vitest";
import { nameTokens } from "./normalize.ts";
import { persianEnglishOf } from "./scripts/persian-glossary.ts";
import { englishOf } from "./scripts/russian-glossary.ts";
import { ScreeningIndex } from "./screening-index.ts";
import { entity } from "./entity.test-support.ts";

/**
 * Issue 12's dictionary of common company words per language, beyond legal forms: words a list translates
 * when it prints a firm in English. Each test builds the smallest index where the rule binds.
 */
const index = new ScreeningIndex([
  entity("steel", "NINGBO HAIXING STEEL CO., LTD."),
  entity("textile", "WUXI JINGHUA TEXTILE CO., LTD."),
  entity("tobacco", "LLC KORVET TOBACCO"),
  entity("avtomatika", "JOINT STOCK COMPANY CONCERN AVTOMATIKA"),
  entity("automation", "ASSET AUTOMATION LLC"),
  entity("aio", "AVIATION INDUSTRIES ORGANIZATION"),
  // Filler so that document frequencies are not all one.
  ...Array.from({ length: 40 }, (_, i) => entity(`f${i}`, `FILLER FIRM NUMBER ${i} HOLDING`)),
]);
const ids = (name: string) => index.screen({ name }).matches.map((m) => m.id);

describe("common words of Chinese firm names read as lists translate them", () => {
  it("reads 钢铁 as STEEL and 北方 as NORTH, longer entries first", () => {
    expect(nameTokens("宁波海星钢铁有限公司")).toContain("steel");
    expect(nameTokens("北方集成电路")).toEqual(["north", "integrated", "circuit"]);
  });

  it("finds a firm listed in English when its Chinese name translates an industry word", () => {
    expect(ids("宁波海星钢铁有限公司")).toContain("steel");
  });

  it("does not let a shared industry word alone raise a hit", () => {
    expect(ids("宁波金华钢铁有限公司")).not.toContain("steel");
    expect(ids("无锡海星纺织有限公司")).not.toContain("steel");
  });
});

describe("industry words of Russian firm names translate as lists print them", () => {
  it("reads TABAK and its adjective as TOBACCO, STAL as STEEL, and leaves STALIN alone", () => {
    expect(englishOf("tabak")).toEqual(["tobacco"]);
    expect(englishOf("tabachnaya")).toEqual(["tobacco"]);
    expect(englishOf("stal")).toEqual(["steel"]);
    expect(englishOf("stalin")).toBeUndefined();
  });

  it("finds a firm listed in English when its Cyrillic name has the Russian word", () => {
    expect(ids("ООО «Корвет Табак»")).toContain("tobacco");
    expect(ids("KORVET TABAK")).toContain("tobacco");
  });

  it("does not translate a word that is as often a firm's own name", () => {
    expect(englishOf("avtomatika")).toBeUndefined();
    expect(index.screen({ name: "АО «Автоматика»" }).matches[0]?.id).toBe("avtomatika");
  });
});

describe("Ukrainian and Belarusian legal forms are dropped like the Russian ones", () => {
  it("drops the written-out forms, in Cyrillic and romanized, and keeps their short letters", () => {
    expect(nameTokens("Таварыства з абмежаванай адказнасцю «Корвет Табак»")).toEqual(["korvet", "tabak"]);
    expect(nameTokens("Приватне акціонерне товариство «Корвет»")).toEqual(["korvet"]);
    expect(nameTokens('Tovarystvo z obmezhenoiu vidpovidalnistiu "Korvet"')).toEqual(["z", "korvet"]);
    expect(nameTokens("ПАТ Корвет")).toContain("pat");
  });

  it("finds a firm listed in English from its Belarusian name with the legal form written out", () => {
    expect(ids("Таварыства з абмежаванай адказнасцю «Корвет Табак»")).toContain("tobacco");
  });
});

describe("common words of Iranian names in Persian translate as lists print them", () => {
  it("reads a Persian word with or without its ezafe ending, and not a bank's name", () => {
    expect(persianEnglishOf("sazman")).toEqual(["organization"]);
    expect(persianEnglishOf("sanaye")).toEqual(["industrial"]);
    expect(persianEnglishOf("sazmane")).toEqual(["organization"]);
    expect(persianEnglishOf("melli")).toBeUndefined();
  });

  it("finds a body listed in English from its Persian name", () => {
    expect(ids("SAZMAN SANAYE HAVAPEYMAI")).toContain("aio");
  });
});
