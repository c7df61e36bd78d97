/**
 * Start-up of the compiled `chiproad` against a bare `node -e 0`, measured in the same run and
 * interleaved round by round, so both see the same machine load. Prints the medians, the ratio
 * (issue 16 target: `--help` ≤ 3× `node -e 0`) and the load average before and after.
 *
 *   npm run build -w @chiproad/cli && npm run bench:startup -w @chiproad/cli [-- ROUNDS]
 */
import { execSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { join } from "node:path";

const bin = join(import.meta.dirname, "..", "bin", "chiproad.js");
if (!existsSync(join(import.meta.dirname, "..", "dist", "chiproad.js"))) {
  process.stderr.write("build first: npm run build -w @chiproad/cli\n");
  process.exit(2);
}
const rounds = Number(process.argv[2] ?? 40);

const CASES: Record<string, string[]> = {
  "node -e 0": ["-e", "0"],
  "chiproad --help": [bin, "--help"],
  "chiproad --version": [bin, "--version"],
};

function timeOnce(args: string[]): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}`);
  return ms;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(", ");

const uptimeBefore = execSync("uptime", { encoding: "utf8" }).trim();
const loadBefore = load();
const times: Record<string, number[]> = Object.fromEntries(Object.keys(CASES).map((k) => [k, []]));
for (const args of Object.values(CASES)) timeOnce(args); // warm the file cache
for (let i = 0; i < rounds; i++) {
  for (const [name, args] of Object.entries(CASES)) times[name]!.push(timeOnce(args));
}
const loadAfter = load();

const base = quantile(times["node -e 0"]!, 0.5);
process.stdout.write(
  `node ${process.version}, ${availableParallelism()} cores, ${rounds} interleaved rounds\n` +
    `uptime before: ${uptimeBefore}\nload average (1, 5, 15 min): before ${loadBefore}, after ${loadAfter}\n\n` +
    "| command | median ms | p90 ms | median / node -e 0 |\n|---|---|---|---|\n",
);
for (const [name, xs] of Object.entries(times)) {
  const median = quantile(xs, 0.5);
  process.stdout.write(
    `| \`${name}\` | ${median.toFixed(1)} | ${quantile(xs, 0.9).toFixed(1)} | ${(median / base).toFixed(2)}× |\n`,
  );
}
