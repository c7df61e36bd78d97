/**
 * One row of `/api/chain/gaps?country=`: a value-chain input the country does not provide (ETO
 * chip-explorer data), with the countries that do (read defensively).
 */
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
  providers: { country: string; share: number }[];
  /** The top providers' combined share of world supply: how concentrated the input is. */
  concentration: number;
  marketSize?: string;
}

/** Shares to two decimals, so `0.8270000000000001` reads as 83 %. */
const round = (share: number) => Math.round(share * 100) / 100;

/**
 * The inputs the country lacks as table rows: shares rounded, the most concentrated inputs (the
 * hardest to source elsewhere) first, then by stage and name; no raw records.
 */
export function coverageRows(inputs: readonly ChainInput[]): CoverageRow[] {
  const rows = inputs
    .filter((i) => typeof i?.inputId === "string")
    .map((i) => {
      const providers = (i.topProviders ?? [])
        .filter((p) => typeof p.share === "number")
        .map((p) => ({ country: p.country, share: round(p.share) }));
      return {
        inputId: i.inputId,
        inputName: i.inputName ?? i.inputId,
        stage: i.type ?? i.stageId ?? "",
        providers,
        concentration: round(providers.reduce((sum, p) => sum + p.share, 0)),
        ...(i.marketSize ? { marketSize: i.marketSize } : {}),
      };
    });
  return rows.sort(
    (a, b) =>
      b.concentration - a.concentration ||
      a.stage.localeCompare(b.stage) ||
      a.inputName.localeCompare(b.inputName),
  );
}
