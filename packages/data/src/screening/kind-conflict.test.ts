import { describe, expect, it } from "vitest";
import { ScreeningIndex } from "./screening-index.ts";
import { entity } from "./entity.test-support.ts";

/** Two firms sharing one distinctive word but saying they are different kinds of firm are told apart. */
const index = new ScreeningIndex([
  entity("baikal-center", "LLC BAIKAL CENTER"),
  entity("gru", "MAIN INTELLIGENCE DIRECTORATE"),
  entity("eoms", "NPK EOMS"),
  entity("proma", "PROMA INDUSTRY CO., LTD.", "Company", ["PROMA"]),
  entity("kunlun", "KUNLUN SHIPPING COMPANY LIMITED"),
  // Filler so that company words are common and distinctive words rare, as in a real list.
  ...Array.from({ length: 60 }, (_, i) =>
    entity(`f${i}`, `FILLER${i} ${["ELECTRONICS", "CENTER", "INDUSTRY", "SHIPPING", "TRADING"][i % 5]} LLC`),
  ),
]);

const score = (name: string, id: string) =>
  index.screen({ name }, { threshold: 0, limit: 100 }).matches.find((m) => m.id === id)?.score ?? 0;

describe("different company words on both sides", () => {
  it("does not alert BAIKAL ELECTRONICS JSC on LLC BAIKAL CENTER (it did at 92 %)", () => {
    expect(score("BAIKAL ELECTRONICS JSC", "baikal-center")).toBeLessThan(0.8);
    expect(index.screen({ name: "BAIKAL ELECTRONICS JSC" }).matches).toEqual([]);
  });

  it("still finds a firm when only one side has a company word (lists add and drop them)", () => {
    expect(score("BAIKAL", "baikal-center")).toBeGreaterThanOrEqual(0.8);
    expect(score("KUNLUN SHIPPING", "kunlun")).toBeGreaterThanOrEqual(0.8);
    expect(score("BAIKAL CENTRE LIMITED", "baikal-center")).toBeGreaterThanOrEqual(0.95);
  });

  it("reads a short alias with the company words of the firm's other names", () => {
    expect(score("PROMA SHIPPING LLC", "proma")).toBeLessThan(0.8);
    expect(score("PROMA INDUSTRY", "proma")).toBeGreaterThanOrEqual(0.95);
    expect(score("PROMA", "proma")).toBe(1);
  });

  it("takes one unit of an organisation for another (DEPARTMENT / DIRECTORATE are one word translated)", () => {
    expect(score("MAIN INTELLIGENCE DEPARTMENT", "gru")).toBeGreaterThanOrEqual(0.8);
  });

  it("takes one form of a Russian research and production body for another (NPC / NPK)", () => {
    expect(score("LLC NPC EOMS", "eoms")).toBeGreaterThanOrEqual(0.8);
  });

  it("tells firms apart in Cyrillic and Chinese renderings too", () => {
    expect(score("ООО «Байкал Электроника»", "baikal-center")).toBeLessThan(0.8);
    expect(score("昆仑电子有限公司", "kunlun")).toBeLessThan(0.8);
    expect(score("昆仑航运有限公司", "kunlun")).toBeGreaterThanOrEqual(0.8);
  });
});

describe("different company words that are common", () => {
  // Company words in most listed firms: their rarity alone would make the difference weigh almost nothing.
  const common = new ScreeningIndex([
    entity("yunze", "BEIJING YUNZE TECHNOLOGY CO., LTD."),
    ...Array.from({ length: 300 }, (_, i) =>
      entity(`c${i}`, `COMMON${i} ${i % 2 === 0 ? "TRADING" : "TECHNOLOGY"} CO LTD`),
    ),
  ]);
  const at = (name: string) =>
    common.screen({ name }, { threshold: 0, limit: 400 }).matches.find((m) => m.id === "yunze")?.score ?? 0;

  it("still tell two firms apart (YUNZE TRADING is not YUNZE TECHNOLOGY)", () => {
    expect(at("BEIJING YUNZE TRADING CO LTD")).toBeLessThan(0.8);
    expect(at("北京云泽贸易有限公司")).toBeLessThan(0.8);
  });

  it("do not stop the firm being found by its own words", () => {
    expect(at("BEIJING YUNZE TECHNOLOGY")).toBeGreaterThanOrEqual(0.95);
    expect(at("北京云泽科技有限公司")).toBeGreaterThanOrEqual(0.9);
    expect(at("YUNZE")).toBeGreaterThanOrEqual(0.8);
  });
});
