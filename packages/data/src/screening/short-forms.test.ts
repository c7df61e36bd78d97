import { describe, expect, it } from "vitest";
import { tokenSimilarity } from "./name-match.ts";
import { nameTokens } from "./normalize.ts";
import { phoneticKey } from "./phonetic.ts";
import { ScreeningIndex } from "./screening-index.ts";
import { entity } from "./entity.test-support.ts";
import { matchedWords, reasonsOf } from "./reasons.ts";

/** Short forms of listed firms' names: acronyms, Russian company words in Latin, short names. */
const index = new ScreeningIndex([
  entity("arz", "AKTSIONERNOE OBSHCHESTVO 810 AVIATSIONNY REMONTNY ZAVOD"),
  entity("kla", "KONDRAKHIN, Leontiy Andreyevich", "Person"),
  entity("spb", "PUBLIC JOINT STOCK COMPANY SAINT PETERSBURG EXCHANGE"),
  entity("ats", "A T S HEAVY EQUIPMENT AND MACHINERY SPARE PARTS TRADING LLC"),
  entity("eoms", "NPK EOMS"),
  entity("atm", "LIMITED LIABILITY COMPANY ATM TEKHNOLODZHI"),
  entity("ivanov", "IVANOV, Sergei Petrovich Nikolaevich", "Person"),
  // Filler so that document frequencies are not all one.
  ...Array.from({ length: 40 }, (_, i) => entity(`f${i}`, `FILLER FIRM NUMBER ${i} HOLDING`)),
]);

const top = (name: string) => index.screen({ name }).matches[0];

describe("acronyms", () => {
  it("finds a firm by the initials of a run of its words, beside a shared word, and says so", () => {
    const hit = top("AO 810 ARZ");
    expect(hit?.id).toBe("arz");
    expect(matchedWords(hit!)).toContainEqual(
      expect.objectContaining({ query: "arz", how: "initials", listed: "aviatsionny remontny zavod" }),
    );
    expect(hit!.score).toBeLessThan(1);
  });

  it("does not take an acronym alone, nor a person's initials, for a name", () => {
    expect(index.screen({ name: "KLA Corporation" }).matches.map((m) => m.id)).not.toContain("kla");
    expect(index.screen({ name: "ARZ" }).matches.map((m) => m.id)).not.toContain("arz");
  });

  it("reads a spaced initialism as one word: A T S is ats, no letter dropped as a legal form", () => {
    expect(nameTokens("A T S HEAVY EQUIPMENT")).toEqual(["ats", "heavy", "equipment"]);
    expect(nameTokens("J. SMITH")).toEqual(["j", "smith"]);
  });
});

describe("company and place words in romanized Russian", () => {
  it("reads SPB as Saint Petersburg and NPC/NPK as company words", () => {
    expect(top("PJSC SPB EXCHANGE")?.id).toBe("spb");
    expect(nameTokens("SANKT-PETERBURG")).toEqual(["saint", "petersburg"]);
    expect(top("LLC NPC EOMS")?.id).toBe("eoms");
  });

  it("reads TEKHNOLODZHI as TECHNOLOGY", () => {
    expect(top("ATM TECHNOLOGY")?.id).toBe("atm");
  });
});

describe("a short form of a listed firm's name", () => {
  it("alerts when every query word is in the listed name and two are distinctive", () => {
    const hit = top("ATS HEAVY EQUIPMENT");
    expect(hit?.id).toBe("ats");
    expect(reasonsOf(hit!, "shortForm")).toHaveLength(1);
  });

  it("does not apply to people: a given name and patronymic are no short form of a person", () => {
    const person = index.screen({ name: "Sergei Petrovich" }, { threshold: 0 }).matches;
    const firm = new ScreeningIndex([entity("x", "SERGEI PETROVICH NIKOLAEVICH IVANOV")]).screen(
      { name: "Sergei Petrovich" },
      { threshold: 0 },
    ).matches;
    expect(reasonsOf(firm[0]!, "shortForm")).toHaveLength(1);
    const ivanov = person.find((m) => m.id === "ivanov");
    expect(reasonsOf(ivanov!, "shortForm")).toHaveLength(0);
    expect(ivanov!.score).toBeLessThan(firm[0]!.score);
  });

  it("needs rare words: words most listed firms carry make no short form", () => {
    const hits = index.screen({ name: "FILLER FIRM" }, { threshold: 0 }).matches;
    expect(hits.length).toBeGreaterThan(0);
    for (const m of hits) expect(reasonsOf(m, "shortForm")).toHaveLength(0);
  });

  it("needs two distinctive words: a firm word and a company word are not enough", () => {
    expect(index.screen({ name: "EOMS TRADING" }).matches.map((m) => m.id)).not.toContain("ats");
    expect(index.screen({ name: "SPARE TRADING" }).matches.map((m) => m.id)).not.toContain("ats");
  });
});

describe("industry words and Japanese legal forms written in hanzi/kanji", () => {
  it("translates industry words as lists print them, longest first (精细化工 before 化工)", () => {
    expect(nameTokens("精细化工")).toEqual(["fine", "chemical"]);
    expect(nameTokens("船舶管理有限公司")).toEqual(["ship", "management"]);
  });

  it("drops 株式会社 and 有限会社 as legal forms", () => {
    expect(nameTokens("CST有限会社")).toEqual(["cst"]);
    expect(nameTokens("株式会社ABC")).toEqual(["abc"]);
  });
});

describe("transliteration digraphs in short words", () => {
  it("reads KHIT as HIT and IUP as YUP, but not a different short word", () => {
    expect(tokenSimilarity("khit", phoneticKey("khit"), "hit", phoneticKey("hit"))).toBeGreaterThan(0.9);
    expect(tokenSimilarity("iup", phoneticKey("iup"), "yup", phoneticKey("yup"))).toBeGreaterThan(0.9);
    expect(tokenSimilarity("hat", phoneticKey("hat"), "hit", phoneticKey("hit"))).toBe(0);
    expect(tokenSimilarity("kim", phoneticKey("kim"), "kum", phoneticKey("kum"))).toBe(0);
  });
});
