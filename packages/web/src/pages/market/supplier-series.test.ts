import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MarketReport } from "../../api/types.ts";
import { supplierSeries } from "./supplier-series.ts";

function report(years: { year: number; shares: Record<string, number> }[]): MarketReport {
  return {
    importer: "RUS",
    hs: "8542",
    fastestGrowing: [],
    years: years.map(({ year, shares }) => ({
      year,
      total: 100,
      hhi: 0,
      effectiveSuppliers: 0,
      suppliers: Object.entries(shares).map(([partner, share]) => ({
        partner,
        share,
        valueUsd: share * 100,
      })),
    })),
    source: "test",
    dataDate: "2024",
  };
}

describe("stacked supplier shares", () => {
  it("keeps every supplier that is ever in the top N and folds the rest into other", () => {
    const out = supplierSeries(
      report([
        { year: 2019, shares: { CHN: 0.5, KOR: 0.3, MYS: 0.2 } },
        { year: 2018, shares: { CHN: 0.4, DEU: 0.35, MYS: 0.25 } },
      ]),
      2,
      "other",
    );
    expect(out.years).toEqual([2018, 2019]);
    expect(out.series.map((s) => s.partner)).toEqual(["CHN", "DEU", "KOR", "other"]);
    expect(out.series.find((s) => s.partner === "other")?.shares).toEqual([0.25, 0.2]);
  });

  it("preserves each year's total share", () => {
    const shares = fc.dictionary(
      fc.constantFrom("CHN", "KOR", "MYS", "IND", "TWN", "USA"),
      fc.double({ min: 0, max: 1, noNaN: true }),
      {
        minKeys: 1,
      },
    );
    fc.assert(
      fc.property(
        fc.array(shares, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 6 }),
        (years, top) => {
          const input = report(years.map((s, i) => ({ year: 2000 + i, shares: s })));
          const out = supplierSeries(input, top, "other");
          out.years.forEach((_, i) => {
            const total = Object.values(years[i] ?? {}).reduce((a, b) => a + b, 0);
            const stacked = out.series.reduce((sum, s) => sum + (s.shares[i] ?? 0), 0);
            expect(stacked).toBeCloseTo(total, 9);
          });
        },
      ),
    );
  });
});
