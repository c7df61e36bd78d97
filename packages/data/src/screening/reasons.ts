import type { MatchedWord, MatchReason, ScreeningMatch } from "./model.ts";

/** The words a match paired (its "words" reason), in the order the matcher paired them. */
export function matchedWords(match: ScreeningMatch): MatchedWord[] {
  return match.reasons.flatMap((r) => (r.kind === "words" ? r.words : []));
}

/** The match's reasons of one kind. */
export function reasonsOf<K extends MatchReason["kind"]>(
  match: ScreeningMatch,
  kind: K,
): Extract<MatchReason, { kind: K }>[] {
  return match.reasons.filter((r): r is Extract<MatchReason, { kind: K }> => r.kind === kind);
}
