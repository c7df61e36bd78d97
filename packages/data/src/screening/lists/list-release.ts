import { badInput } from "../../errors.ts";
import type { Entity } from "../model.ts";

/** The public list formats chiproad imports. */
export type ListFormat =
  | "ofac-sdn-csv"
  | "ofac-cons-csv"
  | "ofac-xml"
  | "eu-fsf-xml"
  | "uk-conlist-csv"
  | "un-sc-xml"
  | "ftm-json";

/** One published release of one list: its entities all carry its name, version and publication date. */
export interface ListRelease {
  /** "OFAC SDN", "OFAC Consolidated (non-SDN)", "EU FSF", "UK Consolidated List", "UN SC", "OpenSanctions". */
  list: string;
  /** The release as the publisher names it (publication date, file id), else a content hash. */
  version: string;
  /** ISO date the publisher gives for the release (absent only for a legacy OFAC CSV without source.json). */
  publicationDate?: string;
  format: ListFormat;
  file: string;
  entities: Entity[];
}

/** Stamps the release on its entities and refuses an empty release (it must never become current). */
export function makeRelease(r: Omit<ListRelease, "entities">, entities: Entity[]): ListRelease {
  if (entities.length === 0) {
    throw badInput(
      r.file,
      1,
      1,
      `the ${r.list} file holds no entities`,
      "an empty list is refused rather than replacing the current version; check the download",
    );
  }
  for (const e of entities) {
    e.list = r.list;
    e.datasetVersion = r.version;
    if (r.publicationDate) e.publicationDate = r.publicationDate;
  }
  return { ...r, entities };
}

/** "05/03/2024" (US month/day/year) → "2024-05-03". */
export function usDate(text: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text.trim());
  return m ? `${m[3]}-${m[1]!.padStart(2, "0")}-${m[2]!.padStart(2, "0")}` : undefined;
}

/** "03/05/2024" (day/month/year, UK) → "2024-05-03"; "00" parts (unknown) shorten the date. */
export function ukDate(text: string): string | undefined {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(text.trim());
  if (!m) return undefined;
  if (m[2] === "00") return m[3];
  if (m[1] === "00") return `${m[3]}-${m[2]}`;
  return `${m[3]}-${m[2]}-${m[1]}`;
}
