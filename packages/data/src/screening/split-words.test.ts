import { describe, expect, it } from "vitest";
import { ScreeningIndex } from "./screening-index.ts";
import { entity } from "./entity.test-support.ts";
import { matchedWords } from "./reasons.ts";

/** Issue 12, round 8: words a list prints apart written together, and the reverse, at any length. */
const index = new ScreeningIndex([
  entity("salita", "SALITA TRADE LIMITED"),
  entity("storm", "STORM TECHNOLOGIES LIMITED LIABILITY COMPANY"),
  entity("line", "LINE SHIPPING LLC"),
  entity("benevolence", "BENEVOLENCEINTERNATIONAL FOUNDATION"),
  ...Array.from({ length: 40 }, (_, i) => entity(`f${i}`, `FILLER FIRM NUMBER ${i} HOLDING`)),
]);
const ids = (name: string) => index.screen({ name }).matches.map((m) => m.id);

describe("a query word that is two listed words written together is read apart", () => {
  it("finds a firm listed as two words when asked with them joined, and says so", () => {
    const hit = index.screen({ name: "SALITATRADE LIMITED" }).matches[0];
    expect(hit?.id).toBe("salita");
    expect(matchedWords(hit!)).toContainEqual(
      expect.objectContaining({ query: "salita", splitFrom: "salitatrade" }),
    );
  });

  it("reads a joined company word as the list reads it (TECHNOLOGIES = technology)", () => {
    expect(ids("STORMTECHNOLOGIES LLC")).toContain("storm");
  });

  it("does not take one part of a split word for the whole name", () => {
    expect(ids("STORMLINE")).not.toContain("storm");
    expect(ids("STORMLINE")).not.toContain("line");
  });
});

describe("listed words written together are matched by the query's words apart, however long", () => {
  it("joins words of more than six letters (BENEVOLENCE INTERNATIONAL = BENEVOLENCEINTERNATIONAL)", () => {
    const hit = index.screen({ name: "BENEVOLENCE INTERNATIONAL FOUNDATION" }).matches[0];
    expect(hit?.id).toBe("benevolence");
    expect(hit?.score).toBe(1);
  });
});
