import { loadSampleEntities, type MatchReason, ScreeningIndex, type ScreeningMatch } from "@chiproad/data";
import { describe, expect, it } from "vitest";
import { LANGS } from "../messages/catalogue.ts";
import { renderMessage } from "../messages/render.ts";
import { explainMatch } from "./match-explanation.ts";

const match = (reasons: MatchReason[]): ScreeningMatch => ({
  id: "e1",
  name: "MISSILE REPAIR PLANT",
  score: 0.9,
  list: "OFAC SDN",
  datasetVersion: "2024-05-03",
  reasons,
});

describe("a screening match's reasons, worded", () => {
  it("says in English exactly what the matcher found", () => {
    const m = explainMatch(
      match([
        { kind: "list", list: "OFAC SDN", version: "2024-05-03", published: "2024-05-03" },
        { kind: "name", matched: "RRZ", aliasOf: "MISSILE REPAIR PLANT" },
        { kind: "readAs", reading: "ka li te rrz" },
        {
          kind: "words",
          words: [
            { query: "kalite", joinedFrom: "ka li te", how: "phonetic", listed: "kalit" },
            { query: "salita", splitFrom: "salitatrade", how: "exact", listed: "salita" },
            { query: "rrz", how: "initials", listed: "missile repair plant", readInRussian: true },
            { query: "co ltd", how: "exact", listed: "co", low: "company" },
          ],
        },
        { kind: "missing", words: ["hai", "gang"] },
        { kind: "shortForm" },
        { kind: "country", query: "RUS", listed: ["CHN", "HKG"] },
        { kind: "birth", query: "1950", listed: "1973-09-28", agrees: "no" },
      ]),
    );
    expect(m.explanation).toEqual([
      'list OFAC SDN, version "2024-05-03", published 2024-05-03',
      'matched alias "RRZ" of "MISSILE REPAIR PLANT"',
      'query read as "ka li te rrz"',
      "words matched: ka li te joined as kalite phonetic kalit, salita (split from salitatrade), rrz = initials of missile repair plant (read in Russian), co ltd (company word, low weight)",
      "query words not found: hai, gang",
      "every query word is in the listed name (a short form of it): scored by the query's coverage",
      "country conflict: query RUS, list CHN/HKG",
      "birth date conflict: query 1950, list 1973-09-28",
    ]);
    expect(m.explanationMessages.map((x) => x.code)).toEqual([
      "screen.list",
      "screen.alias",
      "screen.readAs",
      "screen.words",
      "screen.missing",
      "screen.shortForm",
      "screen.countryConflict",
      "screen.birthConflict",
    ]);
    expect(m).not.toHaveProperty("reasons");
  });

  it("words every reason of a real match in Russian and Chinese, with the names as listed", async () => {
    const index = new ScreeningIndex(await loadSampleEntities());
    const top = index.screen({ name: "深圳研途进出口有限公司", country: "CN" }).matches[0]!;
    const m = explainMatch(top);
    for (const lang of LANGS) {
      const text = m.explanationMessages.map((x) => renderMessage(x, lang)).join("\n");
      expect(text, lang).toContain("SHENZHEN YANTU IMPORT EXPORT CO LTD");
      expect(text, lang).toContain("shenzhen");
      expect(text, lang).not.toMatch(/\{[?!/]?\w+[}#]/);
    }
    const ru = m.explanationMessages.map((x) => renderMessage(x, "ru")).join("\n");
    expect(ru).toContain("совпавшие слова");
    const zh = m.explanationMessages.map((x) => renderMessage(x, "zh")).join("\n");
    expect(zh).toContain("匹配的词");
    expect(m.explanation.join("\n")).toContain("shen zhen joined as shenzhen");
  });
});
