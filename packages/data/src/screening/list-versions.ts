import type { Entity } from "./model.ts";

/** One release of one restricted-party list, for provenance. */
export interface ListVersion {
  name: string;
  version: string;
  /** The release's publication date, else an ISO date found in the version, else the version itself. */
  date: string;
}

/** The list releases behind a set of entities, one entry per (list, version), sorted. */
export function listVersions(entities: readonly Entity[]): ListVersion[] {
  const seen = new Map<string, ListVersion>();
  for (const e of entities) {
    const key = `${e.list}\u0001${e.datasetVersion}`;
    if (!seen.has(key)) {
      const date = e.publicationDate ?? /\d{4}-\d{2}-\d{2}/.exec(e.datasetVersion)?.[0] ?? e.datasetVersion;
      seen.set(key, { name: e.list, version: e.datasetVersion, date });
    }
  }
  return [...seen.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
}
