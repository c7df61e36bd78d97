/**
 * The data-layer benchmarks: BACI ingest (rows/s and peak RSS against the raw line-splitting ceiling of
 * the same file, each phase in its own process), screening (queries/s at 100,000 entities,
 * precision/recall on both evaluation sets) and re-screening 10,000 counterparties against a new version. Prints a Markdown table for BENCHMARKS.md.
 * Usage: npm run bench -w @chiproad/data [-- rows]   (default 10,000,000 rows, written to /tmp)
 */
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_BENCH_FILE, generateBaci } from "./generate-baci.ts";

const here = dirname(fileURLToPath(import.meta.url));
const rows = Number(process.argv[2] ?? 10_000_000);
const file = DEFAULT_BENCH_FILE.replace(".csv", `-${rows}.csv`);
if (!existsSync(file)) {
  process.stderr.write(`generating ${rows.toLocaleString("en-US")} BACI rows in ${file}…\n`);
  await generateBaci(rows, file);
}
const run = (script: string, args: string[]) =>
  JSON.parse(
    execFileSync(process.execPath, ["--import", "tsx", join(here, script), ...args], { encoding: "utf8" })
      .trim()
      .split("\n")
      .pop()!,
  ) as Record<string, unknown>;

const phases = ["raw", "scan", "import"].map((p) => run("ingest-phase.ts", [p, file]));
const screening = run("screening-bench.ts", []);
const rescreen = run("rescreen-bench.ts", []);
const mb = (statSync(file).size / 1e6).toFixed(0);
const f = (x: unknown, d = 0) => Number(x).toLocaleString("en-US", { maximumFractionDigits: d });
const cell = (v: unknown) =>
  typeof v === "number" ? f(v, 4) : typeof v === "string" ? v : JSON.stringify(v).replace(/\|/g, "/");
const lines = [
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the end`,
  "",
  `| ingest of ${f(rows)} BACI rows (${mb} MB) | rows/s (wall) | rows per CPU-second | seconds | peak RSS MB | flows kept |`,
  "| --- | --- | --- | --- | --- | --- |",
  ...phases.map(
    (p) =>
      `| ${p.phase} | ${f(p.rowsPerSecond)} | ${f(p.rowsPerCpuSecond)} | ${f(p.seconds, 2)} | ${f(p.maxRssMb)} | ${f(p.kept)} |`,
  ),
  "",
  "| screening | value |",
  "| --- | --- |",
  ...Object.entries(screening).map(([k, v]) => `| ${k} | ${cell(v)} |`),
  "",
  "| re-screening (diffScreenings) | value |",
  "| --- | --- |",
  ...Object.entries(rescreen).map(([k, v]) => `| ${k} | ${cell(v)} |`),
];
process.stdout.write(`${lines.join("\n")}\n`);
