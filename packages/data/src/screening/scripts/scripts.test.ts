import { describe, expect, it } from "vitest";
import { transliterateCyrillic } from "../cyrillic.ts";
import { nameReadings, nameTokens, scriptOf } from "../normalize.ts";
import { hanziToPinyin } from "./han.ts";
import { romanizeHangul, romanizeSyllable } from "./hangul.ts";

const readings = (name: string) => nameReadings(name).map((r) => r.tokens.join(" "));

describe("Chinese through pinyin-pro", () => {
  it("reads characters outside any hand table and resolves polyphones by word", () => {
    expect(hanziToPinyin("重庆").trim()).toBe("chong qing");
    expect(hanziToPinyin("银行").trim()).toBe("yin hang");
    expect(hanziToPinyin("研途").trim()).toBe("yan tu");
  });

  it("reads the first character of a person's name as a surname", () => {
    expect(nameTokens("单田芳")).toEqual(["shan", "tian", "fang"]);
    expect(nameTokens("曾国藩")).toEqual(["zeng", "guo", "fan"]);
    expect(nameTokens("单位科技有限公司")).toEqual(["dan", "wei", "technology"]);
  });

  it.each([
    ["股份有限公司", []],
    ["有限责任公司", []],
    ["有限公司", []],
    ["进出口", ["import", "export"]],
    ["贸易", ["trading"]],
    ["科技", ["technology"]],
    ["电子", ["electronics"]],
    ["集团", ["group"]],
  ])("maps the company word %s to the Latin form lists use", (word, latin) => {
    expect(nameTokens(`华芯${word}`)).toEqual(["hua", "xin", ...latin]);
  });

  it("also reads company words as pinyin, for lists that transcribe them", () => {
    expect(readings("上海港泉船舶公司")).toEqual([
      "shang hai gang quan ship",
      "shang hai gang quan chuan bo",
    ]);
  });

  it("reads a company word that lists print in pinyin (MAOYI) as the English word in every reading", () => {
    // The list's "MAOYI" is read as TRADING too (PINYIN_COMPANY_WORDS), so both readings agree.
    expect(readings("上海港泉贸易公司")).toEqual(["shang hai gang quan trading"]);
  });
});

describe("Cyrillic romanizations", () => {
  it("gives BGN/PCGN, passport (ICAO) and ISO 9 readings", () => {
    expect(transliterateCyrillic("Евгений Юрьевич", "bgn")).toBe("yevgeniy yuryevich");
    expect(transliterateCyrillic("Евгений Юрьевич", "icao")).toBe("evgenii iurevich");
    expect(transliterateCyrillic("Щукин Хасан", "iso9")).toBe("sukin hasan");
    expect(readings("Юрий")).toEqual(["yuriy", "iurii", "urij"]);
  });

  it.each([
    ["ООО «Микрон»", "llc"],
    ["АО «Микрон»", "jsc"],
    ["ЗАО «Микрон»", "cjsc"],
    ["ПАО «Микрон»", "pjsc"],
    ["ОАО «Микрон»", "ojsc"],
    ["Акционерное общество «Микрон»", "jsc"],
    ["Общество с ограниченной ответственностью «Микрон»", "llc"],
  ])("drops the legal form of %s (%s) and the «» quotes", (name) => {
    expect(nameTokens(name)).toEqual(["mikron"]);
  });

  it("keeps НИИ and НПО as low-weight company words, matching their Latin abbreviations", () => {
    expect(nameTokens("АО «НИИ Субмикрон»")).toEqual(["nii", "submikron"]);
    expect(nameTokens("НПО Машиностроения")).toEqual(nameTokens("NPO MASHINOSTROYENIYA"));
  });
});

describe("Korean Hangul", () => {
  it("decomposes syllables into Revised Romanization", () => {
    expect(romanizeSyllable("한", "rr", true)).toBe("han");
    expect(romanizeSyllable("국", "rr", false)).toBe("guk");
    expect(romanizeSyllable("없", "rr", false)).toBe("eop");
    expect(romanizeHangul("김정은", "rr").trim().split(/\s+/)).toEqual(["gim", "jeong", "eun"]);
  });

  it("gives McCune–Reischauer variants with list spellings of surnames", () => {
    expect(readings("김정은")).toEqual(["gim jeong eun", "kim jong un", "kim chong un"]);
    expect(readings("조선광선은행")).toContain("cho son kwang son bank");
  });

  it.each([
    ["주식회사 한빛", []],
    ["(주)한빛", []],
    ["㈜한빛", []],
    ["한빛무역", ["trading"]],
    ["한빛전자", ["electronics"]],
  ])("maps %s's company words", (name, latin) => {
    expect(nameTokens(name)).toEqual(["han", "bit", ...latin]);
  });
});

describe("script detection", () => {
  it("names the script of a query", () => {
    expect(["Ivanov", "Иванов", "上海", "김정은"].map(scriptOf)).toEqual([
      "Latin",
      "Cyrillic",
      "Han",
      "Hangul",
    ]);
  });
});
