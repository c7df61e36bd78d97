import { beforeAll, describe, expect, it } from "vitest";
import { loadSampleEntities } from "./load-entities.ts";
import type { Entity } from "./model.ts";
import { nameTokens } from "./normalize.ts";
import { parseRemarks } from "./ofac-remarks.ts";
import { phoneticKey } from "./phonetic.ts";
import { ScreeningIndex } from "./screening-index.ts";
import { jaroWinkler, levenshtein } from "./similarity.ts";
import { matchedWords, reasonsOf } from "./reasons.ts";

describe("normalization", () => {
  it("transliterates Cyrillic and drops legal forms", () => {
    expect(nameTokens('ООО "Захаров и Партнёры"')).toEqual(["zakharov", "i", "partnery"]);
    expect(nameTokens("JSC Kalashnikov Concern")).toEqual(["kalashnikov", "concern"]);
  });

  it("turns hanzi into pinyin syllables, 技术 into TECHNOLOGY and drops 有限公司", () => {
    expect(nameTokens("华为技术有限公司")).toEqual(["hua", "wei", "technology"]);
    expect(nameTokens("张伟")).toEqual(["zhang", "wei"]);
  });

  it("gives transliteration variants one phonetic key", () => {
    expect(phoneticKey("zakharov")).toBe(phoneticKey("zaharov"));
    expect(phoneticKey("dmitriy")).toBe(phoneticKey("dmitry"));
    expect(phoneticKey("dmitrii")).toBe(phoneticKey("dmitry"));
    expect(phoneticKey("aleksandr")).toBe(phoneticKey("alexander"));
    expect(phoneticKey("yuri")).toBe(phoneticKey("iurii"));
    expect(phoneticKey("zakharov")).not.toBe(phoneticKey("sakharov"));
  });
});

describe("string similarity", () => {
  it("computes textbook Jaro–Winkler and Levenshtein values", () => {
    expect(jaroWinkler("MARTHA", "MARHTA")).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler("DIXON", "DICKSONX")).toBeCloseTo(0.8133, 4);
    expect(levenshtein("kitten", "sitting")).toBe(3);
  });
});

describe("OFAC remarks", () => {
  it("extracts birth date, nationality, identifiers and aliases", () => {
    const facts = parseRemarks(
      "DOB 28 Sep 1973; POB Vinnitsa, Ukraine; nationality Russia; Tax ID No. 773407989940 (Russia); a.k.a. 'IVAN P'.",
    );
    expect(facts).toEqual({
      aliases: ["IVAN P"],
      birthDate: "1973-09-28",
      countries: ["RUS"],
      identifiers: ["773407989940"],
    });
  });
});

describe("ScreeningIndex on the shipped samples", () => {
  let index: ScreeningIndex;
  let entities: Entity[];
  beforeAll(async () => {
    entities = await loadSampleEntities();
    index = new ScreeningIndex(entities);
  });

  it("loads OFAC and OpenSanctions parties with their dataset versions", () => {
    expect(entities.some((e) => e.list === "OFAC SDN")).toBe(true);
    expect(entities.some((e) => e.list === "OpenSanctions")).toBe(true);
    expect(entities.every((e) => e.datasetVersion.length > 0)).toBe(true);
  });

  it("finds Zakharov written in Cyrillic, in reverse order, or as Zaharov", () => {
    for (const name of ["Захаров Александр Вячеславович", "Zaharov Aleksandr", "Alexander Zakharov"]) {
      const top = index.screen({ name }).matches[0];
      expect(top?.name, name).toMatch(/zakharov/i);
      expect(top?.reasons.length).toBeGreaterThan(0);
    }
  });

  it("boosts a matching birth date and penalises a conflicting one", () => {
    const base = index.screen({ name: "Ivan Prokopenko" }, { threshold: 0 }).matches[0]!;
    const same = index.screen({ name: "Ivan Prokopenko", birthDate: "1973-09-28" }, { threshold: 0 })
      .matches[0]!;
    const other = index.screen({ name: "Ivan Prokopenko", birthDate: "1950" }, { threshold: 0 });
    expect(same.score).toBeGreaterThan(base.score);
    const conflicting = other.matches.find((m) => m.id === base.id)!;
    expect(conflicting.score).toBeLessThan(base.score);
    expect(reasonsOf(conflicting, "birth")).toEqual([
      { kind: "birth", query: "1950", listed: expect.any(String), agrees: "no" },
    ]);
  });

  it("returns nothing above the threshold for an unrelated name", () => {
    expect(index.screen({ name: "Jean-Pierre Dubois-Lefebvre" }).matches).toEqual([]);
  });

  it("finds 深圳研途进出口有限公司 as SHENZHEN YANTU IMPORT EXPORT CO LTD and names what matched", () => {
    const top = index.screen({ name: "深圳研途进出口有限公司" }).matches[0];
    expect(top?.name).toBe("SHENZHEN YANTU IMPORT EXPORT CO LTD");
    expect(top?.matchedName).toBe("SHENZHEN YANTU IMPORT EXPORT CO LTD");
    expect(top?.list).toBe("OFAC SDN");
    expect(top?.publicationDate).toBe("2024-05-03");
    expect(matchedWords(top!)).toContainEqual(
      expect.objectContaining({ query: "shenzhen", joinedFrom: "shen zhen" }),
    );
    expect(matchedWords(top!)).toContainEqual(
      expect.objectContaining({ query: "yantu", joinedFrom: "yan tu" }),
    );
    expect(reasonsOf(top!, "missing")).toHaveLength(0);
  });

  it("finds 上海港泉贸易公司 and 北京诚信贸易有限公司 at the default threshold", () => {
    const gangquan = index.screen({ name: "上海港泉贸易公司" }).matches[0];
    expect(gangquan?.name).toBe("SHANGHAI GANG QUAN TRADE CO.");
    const chengxin = index.screen({ name: "北京诚信贸易有限公司" }).matches[0];
    expect(chengxin?.name).toBe("BEIJING CHENGXING TRADING CO. LTD.");
  });

  it("does not report 'hai' as not found after matching Shanghai (regression)", () => {
    const top = index.screen({ name: "上海港泉贸易公司" }).matches[0]!;
    expect(matchedWords(top)).toContainEqual(
      expect.objectContaining({ query: "shanghai", joinedFrom: "shang hai" }),
    );
    expect(reasonsOf(top, "missing").flatMap((r) => r.words)).not.toContain("hai");
  });

  it("does not alert on another trading firm of the same city and legal form", () => {
    expect(index.screen({ name: "上海华信贸易有限公司" }).matches).toEqual([]);
    expect(index.screen({ name: "北京东方科技有限公司" }).matches).toEqual([]);
  });

  it("rejects an empty name and an unknown country code as bad input", () => {
    expect(() => index.screen({ name: " " })).toThrow(/non-empty name/);
    expect(() => index.screen({ name: "X", country: "ZZZ" })).toThrowError(
      expect.objectContaining({ code: "BAD_INPUT" }),
    );
  });
});
