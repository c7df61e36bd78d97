import { describe, expect, it } from "vitest";
import { numberOf } from "./name-match.ts";
import { ScreeningIndex } from "./screening-index.ts";
import { entity } from "./entity.test-support.ts";
import { matchedWords } from "./reasons.ts";

/** Issue 12, round 8: a number written as digits, with an ordinal suffix or as a word is one value. */
const index = new ScreeningIndex([
  entity("decisions", "LIMITED LIABILITY COMPANY NEW DECISIONS 3"),
  entity("decisions4", "LIMITED LIABILITY COMPANY NEW DECISIONS 4"),
  entity("plant", "FIRST MACHINE BUILDING PLANT"),
  ...Array.from({ length: 40 }, (_, i) => entity(`f${i}`, `FILLER FIRM NUMBER ${i} HOLDING`)),
]);
const top = (name: string) => index.screen({ name }).matches[0];

describe("numbers and ordinals are read by value", () => {
  it("reads digits, ordinal suffixes and English words up to ten", () => {
    expect(numberOf("3")).toBe(3);
    expect(numberOf("3rd")).toBe(3);
    expect(numberOf("third")).toBe(3);
    expect(numberOf("three")).toBe(3);
    expect(numberOf("35th")).toBe(35);
    expect(numberOf("007")).toBe(7);
    expect(numberOf("thirdly")).toBeUndefined();
    expect(numberOf("3d")).toBeUndefined();
  });

  it("finds a firm listed with a digit when asked with the ordinal word, and says so", () => {
    const hit = top("NEW DECISIONS THIRD LLC");
    expect(hit?.id).toBe("decisions");
    expect(matchedWords(hit!)).toContainEqual(
      expect.objectContaining({ query: "third", how: "number", listed: "3" }),
    );
  });

  it("finds a firm listed with an ordinal word when asked with digits (1ST)", () => {
    expect(top("1ST MACHINE BUILDING PLANT")?.id).toBe("plant");
  });

  it("keeps two numbered firms apart: THIRD is not 4", () => {
    const ids = index.screen({ name: "NEW DECISIONS THIRD LLC" }).matches.map((m) => m.id);
    expect(ids[0]).toBe("decisions");
    expect(
      index.screen({ name: "NEW DECISIONS THIRD LLC" }).matches.find((m) => m.id === "decisions4")?.score ??
        0,
    ).toBeLessThan(hitScore("NEW DECISIONS THIRD LLC", "decisions"));
  });
});

function hitScore(name: string, id: string): number {
  return index.screen({ name }).matches.find((m) => m.id === id)?.score ?? 0;
}
