/**
 * CPU per query of two checkouts of chiproad, compared in one process: both build the throughput bench's
 * 100,000-entity index, then screen the same query mix in batches of 500, alternating which goes first, and
 * the CPU time (`process.cpuUsage`) of each is summed. Both see the same load at the same time, so the ratio
 * holds on a busy machine better than two separate runs; the slot an index is built in still moves it by a
 * few per cent, so run it both ways round. Wall-clock throughput is `screening-bench.ts`'s, on a quiet machine.
 *   npx tsx packages/data/bench/ab-screening.ts /path/to/first/checkout /path/to/second/checkout [multi|latin]
 * (a checkout: `git archive <commit> packages/data | tar -x -C DIR` and a `node_modules` link in DIR)
 */
import { benchEntities, latinQueries, multiScriptQueries } from "./bench-workload.ts";

interface Screener {
  screen(query: { name: string }): unknown;
}
type IndexClass = new (entities: unknown[]) => Screener;

const [first, second] = [process.argv[2], process.argv[3]];
if (!first || !second) {
  process.stderr.write("usage: ab-screening.ts FIRST_DIR SECOND_DIR [multi|latin]\n");
  process.exit(2);
}
const mix = process.argv[4] ?? "multi";
const load = async (dir: string) => {
  const index = await import(`${dir}/packages/data/src/screening/screening-index.ts`);
  const entities = await import(`${dir}/packages/data/src/screening/load-entities.ts`);
  return {
    Index: index.ScreeningIndex as IndexClass,
    loadSampleEntities: entities.loadSampleEntities as () => Promise<unknown[]>,
  };
};
const a = await load(first);
const b = await load(second);
const entities = benchEntities((await a.loadSampleEntities()) as Parameters<typeof benchEntities>[0]);
const indexes = [new a.Index(entities), new b.Index(entities)];
const latin = latinQueries(entities, Number(process.env.BENCH_QUERIES ?? 20_000));
const queries = mix === "latin" ? latin : multiScriptQueries(latin);
for (const q of queries.slice(0, 300)) for (const index of indexes) index.screen(q); // warm-up
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const seconds = [0, 0];
for (let s = 0; s < queries.length; s += 500) {
  const batch = queries.slice(s, s + 500);
  const order = (s / 500) % 2 === 0 ? [0, 1] : [1, 0];
  for (const k of order) {
    const t0 = cpu();
    for (const q of batch) indexes[k]!.screen(q);
    seconds[k]! += cpu() - t0;
  }
}
const rate = (k: number) => Math.round(queries.length / seconds[k]!);
process.stdout.write(
  `${JSON.stringify({ mix, queries: queries.length, first: { dir: first, queriesPerCpuSecond: rate(0) }, second: { dir: second, queriesPerCpuSecond: rate(1) }, secondOverFirst: Math.round((seconds[0]! / seconds[1]!) * 1000) / 1000 })}\n`,
);
