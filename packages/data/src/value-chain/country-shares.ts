import type { ValueChain } from "./model.ts";

export interface InputSupply {
  /** Country → share (0..1) where quantified; countries listed without a share map to undefined. */
  countries: Map<string, number | undefined>;
  /** Country → names of firms headquartered there that supply the input. */
  firms: Map<string, string[]>;
}

/**
 * Groups provision rows by input: country-level shares (rows whose provider is a country) and the
 * supplying firms by headquarters country. Pseudo-providers without an ISO code ("Various countries")
 * are left out.
 */
export function supplyByInput(chain: ValueChain): Map<string, InputSupply> {
  const providers = new Map(chain.providers.map((p) => [p.id, p]));
  const out = new Map<string, InputSupply>();
  for (const row of chain.provision) {
    const provider = providers.get(row.providerId);
    if (!provider?.country) continue;
    let supply = out.get(row.inputId);
    if (!supply) {
      supply = { countries: new Map(), firms: new Map() };
      out.set(row.inputId, supply);
    }
    if (provider.kind === "country") {
      const prior = supply.countries.get(provider.country);
      supply.countries.set(provider.country, row.share === undefined ? prior : (prior ?? 0) + row.share);
    } else {
      supply.firms.set(provider.country, [...(supply.firms.get(provider.country) ?? []), provider.name]);
    }
  }
  return out;
}

/** Quantified country shares, largest first (ties by country code for a stable order). */
export function rankedCountries(supply: InputSupply | undefined): { country: string; share: number }[] {
  if (!supply) return [];
  const rows: { country: string; share: number }[] = [];
  for (const [country, share] of supply.countries)
    if (share !== undefined && share > 0) rows.push({ country, share });
  return rows.sort((a, b) => b.share - a.share || a.country.localeCompare(b.country));
}
