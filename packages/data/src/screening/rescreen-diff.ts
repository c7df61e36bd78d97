import type { Entity, ScreeningMatch, ScreeningQuery } from "./model.ts";
import { DEFAULT_SCREENING_THRESHOLD } from "./model.ts";
import { ScreeningIndex } from "./screening-index.ts";

/** A party the user deals with (partner firm, counterpart, signatory), screened again on each release. */
export interface Counterparty extends ScreeningQuery {
  /** The caller's own id for the party (e.g. a partner id); alerts carry it back. */
  id: string;
}

export type AlertKind = "added" | "removed" | "changed";

/** One difference between screening a party against the old and the new release of the lists. */
export interface ScreeningAlert {
  party: string;
  partyName: string;
  kind: AlertKind;
  /** The listed entity, its list and the versions compared. */
  entityId: string;
  entityName: string;
  list: string;
  oldVersion?: string;
  newVersion?: string;
  /** Absent on the side where the entity did not match (added: no old score; removed: no new one). */
  oldScore?: number;
  newScore?: number;
  /** The listed name or alias that matched: the new one for added and changed, the old one for removed. */
  matchedName: string;
  publicationDate?: string;
}

export interface DiffOptions {
  threshold?: number;
  /** A score moving by at least this much is a "changed" alert (default 0.02). */
  minScoreChange?: number;
  /** Matches kept per party and side (default 20). */
  limit?: number;
}

/**
 * Re-screening as a pure function: every counterparty is screened against the old and the new entity
 * set, and the alerts are the differences — a hit that appears (added), disappears (removed: delisted,
 * or its names changed so it no longer matches) or whose score moves (changed). Hits are keyed by list
 * and entity id. Pass a prebuilt index for a side that is screened repeatedly.
 */
export function diffScreenings(
  parties: readonly Counterparty[],
  oldSide: ScreeningIndex | Entity[],
  newSide: ScreeningIndex | Entity[],
  opts: DiffOptions = {},
): ScreeningAlert[] {
  const threshold = opts.threshold ?? DEFAULT_SCREENING_THRESHOLD;
  const minChange = opts.minScoreChange ?? 0.02;
  const limit = opts.limit ?? 20;
  const oldIndex = oldSide instanceof ScreeningIndex ? oldSide : new ScreeningIndex(oldSide);
  const newIndex = newSide instanceof ScreeningIndex ? newSide : new ScreeningIndex(newSide);
  const alerts: ScreeningAlert[] = [];
  for (const party of parties) {
    const { id, ...query } = party;
    const before = hitsByKey(oldIndex.screen(query, { threshold, limit }).matches);
    const after = hitsByKey(newIndex.screen(query, { threshold, limit }).matches);
    const base = { party: id, partyName: party.name };
    for (const [key, n] of after) {
      const o = before.get(key);
      if (!o) {
        alerts.push({
          ...base,
          kind: "added",
          ...entityOf(n),
          newVersion: n.datasetVersion,
          newScore: n.score,
        });
      } else if (Math.abs(n.score - o.score) >= minChange) {
        alerts.push({
          ...base,
          kind: "changed",
          ...entityOf(n),
          oldVersion: o.datasetVersion,
          newVersion: n.datasetVersion,
          oldScore: o.score,
          newScore: n.score,
        });
      }
    }
    for (const [key, o] of before) {
      if (!after.has(key)) {
        alerts.push({
          ...base,
          kind: "removed",
          ...entityOf(o),
          oldVersion: o.datasetVersion,
          oldScore: o.score,
        });
      }
    }
  }
  return alerts;
}

function hitsByKey(matches: ScreeningMatch[]): Map<string, ScreeningMatch> {
  return new Map(matches.map((m) => [`${m.list}\u0001${m.id}`, m]));
}

function entityOf(
  m: ScreeningMatch,
): Pick<ScreeningAlert, "entityId" | "entityName" | "list" | "matchedName" | "publicationDate"> {
  const out: Pick<ScreeningAlert, "entityId" | "entityName" | "list" | "matchedName" | "publicationDate"> = {
    entityId: m.id,
    entityName: m.name,
    list: m.list,
    matchedName: m.matchedName ?? m.name,
  };
  if (m.publicationDate) out.publicationDate = m.publicationDate;
  return out;
}
