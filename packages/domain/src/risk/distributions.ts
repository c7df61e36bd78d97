import type { Prng } from "./prng.ts";

/**
 * Duration uncertainty as a three-point estimate (optimistic, most likely, pessimistic), sampled
 * from the PERT distribution: a Beta(α, β) scaled to [low, high] with α = 1 + 4(mode−low)/(high−low),
 * β = 1 + 4(high−mode)/(high−low) (Malcolm et al. 1959; Vose, "Risk Analysis", 2008).
 */
export interface ThreePoint {
  low: number;
  mode: number;
  high: number;
}

/** Standard normal by the Marsaglia polar method. */
function normal(rng: Prng): number {
  for (;;) {
    const u = 2 * rng.next() - 1;
    const v = 2 * rng.next() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/** Gamma(shape, 1) by Marsaglia & Tsang (2000); shape < 1 via the boost Gamma(a) = Gamma(a+1)·U^(1/a). */
export function sampleGamma(rng: Prng, shape: number): number {
  if (shape < 1) {
    const u = 1 - rng.next();
    return sampleGamma(rng, shape + 1) * u ** (1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - rng.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

export function sampleBeta(rng: Prng, alpha: number, beta: number): number {
  const x = sampleGamma(rng, alpha);
  const y = sampleGamma(rng, beta);
  return x / (x + y);
}

export function samplePert(rng: Prng, { low, mode, high }: ThreePoint): number {
  if (high <= low) return mode;
  const alpha = 1 + (4 * (mode - low)) / (high - low);
  const beta = 1 + (4 * (high - mode)) / (high - low);
  return low + sampleBeta(rng, alpha, beta) * (high - low);
}

/** Triangular distribution by inverse transform. */
export function sampleTriangular(rng: Prng, { low, mode, high }: ThreePoint): number {
  if (high <= low) return mode;
  const u = rng.next();
  const f = (mode - low) / (high - low);
  return u < f
    ? low + Math.sqrt(u * (high - low) * (mode - low))
    : high - Math.sqrt((1 - u) * (high - low) * (high - mode));
}
