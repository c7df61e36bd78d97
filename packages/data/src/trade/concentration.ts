/**
 * Herfindahl–Hirschman index on the antitrust scale: Σ (100·sᵢ)² for shares sᵢ in 0..1, so 10,000 is a
 * single supplier and values below 1,500 are usually called unconcentrated (US DoJ/FTC guidelines).
 */
export function hhi(shares: number[]): number {
  let sum = 0;
  for (const s of shares) sum += (100 * s) ** 2;
  return Math.round(sum * 100) / 100;
}

/** The "numbers equivalent" of an HHI: how many equal suppliers would give the same concentration. */
export function effectiveSuppliers(hhiValue: number): number {
  return hhiValue > 0 ? Math.round((10000 / hhiValue) * 100) / 100 : 0;
}

/** Compound annual growth rate between two values `years` apart; undefined when not computable. */
export function cagr(fromValue: number, toValue: number, years: number): number | undefined {
  if (!(fromValue > 0) || !(toValue >= 0) || years <= 0) return undefined;
  return (toValue / fromValue) ** (1 / years) - 1;
}
