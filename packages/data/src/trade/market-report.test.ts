import { describe, expect, it } from "vitest";
import { cagr, effectiveSuppliers, hhi } from "./concentration.ts";
import { marketReport } from "./market-report.ts";
import type { TradeFlow } from "./model.ts";

const flow = (year: number, partner: string, valueUsd: number, hs = "854231"): TradeFlow => ({
  year,
  reporter: "IND",
  partner,
  hs,
  valueUsd,
  source: "hand-made",
  dataDate: "2024",
});

// 2020: TWN 60, CHN 30, KOR 10 (total 100). 2022: TWN 60, CHN 60, KOR 0 → absent, VNM 30 (total 150).
const flows = [
  flow(2020, "TWN", 60),
  flow(2020, "CHN", 30),
  flow(2020, "KOR", 10),
  flow(2021, "TWN", 70),
  flow(2021, "CHN", 40),
  flow(2022, "TWN", 50),
  flow(2022, "TWN", 10, "854232"),
  flow(2022, "CHN", 60),
  flow(2022, "VNM", 30),
  { ...flow(2022, "USA", 999), reporter: "BRA" },
  flow(2022, "JPN", 999, "854110"),
];

describe("hhi and friends", () => {
  it("computes the HHI on the 0–10,000 scale", () => {
    expect(hhi([1])).toBe(10000);
    expect(hhi([0.6, 0.3, 0.1])).toBe(4600); // 3600 + 900 + 100
    expect(effectiveSuppliers(4600)).toBeCloseTo(2.17, 2);
    expect(cagr(100, 121, 2)).toBeCloseTo(0.1, 10);
    expect(cagr(0, 5, 2)).toBeUndefined();
  });
});

describe("marketReport", () => {
  const r = marketReport(flows, { importer: "ind", hs: "8542", group: ["TWN", "KOR"] });

  it("computes supplier shares and HHI per year, only for the importer and HS prefix", () => {
    expect(r.years.map((y) => [y.year, y.total, y.hhi])).toEqual([
      [2020, 100, 4600],
      [2021, 110, 5371.9], // (70/110)² + (40/110)² = 0.40496 + 0.13223
      [2022, 150, 3600], // 0.4² + 0.4² + 0.2² = 0.16 + 0.16 + 0.04
    ]);
    expect(r.years[0]!.suppliers).toEqual([
      { partner: "TWN", valueUsd: 60, share: 0.6 },
      { partner: "CHN", valueUsd: 30, share: 0.3 },
      { partner: "KOR", valueUsd: 10, share: 0.1 },
    ]);
  });

  it("reports year-on-year growth of the total and per supplier", () => {
    expect(r.years[1]!.growth).toBeCloseTo(0.1, 6);
    expect(r.years[1]!.suppliers.find((s) => s.partner === "CHN")!.growth).toBeCloseTo(1 / 3, 5);
  });

  it("reports the share of imports from the user-defined group", () => {
    expect(r.years.map((y) => y.groupShare)).toEqual([0.7, 0.636364, 0.4]);
  });

  it("ranks suppliers by CAGR over the period and reports the share shift", () => {
    // CHN 30 → 60 over 2 years: √2 − 1; TWN 60 → 60: 0. KOR disappears, VNM is new: no CAGR.
    expect(r.fastestGrowing.map((g) => [g.partner, g.cagr])).toEqual([
      ["CHN", 0.414214],
      ["TWN", 0],
    ]);
    expect(r.shareShift?.slice(0, 2)).toEqual([
      { partner: "TWN", fromShare: 0.6, toShare: 0.4, shift: -0.2 },
      { partner: "VNM", fromShare: 0, toShare: 0.2, shift: 0.2 },
    ]);
  });

  it("carries source and data date", () => {
    expect([r.source, r.dataDate]).toEqual(["hand-made", "2024"]);
  });

  it("restricts to the requested years", () => {
    const only = marketReport(flows, { importer: "IND", from: 2021, to: 2021 });
    expect(only.years.map((y) => y.year)).toEqual([2021]);
    expect(only.shareShift).toBeUndefined();
  });

  it("says NOT_FOUND when the importer has no data and BAD_INPUT for a malformed code", () => {
    expect(() => marketReport(flows, { importer: "DEU" })).toThrowError(
      expect.objectContaining({ code: "NOT_FOUND" }),
    );
    expect(() => marketReport(flows, { importer: "India" })).toThrowError(
      expect.objectContaining({ code: "BAD_INPUT" }),
    );
  });
});
