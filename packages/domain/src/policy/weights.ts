import { CRITERIA, type Criterion } from "../partners/score.ts";

/** The one syntax for overriding scoring weights, for every door (CLI `--weights`, API `?weights=`). */
export const WEIGHT_LIST_EXAMPLE = "cost=0.3,risk=0.2";

export type WeightListResult =
  | { ok: true; weights: Partial<Record<Criterion, number>> }
  | { ok: false; pair: string; message: string };

/**
 * `coverage=0.4,cost=0.1` → a partial weight set. Each pair is `criterion=value` with a known
 * criterion and a non-negative number; the first bad pair is returned with what would fix it.
 * Empty text gives no overrides.
 */
export function parseWeightList(text: string | undefined): WeightListResult {
  const weights: Partial<Record<Criterion, number>> = {};
  if (!text?.trim()) return { ok: true, weights };
  for (const pair of text.split(",")) {
    const [name, value, extra] = pair.split("=").map((s) => s.trim());
    if (value === undefined || extra !== undefined || !name) {
      return { ok: false, pair, message: `"${pair}" is not criterion=value; e.g. ${WEIGHT_LIST_EXAMPLE}` };
    }
    if (!(CRITERIA as readonly string[]).includes(name)) {
      return {
        ok: false,
        pair,
        message: `"${pair}": unknown criterion "${name}"; use one of ${CRITERIA.join(", ")}`,
      };
    }
    const x = Number(value);
    if (value === "" || !Number.isFinite(x) || x < 0) {
      return { ok: false, pair, message: `"${pair}": ${name} must be a non-negative number` };
    }
    weights[name as Criterion] = x;
  }
  return { ok: true, weights };
}
