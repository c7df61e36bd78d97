import { ChiproadError, notFound } from "../errors.ts";
import { cagr, effectiveSuppliers, hhi } from "./concentration.ts";
import type { TradeFlow } from "./model.ts";

export interface SupplierShare {
  partner: string;
  valueUsd: number;
  share: number;
  /** Year-on-year growth of this supplier's value; absent in the first year or from zero. */
  growth?: number;
}

export interface MarketYear {
  year: number;
  total: number;
  suppliers: SupplierShare[];
  hhi: number;
  effectiveSuppliers: number;
  /** Year-on-year growth of total imports. */
  growth?: number;
  /** Share of imports from the user-defined group. */
  groupShare?: number;
  /** Value that comes from mirror data (partners' export declarations). */
  mirroredValue?: number;
}

export interface ShareShift {
  partner: string;
  fromShare: number;
  toShare: number;
  /** toShare − fromShare, in share points (0..1 scale). */
  shift: number;
}

export interface MarketReport {
  importer: string;
  hs: string;
  years: MarketYear[];
  fastestGrowing: { partner: string; cagr: number; fromValue: number; toValue: number }[];
  /** Change of each supplier's share between the first and the last year of the period. */
  shareShift?: ShareShift[];
  group?: string[];
  source: string;
  dataDate: string;
}

const round = (x: number, digits = 6) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Dependence of one importer on its suppliers for an HS code (prefix match, default 8542), per year:
 * supplier shares, HHI and effective number of suppliers, growth, share of a partner group; over the
 * period: fastest-growing suppliers (CAGR) and the share shift between the first and last year.
 */
export function marketReport(
  flows: TradeFlow[],
  opts: { importer: string; hs?: string; from?: number; to?: number; group?: string[] },
): MarketReport {
  const importer = opts.importer.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(importer)) {
    throw new ChiproadError(
      "BAD_INPUT",
      `importer: expected an ISO alpha-3 code such as IND, got "${opts.importer}"`,
    );
  }
  const hs = opts.hs ?? "8542";
  if (!/^\d{2,6}$/.test(hs))
    throw new ChiproadError("BAD_INPUT", `hs: expected 2–6 digits such as 8542, got "${hs}"`);
  if (opts.from !== undefined && opts.to !== undefined && opts.from > opts.to) {
    throw new ChiproadError("BAD_INPUT", `from/to: ${opts.from} is after ${opts.to}; swap them`);
  }
  const mine = flows.filter(
    (f) =>
      f.reporter === importer &&
      f.hs.startsWith(hs) &&
      (opts.from === undefined || f.year >= opts.from) &&
      (opts.to === undefined || f.year <= opts.to),
  );
  if (mine.length === 0) {
    throw notFound(
      `no imports of HS ${hs} by ${importer} in the data${opts.from || opts.to ? ` for ${opts.from ?? "…"}–${opts.to ?? "…"}` : ""}`,
      "check the importer code, the HS code and the years, or import trade data that covers them",
    );
  }
  const byYear = new Map<number, Map<string, number>>();
  const mirroredByYear = new Map<number, number>();
  for (const f of mine) {
    const partners = byYear.get(f.year) ?? new Map<string, number>();
    partners.set(f.partner, (partners.get(f.partner) ?? 0) + f.valueUsd);
    byYear.set(f.year, partners);
    if (f.mirrored) mirroredByYear.set(f.year, (mirroredByYear.get(f.year) ?? 0) + f.valueUsd);
  }
  const yearsSorted = [...byYear.keys()].sort((a, b) => a - b);
  const group = opts.group?.map((g) => g.trim().toUpperCase()).filter((g) => g.length > 0);
  const groupSet = group ? new Set(group) : undefined;
  const years: MarketYear[] = [];
  let previous: MarketYear | undefined;
  let previousValues: Map<string, number> | undefined;
  for (const year of yearsSorted) {
    const partners = byYear.get(year)!;
    const total = [...partners.values()].reduce((a, b) => a + b, 0);
    const suppliers: SupplierShare[] = [...partners.entries()]
      .map(([partner, valueUsd]) => {
        const row: SupplierShare = {
          partner,
          valueUsd: round(valueUsd, 2),
          share: total > 0 ? round(valueUsd / total) : 0,
        };
        const before = previousValues?.get(partner);
        if (before !== undefined && before > 0 && previous?.year === year - 1)
          row.growth = round(valueUsd / before - 1);
        return row;
      })
      .sort((a, b) => b.valueUsd - a.valueUsd || a.partner.localeCompare(b.partner));
    const h = hhi(suppliers.map((s) => (total > 0 ? s.valueUsd / total : 0)));
    const entry: MarketYear = {
      year,
      total: round(total, 2),
      suppliers,
      hhi: h,
      effectiveSuppliers: effectiveSuppliers(h),
    };
    if (previous && previous.year === year - 1 && previous.total > 0)
      entry.growth = round(total / previous.total - 1);
    if (groupSet) {
      const inGroup = [...partners.entries()].filter(([p]) => groupSet.has(p)).reduce((a, [, v]) => a + v, 0);
      entry.groupShare = total > 0 ? round(inGroup / total) : 0;
    }
    const mirrored = mirroredByYear.get(year);
    if (mirrored) entry.mirroredValue = round(mirrored, 2);
    years.push(entry);
    previous = entry;
    previousValues = partners;
  }
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const span = last.year - first.year;
  const fromValues = byYear.get(first.year)!;
  const toValues = byYear.get(last.year)!;
  const fastestGrowing = [...toValues.entries()]
    .map(([partner, toValue]) => {
      const fromValue = fromValues.get(partner) ?? 0;
      const g = cagr(fromValue, toValue, span);
      return g === undefined
        ? undefined
        : { partner, cagr: round(g), fromValue: round(fromValue, 2), toValue: round(toValue, 2) };
    })
    .filter((x): x is NonNullable<typeof x> => x !== undefined)
    .sort((a, b) => b.cagr - a.cagr || a.partner.localeCompare(b.partner))
    .slice(0, 10);
  const report: MarketReport = {
    importer,
    hs,
    years,
    fastestGrowing,
    source: unique(mine.map((f) => f.source)).join("; "),
    dataDate: unique(mine.map((f) => f.dataDate)).join("; "),
  };
  if (span > 0) {
    const partners = unique([...fromValues.keys(), ...toValues.keys()]);
    const shareOf = (y: MarketYear, p: string) => y.suppliers.find((s) => s.partner === p)?.share ?? 0;
    report.shareShift = partners
      .map((partner) => {
        const fromShare = shareOf(first, partner);
        const toShare = shareOf(last, partner);
        return { partner, fromShare, toShare, shift: round(toShare - fromShare) };
      })
      .sort((a, b) => Math.abs(b.shift) - Math.abs(a.shift) || a.partner.localeCompare(b.partner));
  }
  if (group) report.group = group;
  return report;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
