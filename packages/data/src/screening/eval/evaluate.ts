import type { Entity, ScreeningQuery } from "../model.ts";
import { nameTokens, scriptOf } from "../normalize.ts";
import { ScreeningIndex } from "../screening-index.ts";

export interface EvalCase {
  category: string;
  /** The query's script; Japanese is told apart from Chinese here (the matcher reads only hanzi). */
  script?: "Latin" | "Cyrillic" | "Han" | "Hangul" | "Japanese";
  query: ScreeningQuery;
  /** Correct entity ids; empty when the query is a look-alike that must not alert. */
  expected: string[];
  /** An alias of a listed entity used as the query: taken out of the index so it must be found otherwise. */
  holdOut?: { entity: string; alias: string };
}

export interface RateBreakdown {
  cases: number;
  positives: number;
  hits: number;
  alerts: number;
  goodAlerts: number;
  precision: number;
  recall: number;
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
  byCategory: Record<string, RateBreakdown>;
  byScript: Record<string, RateBreakdown>;
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
  const byScript: EvalScore["byScript"] = {};
  const empty = (): RateBreakdown => ({
    cases: 0,
    positives: 0,
    hits: 0,
    alerts: 0,
    goodAlerts: 0,
    precision: 1,
    recall: 1,
  });
  const misses: string[] = [];
  const falseAlerts: string[] = [];
  for (const c of cases) {
    const { matches } = index.screen(c.query, { threshold, limit: 10 });
    const expected = new Set(c.expected);
    byCategory[c.category] ??= empty();
    const script = c.script ?? scriptOf(c.query.name);
    byScript[script] ??= empty();
    const groups = [byCategory[c.category]!, byScript[script]!];
    for (const g of groups) g.cases++;
    pairs += matches.length;
    goodPairs += matches.filter((m) => expected.has(m.id)).length;
    if (matches.length > 0) {
      alerts++;
      for (const g of groups) g.alerts++;
      if (expected.has(matches[0]!.id)) {
        goodAlerts++;
        for (const g of groups) g.goodAlerts++;
      } else
        falseAlerts.push(`${c.category}: "${c.query.name}" → ${matches[0]!.name} (${matches[0]!.score})`);
    }
    if (expected.size > 0) {
      positives++;
      for (const g of groups) g.positives++;
      if (matches.some((m) => expected.has(m.id))) {
        found++;
        for (const g of groups) g.hits++;
      } else misses.push(`${c.category}: "${c.query.name}"`);
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 10000) / 10000);
  for (const g of [...Object.values(byCategory), ...Object.values(byScript)]) {
    g.precision = ratio(g.goodAlerts, g.alerts);
    g.recall = ratio(g.hits, g.positives);
  }
  return {
    threshold,
    cases: cases.length,
    precision: ratio(goodAlerts, alerts),
    recall: ratio(found, positives),
    pairPrecision: ratio(goodPairs, pairs),
    byCategory,
    byScript,
    misses,
    falseAlerts,
  };
}

/**
 * The entities with every held-out alias removed (and the aliases that normalize alike), so that a case
 * querying an alias measures whether the party is found from its other names.
 */
export function withoutHeldOutAliases(entities: readonly Entity[], cases: readonly EvalCase[]): Entity[] {
  const drop = new Map<string, Set<string>>();
  const signature = (n: string) => [...nameTokens(n)].sort().join(" ");
  for (const c of cases) {
    if (!c.holdOut) continue;
    const set = drop.get(c.holdOut.entity) ?? new Set<string>();
    set.add(signature(c.holdOut.alias));
    drop.set(c.holdOut.entity, set);
  }
  return entities.map((e) => {
    const sigs = drop.get(e.id);
    return sigs ? { ...e, aliases: e.aliases.filter((a) => !sigs.has(signature(a))) } : e;
  });
}

/** An index for a case set: the full entities, or with held-out aliases removed when the set has any. */
export function indexFor(entities: readonly Entity[], cases: readonly EvalCase[]): ScreeningIndex {
  return new ScreeningIndex(withoutHeldOutAliases(entities, cases));
}
