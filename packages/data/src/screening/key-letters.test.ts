import { describe, expect, it } from "vitest";
import { tokenSimilarity } from "./name-match.ts";
import { phoneticKey } from "./phonetic.ts";

const sim = (a: string, b: string) => tokenSimilarity(a, phoneticKey(a), b, phoneticKey(b));

describe("a shared phonetic key needs the letters to agree loosely", () => {
  it("does not take PEAKVIEW for PUKIOV or SEVER for SAVYURUER (same key, few letters in common)", () => {
    expect(phoneticKey("peakview")).toBe(phoneticKey("pukiov"));
    expect(sim("peakview", "pukiov")).toBe(0);
    expect(sim("sever", "savyuruer")).toBe(0);
  });

  it("still matches transliteration variants and loanword readings by their key", () => {
    expect(sim("zakharov", "zaharov")).toBe(0.94);
    expect(sim("victor", "viktor")).toBe(0.94);
    expect(sim("aleksandr", "alexandr")).toBeGreaterThanOrEqual(0.9);
    expect(sim("senta", "center")).toBeGreaterThan(0);
  });
});
