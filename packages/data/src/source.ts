import { fileURLToPath } from "node:url";

/** Where a result's numbers come from; every analytics result carries one. */
export interface DataSource {
  name: string;
  license: string;
  attribution: string;
  /** ISO date (or year) of the data itself, not of the computation. */
  dataDate: string;
  version?: string;
}

/** Absolute path of a file shipped in `packages/data/samples/`. */
export function samplePath(...parts: string[]): string {
  return fileURLToPath(new URL(`../samples/${parts.join("/")}`, import.meta.url));
}
