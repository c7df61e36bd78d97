import { toIso3 } from "../countries/country-codes.ts";
import { ChiproadError } from "../errors.ts";
import { rankedCountries, supplyByInput } from "./country-shares.ts";
import type { CoverageRow, GapRow, ValueChain } from "./model.ts";

/**
 * Per stage and per input: does `iso3` supply it (as a country or through a firm headquartered there),
 * and with what market share. Stage rows come first, then inputs in file order.
 */
export function countryCoverage(chain: ValueChain, iso3: string): CoverageRow[] {
  const country = checkIso3(iso3);
  const supply = supplyByInput(chain);
  const rows: CoverageRow[] = [];
  const items = [
    ...chain.stages.map((s) => ({ id: s.id, name: s.name, type: "stage", stageId: s.id })),
    ...chain.inputs.map((i) => ({ id: i.id, name: i.name, type: i.type, stageId: i.stageId })),
  ];
  for (const item of items) {
    const s = supply.get(item.id);
    const firms = s?.firms.get(country) ?? [];
    const listed = s?.countries.has(country) ?? false;
    const share = s?.countries.get(country);
    const row: CoverageRow = {
      inputId: item.id,
      inputName: item.name,
      type: item.type,
      covered: (listed && share !== 0) || firms.length > 0,
      firms,
      source: chain.source,
    };
    if (item.stageId) row.stageId = item.stageId;
    if (share !== undefined) row.share = share;
    rows.push(row);
  }
  return rows;
}

/**
 * What `iso3` lacks: inputs that somebody supplies but neither the country nor its firms do, for the
 * given stages in the given order (default: every stage). The ultimate output itself is not a gap.
 */
export function chainGaps(chain: ValueChain, iso3: string, stageIds?: string[]): GapRow[] {
  const country = checkIso3(iso3);
  const order = stageIds ?? chain.stages.map((s) => s.id);
  for (const id of order) {
    if (!chain.stages.some((s) => s.id === id)) {
      throw new ChiproadError(
        "BAD_INPUT",
        `stageIds: unknown stage "${id}"; use one of ${chain.stages.map((s) => s.id).join(", ")}`,
      );
    }
  }
  const supply = supplyByInput(chain);
  const covered = new Map(countryCoverage(chain, country).map((r) => [r.inputId, r.covered]));
  const gaps: GapRow[] = [];
  for (const stageId of order) {
    for (const input of chain.inputs) {
      if (input.stageId !== stageId || input.type === "ultimate_output") continue;
      const s = supply.get(input.id);
      if (!s || covered.get(input.id)) continue;
      const row: GapRow = {
        stageId,
        inputId: input.id,
        inputName: input.name,
        type: input.type,
        topProviders: rankedCountries(s).slice(0, 3),
        source: chain.source,
      };
      if (input.marketSize) row.marketSize = input.marketSize;
      gaps.push(row);
    }
  }
  return gaps;
}

function checkIso3(iso3: string): string {
  const code = iso3.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) {
    throw new ChiproadError(
      "BAD_INPUT",
      `country: expected an ISO 3166-1 alpha-3 code such as IND, got "${iso3}"`,
    );
  }
  // A well-formed code that names no country would silently get "every input is a gap".
  if (toIso3(code) === undefined) {
    throw new ChiproadError("BAD_INPUT", `country: "${code}" is not an ISO 3166-1 alpha-3 country code`);
  }
  return code;
}
