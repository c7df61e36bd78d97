import { describe, expect, it } from "vitest";
import { binOf, monthlyBins } from "./risk-bins.ts";

describe("risk histogram months", () => {
  it("fills months without completions so the axis is linear in time", () => {
    const bins = monthlyBins([
      { date: "2026-03-01", count: 4 },
      { date: "2026-06-01", count: 46 },
      { date: "2027-01-01", count: 1 },
    ]);
    expect(bins.map((b) => b.month)).toEqual([
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
      "2026-12",
      "2027-01",
    ]);
    expect(bins[3]).toEqual({ month: "2026-06", count: 46 });
    expect(bins[1]?.count).toBe(0);
  });

  it("puts a percentile on the bar of its own month, including an empty month", () => {
    const bins = monthlyBins([
      { date: "2026-03-01", count: 4 },
      { date: "2026-06-01", count: 46 },
    ]);
    expect(binOf(bins, "2026-06-30")).toBe(3);
    expect(binOf(bins, "2026-04-15")).toBe(1);
    expect(binOf(bins, "2025-01-01")).toBe(-1);
    expect(binOf(bins, null)).toBe(-1);
  });
});
