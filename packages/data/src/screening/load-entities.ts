import { samplePath } from "../source.ts";
import { isOfacSetFile, ofacPrimaryFile } from "./load-ofac.ts";
import type { ListRelease } from "./lists/list-release.ts";
import { loadListRelease } from "./lists/load-list.ts";
import type { Entity } from "./model.ts";

/**
 * Loads several list files into one entity list, each entity keeping its own list, version and
 * publication date (lists are merged side by side, never replacing each other). Formats as in
 * `loadListRelease`; the files of one OFAC CSV set (sdn.csv, add.csv, alt.csv) count once.
 */
export async function loadEntities(files: string[]): Promise<Entity[]> {
  return (await loadListReleases(files)).flatMap((r) => r.entities);
}

/** One release per list file (OFAC CSV sets folded into their primary file), in the order given. */
export async function loadListReleases(files: string[]): Promise<ListRelease[]> {
  const seen = new Set<string>();
  const out: ListRelease[] = [];
  for (const file of files) {
    const key = isOfacSetFile(file) ? ofacPrimaryFile(file) : file;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(await loadListRelease(file));
  }
  return out;
}

/** Files of the shipped samples: OFAC SDN subset (public domain) and OpenSanctions fixtures (CC BY-NC). */
export const SAMPLE_LIST_FILES = [
  samplePath("open", "ofac", "sdn.csv"),
  samplePath("noncommercial", "opensanctions", "zala_entities.ftm.json"),
  samplePath("noncommercial", "opensanctions", "eu_fsf_sample_entities.ftm.json"),
];

let sampleCache: Promise<Entity[]> | undefined;

/** The repository's shipped sample lists (loaded once per process). */
export function loadSampleEntities(): Promise<Entity[]> {
  sampleCache ??= loadEntities(SAMPLE_LIST_FILES);
  return sampleCache;
}
