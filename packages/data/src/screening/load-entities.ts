import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { badInput, notFound } from "../errors.ts";
import { samplePath } from "../source.ts";
import { loadFtm } from "./load-ftm.ts";
import { isOfacSetFile, loadOfacSdn } from "./load-ofac.ts";
import type { Entity } from "./model.ts";

/**
 * Loads restricted-party files into one entity list. `.json`/`.jsonl`/`.ndjson` files are FollowTheMoney
 * (one entity per line or an array); an OFAC `sdn.csv` is read together with the `add.csv` and
 * `alt.csv` beside it (listing those alone is accepted and folded into their sdn.csv). The dataset
 * version comes from a `source.json` beside the file (`{"version": …}`) or else a content hash.
 */
export async function loadEntities(files: string[]): Promise<Entity[]> {
  const out: Entity[] = [];
  const ofacDirs = new Set<string>();
  for (const file of files) {
    if (!existsSync(file)) throw notFound(`${file}: no such file`, "check the path of the list file");
    const name = basename(file).toLowerCase();
    if (/\.(json|jsonl|ndjson)$/.test(name)) {
      out.push(...(await loadFtm(file)));
    } else if (isOfacSetFile(file)) {
      ofacDirs.add(dirname(file));
    } else {
      throw badInput(
        file,
        1,
        1,
        "expected FtM JSON (.json/.jsonl) or an OFAC legacy CSV (sdn.csv, add.csv, alt.csv)",
        "rename the file or convert it to one of these formats",
      );
    }
  }
  for (const dir of ofacDirs) {
    const sdn = join(dir, "sdn.csv");
    if (!existsSync(sdn))
      throw notFound(`${dir}: add.csv/alt.csv without sdn.csv`, "put sdn.csv beside them");
    const meta = await sidecar(sdn);
    const entities = await loadOfacSdn(sdn, meta.version ?? (await contentVersion(sdn, "OFAC SDN")));
    if (meta.dataDate) for (const e of entities) e.publicationDate = meta.dataDate;
    out.push(...entities);
  }
  return out;
}

/** `source.json` beside a list file: its release name and publication date, when present. */
async function sidecar(file: string): Promise<{ version?: string; dataDate?: string }> {
  const path = join(dirname(file), "source.json");
  if (!existsSync(path)) return {};
  const meta = JSON.parse(await readFile(path, "utf8")) as { version?: unknown; dataDate?: unknown };
  const out: { version?: string; dataDate?: string } = {};
  if (typeof meta.version === "string") out.version = meta.version;
  if (typeof meta.dataDate === "string") out.dataDate = meta.dataDate;
  return out;
}

async function contentVersion(file: string, label: string): Promise<string> {
  const hash = createHash("sha256")
    .update(await readFile(file))
    .digest("hex");
  return `${label} sha256:${hash.slice(0, 12)}`;
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
