/**
 * A partner's offer has one capacity (units per year), shared by every gap that uses it: two
 * targets cannot both get an institute's full output. A choice of options is admissible when, for
 * every offer chosen by two or more gaps, the volume those gaps need from abroad fits the offer's
 * capacity (one gap alone may still use an offer that covers it partly: the coverage criterion
 * already scores that).
 */
import { grouped, list, type Message, msg, ref, renderMessage } from "../messages/index.ts";
import type { Choice } from "./fixed-options.ts";
import type { Translation } from "./translate.ts";

/** Units per year a gap needs from a partner: its volume beyond domestic capacity. */
export function needFromAbroad(t: Translation, c: number): number {
  const g = t.chains[c]!.gap;
  return Math.max(0, (g.requiredVolume ?? 0) - (g.domesticCapacity ?? 0));
}

/** Why `choice` over-uses a shared offer, or undefined when it is admissible. */
export function offerOveruse(t: Translation, choice: Choice): string | undefined {
  const m = offerOveruseMessage(t, choice);
  return m && renderMessage(m, "en");
}

/** `offerOveruse` as a message. */
export function offerOveruseMessage(t: Translation, choice: Choice): Message | undefined {
  const use = new Map<string, { need: number; capacity: number; gaps: string[]; partner: string }>();
  t.chains.forEach((chain, c) => {
    const o = chain.options[choice[c] ?? 0]!;
    if (o.offerId === undefined || o.offerCapacity === undefined) return;
    const u = use.get(o.offerId) ?? { need: 0, capacity: o.offerCapacity, gaps: [], partner: o.partnerId };
    u.need += needFromAbroad(t, c);
    u.gaps.push(chain.gap.id);
    use.set(o.offerId, u);
  });
  for (const u of use.values()) {
    if (u.gaps.length >= 2 && u.need > u.capacity) {
      return msg("capacity.offerShared", {
        partner: ref("partner", u.partner),
        gaps: list(
          u.gaps.map((g) => ref("gap", g)),
          "comma",
        ),
        need: grouped(u.need),
        capacity: grouped(u.capacity),
      });
    }
  }
  return undefined;
}

/**
 * The nearest admissible choice: while an offer is over-used, move the gap that loses least score
 * to its best option on another offer. Undefined when no move helps (the search then says so).
 */
export function repairChoice(t: Translation, choice: Choice): number[] | undefined {
  const out = [...choice];
  const inLine = new Set(t.lines.flatMap((l) => l.chains));
  let overuse = offerOveruse(t, out);
  for (let guard = 0; guard < t.chains.length * 4 && overuse; guard++) {
    let bestMove: { c: number; o: number; loss: number } | undefined;
    t.chains.forEach((chain, c) => {
      if (inLine.has(c)) return; // lines move as a whole in the search, not here
      const current = chain.options[out[c]!]!;
      chain.options.forEach((o, i) => {
        if (i === out[c] || o.offerId === current.offerId) return;
        const next = [...out];
        next[c] = i;
        if (offerOveruse(t, next) === overuse) return; // no better: the same offer still over-used
        const loss = current.score - o.score;
        if (!bestMove || loss < bestMove.loss) bestMove = { c, o: i, loss };
      });
    });
    if (!bestMove) return undefined;
    out[bestMove.c] = bestMove.o;
    overuse = offerOveruse(t, out);
  }
  return overuse ? undefined : out;
}
