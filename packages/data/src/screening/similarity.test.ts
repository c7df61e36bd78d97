import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jaroWinkler, jaroWinklerBound } from "./similarity.ts";

describe("jaroWinklerBound", () => {
  it("is never below the Jaro–Winkler similarity it stands in for", () => {
    // Small alphabets make shared letters, repeats and transpositions common.
    const word = fc.stringMatching(/^[a-f]{1,12}$/);
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(jaroWinklerBound(a, b)).toBeGreaterThanOrEqual(jaroWinkler(a, b));
      }),
      { numRuns: 5000 },
    );
  });

  it("rules out words that share few letters and keeps near spellings", () => {
    expect(jaroWinklerBound("petrov", "smirnova")).toBeLessThan(0.7);
    expect(jaroWinklerBound("zakharov", "zaharov")).toBeGreaterThanOrEqual(
      jaroWinkler("zakharov", "zaharov"),
    );
    // Anagrams share every letter: only the measure itself tells them apart.
    expect(jaroWinklerBound("tokyo", "kyoto")).toBe(1);
  });

  it("does not rule out words with letters outside ASCII", () => {
    expect(jaroWinklerBound("müller", "abcdef")).toBe(1);
  });
});
