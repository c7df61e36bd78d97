/**
 * One-off maintenance script: cuts the shipped OFAC SDN subset out of the full snapshots in
 * ../shared/data/sanctions/ofac. Rows are copied byte for byte (CRLF, `-0-` nulls, final 0x1A line).
 * Kept: every 2024-05-03 sdn.csv row tagged RUSSIA-EO14024, plus China/Hong Kong-related rows
 * (program CMIC/HK, or China/Hong Kong in the remarks or in a 2021 address), and the 2021-04
 * add.csv/alt.csv rows for the kept ent_nums.
 * Run: npx tsx packages/data/bench/make-ofac-subset.ts
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../../..");
const shared = join(repo, "../shared/data/sanctions/ofac");
if (!existsSync(shared)) {
  process.stderr.write(`make-ofac-subset: ${shared} is absent; nothing to do\n`);
  process.exit(2);
}
const out = join(here, "../samples/open/ofac");
const EOF_LINE = "\x1a";

function lines(file: string): string[] {
  return readFileSync(file, "utf8")
    .split("\r\n")
    .filter((l) => l !== "" && l !== EOF_LINE);
}
const entNum = (line: string) => line.slice(0, line.indexOf(","));

const chinaAddress = new Set<string>();
for (const l of lines(join(shared, "2021-04/add.csv"))) {
  if (/"(China|Hong Kong)"/.test(l)) chinaAddress.add(entNum(l));
}
const kept = new Set<string>();
const sdnOut: string[] = [];
for (const l of lines(join(shared, "2024-05-03/sdn.csv"))) {
  const id = entNum(l);
  const russia = l.includes("RUSSIA-EO14024");
  const china = /China|Chinese|Hong Kong|CMIC|HK-EO13936/i.test(l) || chinaAddress.has(id);
  if (russia || china) {
    kept.add(id);
    sdnOut.push(l);
  }
}
const pick = (file: string) => lines(join(shared, file)).filter((l) => kept.has(entNum(l)));
const write = (name: string, rows: string[]) =>
  writeFileSync(join(out, name), `${rows.join("\r\n")}\r\n${EOF_LINE}`, "binary");
write("sdn.csv", sdnOut);
write("add.csv", pick("2021-04/add.csv"));
write("alt.csv", pick("2021-04/alt.csv"));
process.stdout.write(`kept ${sdnOut.length} sdn rows\n`);
