/**
 * Production lines in the search: the chains of a line take the same option (their option lists
 * hold the same keys in the same order), so every move, start and fallback treats a line as one
 * decision.
 */
import type { Choice } from "./fixed-options.ts";
import type { Translation } from "./translate.ts";

/** Per chain index, the chain indices of its line (undefined when it is in none). */
export function lineMembers(t: Translation): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const l of t.lines) for (const c of l.chains) out.set(c, l.chains);
  return out;
}

/** `choice` with every line's chains set to the option of the line's first chain. */
export function alignLines(t: Translation, choice: Choice): number[] {
  const out = [...choice];
  for (const l of t.lines) {
    const lead = out[l.chains[0]!] ?? 0;
    for (const c of l.chains) out[c] = lead;
  }
  return out;
}

/** `choice` with option `o` on chain `c` — and on every other chain of its line. */
export function withOption(t: Translation, choice: Choice, c: number, o: number): number[] {
  const out = [...choice];
  const members = t.lines.find((l) => l.chains.includes(c))?.chains ?? [c];
  for (const m of members) out[m] = o;
  return out;
}

/**
 * For each line, the option index with the highest summed score among those `usable` on every
 * member (undefined: none usable); chains outside lines are left to the caller.
 */
export function bestLineOption(
  t: Translation,
  usable: (c: number, o: number) => boolean,
): Map<number, number | undefined> {
  const out = new Map<number, number | undefined>();
  for (const l of t.lines) {
    const n = t.chains[l.chains[0]!]!.options.length;
    let best: number | undefined;
    let bestScore = -Infinity;
    for (let o = 0; o < n; o++) {
      if (!l.chains.every((c) => usable(c, o))) continue;
      const score = l.chains.reduce((s, c) => s + t.chains[c]!.options[o]!.score, 0);
      if (score > bestScore) {
        best = o;
        bestScore = score;
      }
    }
    for (const c of l.chains) out.set(c, best);
  }
  return out;
}
