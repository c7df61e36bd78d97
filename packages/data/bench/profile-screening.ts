/**
 * Where a screening query spends its CPU: builds the throughput bench's 100,000-entity index, then profiles
 * only the query loop (node:inspector, sampling every 100 µs) over the multi-script mix (or the Latin one with
 * `--latin`) and prints the largest self-time shares per function and the inclusive shares of the matcher's
 * stages. Shares hold on a loaded machine; the profile's wall time does not. The profile is written to
 * /tmp/chiproad-screening.cpuprofile (open it in Chrome DevTools).
 *   npx tsx packages/data/bench/profile-screening.ts [--latin | --non-latin] [--queries 20000] [--top 30]
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { loadSampleEntities } from "../src/screening/load-entities.ts";
import { ScreeningIndex } from "../src/screening/screening-index.ts";
import { benchEntities, latinQueries, multiScriptQueries } from "./bench-workload.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
}
const arg = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const count = Number(arg("--queries") ?? 20_000);
const top = Number(arg("--top") ?? 30);
const entities = benchEntities(await loadSampleEntities());
const index = new ScreeningIndex(entities);
const latin = latinQueries(entities, count);
const multi = multiScriptQueries(latin);
// --non-latin: only the multi-script mix's Cyrillic, Chinese, Korean and Japanese queries (every fifth).
const queries = process.argv.includes("--latin")
  ? latin
  : process.argv.includes("--non-latin")
    ? multi.filter((_, i) => i % 5 === 0)
    : multi;
for (const q of queries.slice(0, 200)) index.screen(q); // warm-up
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
await session.post("Profiler.start");
for (const q of queries) index.screen(q);
const { profile } = (await session.post("Profiler.stop")) as { profile: { nodes: ProfileNode[] } };
session.disconnect();
writeFileSync("/tmp/chiproad-screening.cpuprofile", JSON.stringify(profile));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const label = (n: ProfileNode) =>
  `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.replace(/^.*\/src\//, "").replace(/^file:\/\/.*node_modules\//, "nm:")}:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
let total = 0;
const walk = (id: number, stack: Set<string>): number => {
  const n = byId.get(id)!;
  const name = label(n);
  let sum = n.hitCount;
  self.set(name, (self.get(name) ?? 0) + n.hitCount);
  total += n.hitCount;
  const fresh = !stack.has(name);
  if (fresh) stack.add(name);
  for (const c of n.children ?? []) sum += walk(c, stack);
  if (fresh) {
    stack.delete(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + sum);
  }
  return sum;
};
walk(profile.nodes[0]!.id, new Set());
const share = (v: number) => `${((100 * v) / total).toFixed(1)} %`;
const idle = [...self]
  .filter(([k]) => k.startsWith("(idle)") || k.startsWith("(program)"))
  .reduce((a, [, v]) => a + v, 0);
console.log(`samples ${total} (idle/program ${share(idle)}), ${queries.length} queries`);
console.log("\nself time:");
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${share(v).padStart(8)}  ${k}`);
console.log("\ninclusive (functions of src/ only):");
for (const [k, v] of [...inclusive]
  .filter(([k]) => k.includes(".ts:"))
  .sort((a, b) => b[1] - a[1])
  .slice(0, top))
  console.log(`${share(v).padStart(8)}  ${k}`);
