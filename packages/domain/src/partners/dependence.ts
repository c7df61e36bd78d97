import type { ReferenceData } from "../scenario/reference-data.ts";

/** Herfindahl–Hirschman index of shares in [0, 1], on the 0–10,000 scale. */
export function herfindahl(shares: Iterable<number>): number {
  let total = 0;
  let sum = 0;
  for (const s of shares) {
    total += s;
    sum += s * s;
  }
  return total > 0 ? (sum / (total * total)) * 10_000 : 0;
}

export interface SupplierShares {
  basis: "market" | "value-chain";
  /** Supplier country (ISO3) → share in [0, 1]. */
  shares: Map<string, number>;
}

/**
 * Current supplier concentration the programme depends on: the importer's latest-year market
 * shares when `ref.market` is the programme country's, otherwise the world supply shares of the
 * input in the value chain (country providers only).
 */
export function supplierShares(
  ref: ReferenceData,
  country: string,
  inputId: string,
): SupplierShares | undefined {
  const market = ref.market;
  if (market && market.importer === country) {
    const latest = [...market.years].sort((a, b) => b.year - a.year)[0];
    if (latest && latest.suppliers.length > 0) {
      return { basis: "market", shares: new Map(latest.suppliers.map((s) => [s.partner, s.share])) };
    }
  }
  const chain = ref.chain;
  if (!chain) return undefined;
  const countries = new Map(
    chain.providers.filter((p) => p.kind === "country").map((p) => [p.id, p.country ?? p.name]),
  );
  const shares = new Map<string, number>();
  for (const p of chain.provision) {
    const code = countries.get(p.providerId);
    if (p.inputId !== inputId || code === undefined || p.share === undefined) continue;
    shares.set(code, (shares.get(code) ?? 0) + p.share);
  }
  return shares.size > 0 ? { basis: "value-chain", shares } : undefined;
}

/**
 * HHI before and after an option, under a stated approximation: the option moves `shift` of the
 * supply, taken proportionally from current suppliers; the localized part (`localization`) goes
 * to domestic production — counted as a supplier of its own (`domestic`) — and the rest to the
 * partner's country. Counting domestic output is what lets localization lower the index; import
 * shares alone are scale-free and would not see it.
 */
export function hhiAfterOption(
  current: SupplierShares,
  partnerCountries: readonly string[],
  shift: number,
  localization: number,
  domestic: string,
): { before: number; after: number } {
  const after = new Map<string, number>();
  for (const [country, share] of current.shares) after.set(country, share * (1 - shift));
  // A bloc's share of the shift goes to its members in proportion to what they supply now.
  const weights = partnerCountries.map((c) => current.shares.get(c) ?? 0);
  const total = weights.reduce((s, w) => s + w, 0);
  partnerCountries.forEach((c, i) => {
    const part = total > 0 ? weights[i]! / total : 1 / partnerCountries.length;
    after.set(c, (after.get(c) ?? 0) + shift * (1 - localization) * part);
  });
  after.set(domestic, (after.get(domestic) ?? 0) + shift * localization);
  return { before: herfindahl(current.shares.values()), after: herfindahl(after.values()) };
}
