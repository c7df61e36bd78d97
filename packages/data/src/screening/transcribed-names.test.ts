import { describe, expect, it } from "vitest";
import { initialsOfRuns } from "./name-match.ts";
import { englishRespelling } from "./scripts/english-respelling.ts";
import { russianInitialsOf } from "./scripts/russian-glossary.ts";
import { ScreeningIndex } from "./screening-index.ts";
import { entity } from "./entity.test-support.ts";
import { matchedWords } from "./reasons.ts";

/** Recall rules of issue 12's fifth round, each on the smallest index where it binds (made-up firms). */
const index = new ScreeningIndex([
  entity("kalit", "DALIAN KALIT MATERIALS CO LTD"),
  entity("kalina", "DALIAN KALINA MATERIALS CO LTD"),
  entity("volna", "OOO VOLNA SEKYURITI", "Company", ["KEIS VOLNA"]),
  entity("plant", "JOINT STOCK COMPANY 77 MISSILE REPAIR PLANT"),
  // Filler so that document frequencies are not all one.
  ...Array.from({ length: 40 }, (_, i) => entity(`f${i}`, `FILLER FIRM NUMBER ${i} HOLDING`)),
]);
const top = (name: string) => index.screen({ name }).matches[0];

describe("hanzi syllables that transcribe a foreign word join into it", () => {
  it("reads 卡利特 (ka li te) as the listed brand KALIT and says how", () => {
    const hit = top("大连卡利特材料有限公司");
    expect(hit?.id).toBe("kalit");
    expect(matchedWords(hit!)).toContainEqual(
      expect.objectContaining({ query: "kalite", joinedFrom: "ka li te", how: "phonetic", listed: "kalit" }),
    );
  });

  it("does not join syllables that drop a consonant of the listed word or sound otherwise", () => {
    // 卡利 (ka li) is shorter than KALIT; 卡洛特 (ka luo te) has another key.
    expect(index.screen({ name: "大连卡利材料有限公司" }).matches.map((m) => m.id)).not.toContain("kalit");
    expect(index.screen({ name: "大连卡洛特材料有限公司" }).matches.map((m) => m.id)).not.toContain("kalit");
  });

  it("leaves a bare personal name of three hanzi alone: its syllables are a given name, not a brand", () => {
    expect(index.screen({ name: "卡利特" }).matches.map((m) => m.id)).not.toContain("kalit");
  });
});

describe("English words spelt the Russian way are the English word", () => {
  it("folds KEIS / CASE, SEKYURITI / SECURITY, LODZHISTIKS / LOGISTICS to one sound spelling", () => {
    expect(englishRespelling("keis")).toBe(englishRespelling("case"));
    expect(englishRespelling("sekyuriti")).toBe(englishRespelling("security"));
    expect(englishRespelling("lodzhistiks")).toBe(englishRespelling("logistics"));
    expect(englishRespelling("kompyuter")).toBe(englishRespelling("computer"));
    // Vowels are kept, so words that only share consonants stay apart (the phonetic key would join them).
    expect(englishRespelling("kiss")).not.toBe(englishRespelling("case"));
    expect(englishRespelling("sokrat")).not.toBe(englishRespelling("security"));
  });

  it("finds a firm listed as KEIS when asked for CASE (a key too short to vouch for it), and says so", () => {
    const hit = top("CASE VOLNA");
    expect(hit?.id).toBe("volna");
    expect(matchedWords(hit!)).toContainEqual(
      expect.objectContaining({ query: "case", how: "respelt", listed: "keis" }),
    );
  });
});

describe("a Russian acronym of a firm listed in English reads the Russian initials", () => {
  it("gives an English glossary word the initials of the Russian words it translates", () => {
    expect(russianInitialsOf("plant")).toContain("z");
    expect(russianInitialsOf("repair")).toBe("r");
    expect(russianInitialsOf("volna")).toBe("");
    expect(initialsOfRuns(["missile", "repair", "plant"])).toContain("rrz");
  });

  it("finds MISSILE REPAIR PLANT as RRZ (Raketny Remontny Zavod) beside a shared word, and says so", () => {
    const hit = top("AO 77 RRZ");
    expect(hit?.id).toBe("plant");
    expect(matchedWords(hit!)).toContainEqual(
      expect.objectContaining({
        query: "rrz",
        how: "initials",
        listed: "missile repair plant",
        readInRussian: true,
      }),
    );
    // Alone, an acronym says too little (the acronym rule's condition), in Russian as in English.
    expect(top("AO RRZ")?.id).toBeUndefined();
  });
});
