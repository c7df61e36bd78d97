import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatHash, PAGES, parseHash } from "./route.ts";

describe("hash routes", () => {
  it("falls back to the overview for an empty or unknown hash", () => {
    expect(parseHash("")).toEqual({ page: "overview", scenario: null });
    expect(parseHash("#/nowhere?s=")).toEqual({ page: "overview", scenario: null });
  });

  it("reads the page and the selected scenario", () => {
    expect(parseHash("#/roadmap?s=russia-2023")).toEqual({ page: "roadmap", scenario: "russia-2023" });
  });

  it("round-trips any page and scenario id through the hash", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PAGES),
        fc.option(fc.string({ minLength: 1 }), { nil: null }),
        (page, scenario) => {
          expect(parseHash(formatHash({ page, scenario }))).toEqual({ page, scenario });
        },
      ),
    );
  });
});
