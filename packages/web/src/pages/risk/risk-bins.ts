import type { RiskResult } from "../../api/types.ts";

/**
 * The completion histogram as one bar per calendar month from the first to the last completed
 * month, months without a completion included with 0, so the axis is linear in time and a
 * percentile's marker lands on its own month (the domain skips empty months).
 */
export function monthlyBins(histogram: RiskResult["histogram"]): { month: string; count: number }[] {
  if (histogram.length === 0) return [];
  const counts = new Map<string, number>();
  for (const h of histogram) counts.set(h.date.slice(0, 7), (counts.get(h.date.slice(0, 7)) ?? 0) + h.count);
  const months = [...counts.keys()].sort();
  const first = months[0] ?? "";
  const last = months[months.length - 1] ?? "";
  const out: { month: string; count: number }[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push({ month: key, count: counts.get(key) ?? 0 });
    if (key >= last) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** The bar of the month `date` (YYYY-MM-DD) falls in, or -1 when it lies outside the histogram. */
export function binOf(bins: readonly { month: string }[], date: string | null): number {
  if (!date) return -1;
  return bins.findIndex((b) => b.month === date.slice(0, 7));
}
