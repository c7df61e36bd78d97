import type { Entity, MatchReason, ScreeningQuery } from "./model.ts";

/**
 * Secondary attributes move a name score up or down: a matching identifier is near-conclusive, a
 * matching country or birth date adds a little, a conflicting one subtracts more (two people with
 * the same name and different birth years are most likely different people).
 */
export function adjustForAttributes(
  nameScore: number,
  entity: Entity,
  query: ScreeningQuery,
  identifierMatch: boolean,
): { score: number; notes: MatchReason[] } {
  let score = nameScore;
  const notes: MatchReason[] = [];
  if (identifierMatch) {
    score = Math.max(score, 0.9) + 0.08;
    notes.push({ kind: "identifier" });
  }
  if (query.country && entity.countries.length > 0) {
    if (entity.countries.includes(query.country)) {
      score += 0.04;
      notes.push({ kind: "country", query: query.country });
    } else {
      score -= 0.08;
      notes.push({ kind: "country", query: query.country, listed: [...entity.countries] });
    }
  }
  if (query.birthDate && entity.birthDate) {
    const qYear = query.birthDate.slice(0, 4);
    const eYear = entity.birthDate.slice(0, 4);
    if (query.birthDate === entity.birthDate) {
      score += 0.06;
      notes.push({ kind: "birth", query: query.birthDate, listed: entity.birthDate, agrees: "date" });
    } else if (qYear === eYear) {
      score += 0.03;
      notes.push({ kind: "birth", query: query.birthDate, listed: entity.birthDate, agrees: "year" });
    } else if (Math.abs(Number(qYear) - Number(eYear)) > 1) {
      score -= 0.15;
      notes.push({ kind: "birth", query: query.birthDate, listed: entity.birthDate, agrees: "no" });
    }
  }
  return { score: Math.max(0, Math.min(1, score)), notes };
}
