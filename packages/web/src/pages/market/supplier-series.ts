import type { MarketReport } from "../../api/types.ts";

export interface SupplierSeries {
  years: number[];
  /** One series per supplier shown, plus "other" for the rest, as shares in [0, 1] per year. */
  series: { partner: string; shares: number[] }[];
}

/**
 * Picks the suppliers that ever rank in the top `top` by share and folds the rest into "other",
 * so the stacked chart stays readable while each year still sums to the whole market.
 */
export function supplierSeries(report: MarketReport, top: number, otherLabel: string): SupplierSeries {
  const years = [...report.years].sort((a, b) => a.year - b.year);
  const shown = new Set<string>();
  for (const year of years) {
    const ranked = [...year.suppliers].sort((a, b) => b.share - a.share).slice(0, top);
    for (const s of ranked) shown.add(s.partner);
  }
  const partners = [...shown].sort();
  const series = partners.map((partner) => ({
    partner,
    shares: years.map((y) => y.suppliers.find((s) => s.partner === partner)?.share ?? 0),
  }));
  const other = years.map((y) =>
    Math.max(
      0,
      y.suppliers.filter((s) => !shown.has(s.partner)).reduce((sum, s) => sum + s.share, 0),
    ),
  );
  if (other.some((v) => v > 0)) series.push({ partner: otherLabel, shares: other });
  return { years: years.map((y) => y.year), series };
}
