import type { ScreeningQuery } from "../model.ts";
import type { ScreeningIndex } from "../screening-index.ts";

export interface EvalCase {
  category: string;
  query: ScreeningQuery;
  /** Correct entity ids; empty when the query is a look-alike that must not alert. */
  expected: string[];
}

export interface EvalScore {
  threshold: number;
  cases: number;
  /** Alert level: of the queries that raised an alert, the share whose top match is a correct entity. */
  precision: number;
  /** Of the queries with a listed party, the share where a correct entity is among the matches. */
  recall: number;
  /** Pair level: correct (query, entity) hits over all hits returned (limit 10 per query). */
  pairPrecision: number;
  byCategory: Record<string, { cases: number; hits: number; alerts: number }>;
  misses: string[];
  falseAlerts: string[];
}

/** Scores the index on a labelled set at one threshold. */
export function evaluate(index: ScreeningIndex, cases: EvalCase[], threshold: number): EvalScore {
  let alerts = 0;
  let goodAlerts = 0;
  let positives = 0;
  let found = 0;
  let pairs = 0;
  let goodPairs = 0;
  const byCategory: EvalScore["byCategory"] = {};
  const misses: string[] = [];
  const falseAlerts: string[] = [];
  for (const c of cases) {
    const { matches } = index.screen(c.query, { threshold, limit: 10 });
    const expected = new Set(c.expected);
    byCategory[c.category] ??= { cases: 0, hits: 0, alerts: 0 };
    const cat = byCategory[c.category]!;
    cat.cases++;
    pairs += matches.length;
    goodPairs += matches.filter((m) => expected.has(m.id)).length;
    if (matches.length > 0) {
      alerts++;
      cat.alerts++;
      if (expected.has(matches[0]!.id)) goodAlerts++;
      else falseAlerts.push(`${c.category}: "${c.query.name}" → ${matches[0]!.name} (${matches[0]!.score})`);
    }
    if (expected.size > 0) {
      positives++;
      if (matches.some((m) => expected.has(m.id))) {
        found++;
        cat.hits++;
      } else misses.push(`${c.category}: "${c.query.name}"`);
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 10000) / 10000);
  return {
    threshold,
    cases: cases.length,
    precision: ratio(goodAlerts, alerts),
    recall: ratio(found, positives),
    pairPrecision: ratio(goodPairs, pairs),
    byCategory,
    misses,
    falseAlerts,
  };
}
