import { describe, expect, it } from "vitest";
import type { Problem } from "../model.ts";
import { compile } from "./compiled.ts";

const base: Problem = {
  activities: [{ id: "a", modes: [{ duration: 1, renewable: [1], nonRenewable: [] }] }],
  precedences: [],
  renewable: [{ id: "R1", capacity: 1 }],
  nonRenewable: [],
  budgets: [],
};

describe("problem checks at the boundary", () => {
  it("names the JSON path of a bad value and says what was expected", () => {
    const p = {
      ...base,
      activities: [{ id: "a", modes: [{ duration: -2, renewable: [1], nonRenewable: [] }] }],
    };
    expect(() => compile(p)).toThrow(
      "activities[0].modes[0].duration: expected a non-negative integer, got -2",
    );
  });

  it("checks that demand arrays match the resources", () => {
    const p = {
      ...base,
      activities: [{ id: "a", modes: [{ duration: 1, renewable: [1, 2], nonRenewable: [] }] }],
    };
    expect(() => compile(p)).toThrow(/activities\[0\]\.modes\[0\]\.renewable: expected 1 demands/);
  });

  it("rejects a precedence to an activity that does not exist", () => {
    const p: Problem = { ...base, precedences: [{ from: 0, to: 3, type: "FS", lag: 0 }] };
    expect(() => compile(p)).toThrow(/precedences\[0\]\.to: expected an activity index < 1/);
  });

  it("rejects a time span too long for period profiles, suggesting coarser periods", () => {
    const p = { ...base, activities: [{ ...base.activities[0]!, release: 100_000_000 }] };
    expect(() => compile(p)).toThrow(/too long .* coarser periods/);
  });

  it("carries code BAD_INPUT for the CLI and server", () => {
    try {
      compile({ ...base, activities: [] });
      expect.unreachable();
    } catch (error) {
      expect((error as { code?: string }).code).toBe("BAD_INPUT");
    }
  });
});
