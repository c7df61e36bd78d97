/**
 * Writes a synthetic BACI-format file (`t,i,j,k,v,q`) of N rows for the ingest benchmark, to /tmp, never
 * into the repository. Codes are real BACI country codes and HS6 codes; about 2% of quantities are NA
 * like in BACI; the first 13 products of every pair and year are chips (8541/8542), ~1.6% of rows. Usage: tsx generate-baci.ts [rows] [file]
 */
import { once } from "node:events";
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname } from "node:path";

export const DEFAULT_BENCH_FILE = "/tmp/chiproad-bench/baci-bench.csv";

const COUNTRIES = [
  4, 8, 12, 32, 36, 40, 56, 76, 124, 152, 156, 170, 203, 208, 246, 251, 276, 300, 344, 348, 360, 372, 376,
  381, 392, 410, 458, 484, 490, 528, 554, 579, 608, 616, 620, 643, 682, 699, 702, 704, 710, 724, 752, 757,
  764, 784, 792, 804, 826, 842,
];
const CHIPS = [
  854110, 854121, 854129, 854130, 854140, 854150, 854160, 854190, 854231, 854232, 854233, 854239, 854290,
];

export async function generateBaci(rows: number, file: string = DEFAULT_BENCH_FILE): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  const out = createWriteStream(file);
  let seed = 12345;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed;
  };
  let buf = "t,i,j,k,v,q\n";
  const perYear = Math.ceil(rows / 5);
  for (let r = 0; r < rows; r++) {
    const t = 2018 + Math.floor(r / perYear);
    // (t, i, j, k) must be unique in a valid file: walk country pairs, then products, within each year
    const inYear = r % perYear;
    const pair = inYear % (COUNTRIES.length * COUNTRIES.length);
    const product = Math.floor(inYear / (COUNTRIES.length * COUNTRIES.length));
    const i = COUNTRIES[Math.floor(pair / COUNTRIES.length)]!;
    const j = COUNTRIES[pair % COUNTRIES.length]!;
    const k = product < CHIPS.length ? CHIPS[product]! : 100000 + product;
    const v = (next() % 10_000_000) / 1000;
    const q = next() % 50 === 0 ? "NA" : ((next() % 1_000_000) / 1000).toFixed(3);
    buf += `${t},${i},${j},${k},${v.toFixed(3)},${q}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, "drain");
      buf = "";
    }
  }
  out.write(buf);
  out.end();
  await once(out, "finish");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = Number(process.argv[2] ?? 10_000_000);
  await generateBaci(rows, process.argv[3] ?? DEFAULT_BENCH_FILE);
}
