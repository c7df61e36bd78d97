/**
 * Where the PSPLIB benchmark sets live, their best-known values, and the documented
 * stratified sample the default run uses.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const SINGLE_MODE_SETS = ["j30", "j60"] as const;
export const MULTI_MODE_SETS = [
  "j10",
  "j12",
  "j14",
  "j16",
  "j18",
  "j20",
  "c15",
  "c21",
  "m1",
  "m2",
  "m4",
  "m5",
  "n0",
  "n1",
  "n3",
  "r1",
  "r3",
  "r4",
  "r5",
] as const;
export const ALL_SETS: readonly string[] = [...SINGLE_MODE_SETS, ...MULTI_MODE_SETS];

export interface BestKnown {
  bestKnown: number;
  lowerBound: number;
  optimal: boolean;
}

export interface Instance {
  set: string;
  /** File name without extension, e.g. "j301_1". */
  name: string;
  /** ProGen parameter combination (the number between the set name and "_"). */
  parameter: number;
  /** Instance number within the combination (after "_"). */
  index: number;
  path: string;
  best: BestKnown;
}

/** The repository root: this file is packages/scheduler/bench/instances.ts. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** `../shared/benchmarks/psplib` relative to the repository root, or undefined when absent. */
export function findPsplibRoot(): string | undefined {
  const root = resolve(repoRoot, "../shared/benchmarks/psplib");
  return existsSync(join(root, "best-known")) ? root : undefined;
}

export function isMultiMode(set: string): boolean {
  return (MULTI_MODE_SETS as readonly string[]).includes(set);
}

function readBestKnown(psplibRoot: string, set: string): Map<string, BestKnown> {
  const file = join(psplibRoot, "best-known", `${isMultiMode(set) ? "mm" : "sm"}-${set}.csv`);
  const rows = readFileSync(file, "utf8").trim().split(/\r?\n/).slice(1);
  const byName = new Map<string, BestKnown>();
  for (const row of rows) {
    const [name, bestKnown, lowerBound, optimal] = row.split(",");
    if (!name || !bestKnown) continue;
    byName.set(name, {
      bestKnown: Number(bestKnown),
      lowerBound: Number(lowerBound),
      optimal: optimal === "true",
    });
  }
  return byName;
}

/** Every instance of a set, sorted by (parameter, index). */
export function listInstances(psplibRoot: string, set: string): Instance[] {
  const dir = join(psplibRoot, isMultiMode(set) ? "mm" : "sm", set);
  const best = readBestKnown(psplibRoot, set);
  const instances: Instance[] = [];
  for (const file of readdirSync(dir)) {
    const match = /^(.*)\.(sm|mm)$/.exec(file);
    if (!match?.[1]) continue;
    const name = match[1];
    const [parameter, index] = name.slice(set.length).split("_").map(Number);
    const known = best.get(name);
    if (parameter === undefined || index === undefined || !known) {
      throw new Error(`${join(dir, file)}: no best-known row or unexpected file name`);
    }
    instances.push({ set, name, parameter, index, path: join(dir, file), best: known });
  }
  return instances.sort((a, b) => a.parameter - b.parameter || a.index - b.index);
}

/**
 * A deterministic stratified sample of at most `size` instances: round-robin over the ProGen
 * parameter combinations in ascending order (the lowest-numbered instance of every combination
 * first, then the second, ...). When a round has more combinations than room, it takes
 * `spreadPositions` of them. The same rule with the same size always picks the same instances,
 * so solvers sampled with it are compared on identical instances.
 */
export function stratifiedSample(instances: readonly Instance[], size: number): Instance[] {
  if (size >= instances.length) return [...instances];
  const groups = new Map<number, Instance[]>();
  for (const instance of instances) {
    const group = groups.get(instance.parameter) ?? [];
    group.push(instance);
    groups.set(instance.parameter, group);
  }
  const ordered = [...groups.values()];
  const picked: Instance[] = [];
  for (let round = 0; picked.length < size; round++) {
    const candidates = ordered.filter((group) => group.length > round).map((group) => group[round]!);
    const room = size - picked.length;
    if (candidates.length <= room) {
      picked.push(...candidates);
    } else {
      for (const position of spreadPositions(candidates.length, room)) picked.push(candidates[position]!);
    }
  }
  return picked.sort((a, b) => a.parameter - b.parameter || a.index - b.index);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * `room` distinct positions out of `count`, spread out: start in the middle of the first stride
 * and step by the smallest stride >= count / room that is coprime with `count`, wrapping around.
 * Plain even spacing would be biased: ProGen numbers its combinations with the last parameter
 * cycling fastest (j30/j60: resource strength in 4 levels), so every 4th combination of 48
 * would always have the same resource strength (the first sample did exactly that).
 */
export function spreadPositions(count: number, room: number): number[] {
  let stride = Math.max(1, Math.ceil(count / room));
  while (gcd(stride, count) !== 1) stride++;
  const offset = Math.floor(count / (2 * room));
  return Array.from({ length: Math.min(room, count) }, (_, i) => (offset + i * stride) % count);
}

/** The value after `--name` on the command line (the small bench scripts' flags). */
export function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * A set's instances as the small bench scripts (`proofs.ts`, `fingerprint.ts`) select them, in this
 * order: `--only a,b` (names), `--odd-unproven FILE` (the odd-numbered instances a results file left
 * unproven), `--development N` (N spread over the instances outside the reporting samples of 10 and 16
 * per set), `--sample N` (a stratified sample).
 */
export function selectInstances(psplibRoot: string, set: string): Instance[] {
  let instances = listInstances(psplibRoot, set);
  const only = flag("only");
  if (only) {
    const names = new Set(only.split(","));
    instances = instances.filter((x) => names.has(x.name));
  }
  const oddFrom = flag("odd-unproven");
  if (oddFrom) {
    const results = JSON.parse(readFileSync(oddFrom, "utf8")).results as {
      instance: string;
      status: string;
    }[];
    const unproven = new Set(results.filter((r) => r.status !== "optimal").map((r) => r.instance));
    instances = instances.filter((x) => unproven.has(x.name) && x.index % 2 === 1);
  }
  const development = flag("development");
  if (development) {
    const reported = new Set(
      [10, 16].flatMap((size) => stratifiedSample(instances, size).map((x) => x.name)),
    );
    instances = stratifiedSample(
      instances.filter((x) => !reported.has(x.name)),
      Number(development),
    );
  }
  const sample = flag("sample");
  if (sample) instances = stratifiedSample(instances, Number(sample));
  return instances;
}
