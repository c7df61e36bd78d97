/** One input of the world value chain as `/api/chain/gaps` returns it (read defensively). */
export interface ChainInput {
  stageId?: string;
  inputId: string;
  inputName?: string;
  type?: string;
  topProviders?: { country: string; share: number }[];
  marketSize?: string;
}

export interface CoverageRow {
  inputId: string;
  inputName: string;
  stage: string;
  /** The programme country's share of world supply (0 when it is not a top provider). */
  countryShare: number;
  providers: { country: string; share: number }[];
  marketSize?: string;
}

/** Shares to two decimals, so `0.8270000000000001` reads as 83 %. */
const round = (share: number) => Math.round(share * 100) / 100;

/**
 * The domestic-coverage table for `country`: inputs where the country supplies part of the world
 * first (largest share first), then the rest by stage; shares rounded; no raw records.
 */
export function coverageRows(inputs: readonly ChainInput[], country: string): CoverageRow[] {
  const code = country.toUpperCase();
  const rows = inputs
    .filter((i) => typeof i?.inputId === "string")
    .map((i) => {
      const providers = (i.topProviders ?? [])
        .filter((p) => typeof p.share === "number")
        .map((p) => ({ country: p.country, share: round(p.share) }));
      const own = providers.find((p) => p.country.toUpperCase() === code);
      return {
        inputId: i.inputId,
        inputName: i.inputName ?? i.inputId,
        stage: i.type ?? i.stageId ?? "",
        countryShare: own?.share ?? 0,
        providers,
        ...(i.marketSize ? { marketSize: i.marketSize } : {}),
      };
    });
  return rows.sort(
    (a, b) =>
      b.countryShare - a.countryShare ||
      a.stage.localeCompare(b.stage) ||
      a.inputName.localeCompare(b.inputName),
  );
}
