/**
 * Re-screening benchmark (issue 12): 10,000 counterparties screened against an old and a new
 * 100,000-entity version with `diffScreenings`. The new version drops 1,000 parties, adds 1,000 and
 * renames 1,000 (one letter) of the old one. Counterparties: 500 listed names with one letter changed
 * (half of them among the dropped, added or renamed parties), 9,500 unlisted generated names.
 * Times the build of the new version's index (the old one exists already in a running system) and the
 * diff itself, wall and CPU, with the load average. Prints one JSON line.
 */
import { loadavg } from "node:os";
import {
  type Counterparty,
  diffScreenings,
  type Entity,
  loadSampleEntities,
  ScreeningIndex,
} from "../src/index.ts";
import { lcg, stem, syntheticParties } from "./synthetic-parties.ts";

const TARGET = 100_000;
const PARTIES = Number(process.env.BENCH_PARTIES ?? 10_000);
const samples = await loadSampleEntities();
const oldVersion = [...samples, ...syntheticParties(TARGET - samples.length)].map((e) => ({
  ...e,
  datasetVersion: "v1",
}));
const rand = lcg(2026);
const dropped = new Set<number>();
while (dropped.size < 1000) dropped.add(Math.floor(rand() * oldVersion.length));
const renamed = new Set<number>();
while (renamed.size < 1000) {
  const i = Math.floor(rand() * oldVersion.length);
  if (!dropped.has(i)) renamed.add(i);
}
const typo = (name: string) => {
  const p = 1 + Math.floor(rand() * Math.max(1, name.length - 2));
  return `${name.slice(0, p)}${name.slice(p + 1)}`;
};
const added = syntheticParties(1000, 4242).map((e, i) => ({ ...e, id: `added-${i}` }));
const newVersion: Entity[] = [];
oldVersion.forEach((e, i) => {
  if (dropped.has(i)) return;
  newVersion.push({ ...e, datasetVersion: "v2", ...(renamed.has(i) ? { name: typo(e.name) } : {}) });
});
for (const e of added) newVersion.push({ ...e, datasetVersion: "v2" });

const parties: Counterparty[] = [];
const changedPool = [...dropped, ...renamed].map((i) => oldVersion[i]!).concat(added);
for (let p = 0; p < PARTIES; p++) {
  if (p % 20 === 0) {
    const e =
      p % 40 === 0
        ? changedPool[Math.floor(rand() * changedPool.length)]!
        : oldVersion[Math.floor(rand() * oldVersion.length)]!;
    parties.push({ id: `party-${p}`, name: typo(e.name) });
  } else parties.push({ id: `party-${p}`, name: `${stem(rand)} ${stem(rand)}` });
}

const oldIndex = new ScreeningIndex(oldVersion);
const load0 = loadavg()[0]!;
let t = performance.now();
let cpu = process.cpuUsage();
const newIndex = new ScreeningIndex(newVersion);
const buildSeconds = (performance.now() - t) / 1000;
let used = process.cpuUsage(cpu);
const buildCpu = (used.user + used.system) / 1e6;
t = performance.now();
cpu = process.cpuUsage();
const alerts = diffScreenings(parties, oldIndex, newIndex);
const diffSeconds = (performance.now() - t) / 1000;
used = process.cpuUsage(cpu);
const diffCpu = (used.user + used.system) / 1e6;
const kinds: Record<string, number> = {};
for (const a of alerts) kinds[a.kind] = (kinds[a.kind] ?? 0) + 1;
const r = (x: number) => Math.round(x * 100) / 100;
process.stdout.write(
  `${JSON.stringify({
    entitiesOld: oldVersion.length,
    entitiesNew: newVersion.length,
    counterparties: PARTIES,
    newIndexBuildSeconds: r(buildSeconds),
    newIndexBuildCpuSeconds: r(buildCpu),
    diffSeconds: r(diffSeconds),
    diffCpuSeconds: r(diffCpu),
    totalSeconds: r(buildSeconds + diffSeconds),
    totalCpuSeconds: r(buildCpu + diffCpu),
    alerts: alerts.length,
    alertKinds: kinds,
    loadAverageStart: r(load0),
    loadAverageEnd: r(loadavg()[0]!),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`,
);
