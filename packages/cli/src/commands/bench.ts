import { ChiproadError } from "@chiproad/data";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { lowerBounds } from "@chiproad/scheduler";
import { Option } from "commander";
import type { DefineCommand } from "./index.ts";
import {
  type InstanceReport,
  parseLimits,
  positiveNumber,
  readInstance,
  type SolveLimits,
  solveInstance,
} from "./solve.ts";

export interface BenchInstance extends InstanceReport {
  bestKnown: number | null;
  cpmLowerBound: number;
}

export interface BenchSummary {
  count: number;
  feasible: number;
  atBestKnown: number;
  meanDevBestKnownPct: number | null;
  meanDevCpmLbPct: number | null;
  medianElapsedMs: number | null;
}

/** PSPLIB instance files under the given files and directories (recursive), sorted. */
export function collectInstances(paths: readonly string[]): string[] {
  const out: string[] = [];
  const visit = (path: string, explicit: boolean) => {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new ChiproadError("NOT_FOUND", `${path}: no such file or directory`);
    }
    if (isDir) {
      for (const name of readdirSync(path).sort()) visit(join(path, name), false);
    } else if (explicit || /\.(sm|mm)$/i.test(path)) out.push(path);
  };
  for (const p of paths) visit(p, true);
  return out;
}

/** Reads PSPLIB best-known CSVs (`instance,best_known,lower_bound,optimal[,feasible]`). */
export function readBestKnown(files: readonly string[]): Map<string, number | null> {
  const best = new Map<string, number | null>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      throw new ChiproadError("NOT_FOUND", `${file}: no such file; give a best-known CSV`);
    }
    const lines = text.split(/\r?\n/);
    const header = (lines[0] ?? "").split(",").map((h) => h.trim());
    if (header[0] !== "instance" || header[1] !== "best_known") {
      throw new ChiproadError(
        "BAD_INPUT",
        `${file}:1: expected header "instance,best_known,...", got "${lines[0]}"`,
      );
    }
    lines.slice(1).forEach((line, i) => {
      if (line.trim() === "") return;
      const [name, value] = line.split(",").map((c) => c.trim());
      if (!name || (value !== "" && !/^\d+$/.test(value ?? ""))) {
        throw new ChiproadError(
          "BAD_INPUT",
          `${file}:${i + 2}: expected "instance,best_known" with an integer, got "${line}"`,
        );
      }
      best.set(name, value === "" || value === undefined ? null : Number(value));
    });
  }
  return best;
}

function benchOne(
  file: string,
  limits: SolveLimits,
  best: ReadonlyMap<string, number | null>,
): BenchInstance {
  const report = solveInstance(file, limits);
  const cpmLowerBound = lowerBounds(readInstance(file)).criticalPath;
  return { ...report, bestKnown: best.get(report.instance) ?? null, cpmLowerBound };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function summarize(instances: readonly BenchInstance[]): BenchSummary {
  const feasible = instances.filter((r) => r.makespan !== null);
  const withBest = feasible.filter((r) => r.bestKnown !== null && r.bestKnown > 0);
  const withLb = feasible.filter((r) => r.cpmLowerBound > 0);
  const mean = (xs: number[]) => (xs.length === 0 ? null : round3(xs.reduce((a, b) => a + b, 0) / xs.length));
  const times = instances.map((r) => r.elapsedMs).sort((a, b) => a - b);
  const mid = times.length >> 1;
  return {
    count: instances.length,
    feasible: feasible.length,
    atBestKnown: feasible.filter((r) => r.bestKnown !== null && r.makespan! <= r.bestKnown).length,
    meanDevBestKnownPct: mean(withBest.map((r) => (100 * (r.makespan! - r.bestKnown!)) / r.bestKnown!)),
    meanDevCpmLbPct: mean(withLb.map((r) => (100 * (r.makespan! - r.cpmLowerBound)) / r.cpmLowerBound)),
    medianElapsedMs:
      times.length === 0 ? null : times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2,
  };
}

function progress(done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((width * done) / Math.max(1, total));
  process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}`);
  if (done === total) process.stderr.write("\n");
}

interface BenchWorkerData {
  limits: SolveLimits;
  best: [string, number | null][];
}

/**
 * Runs instances on `jobs` worker threads started from bench-worker.js (plain JavaScript, like the
 * scheduler's worker entry: from the sources it registers tsx, in the compiled CLI it is compiled).
 */
async function runParallel(
  files: readonly string[],
  limits: SolveLimits,
  best: ReadonlyMap<string, number | null>,
  jobs: number,
): Promise<BenchInstance[]> {
  const results = new Array<BenchInstance>(files.length);
  let next = 0;
  let done = 0;
  const bestEntries = [...best.entries()];
  await Promise.all(
    Array.from({ length: Math.min(jobs, files.length) }, async () => {
      const data: BenchWorkerData = { limits, best: bestEntries };
      const worker = new Worker(new URL("./bench-worker.js", import.meta.url), { workerData: data });
      try {
        for (;;) {
          const index = next++;
          if (index >= files.length) break;
          const reply = await new Promise<
            { ok: true; result: BenchInstance } | { ok: false; error: { message: string; code?: string } }
          >((resolve, reject) => {
            worker.once("message", resolve);
            worker.once("error", reject);
            worker.postMessage(files[index]);
          });
          worker.removeAllListeners("error");
          if (!reply.ok) {
            const code = reply.error.code;
            throw code === "BAD_INPUT" || code === "NOT_FOUND"
              ? new ChiproadError(code, reply.error.message)
              : new Error(reply.error.message);
          }
          results[index] = reply.result;
          progress(++done, files.length);
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  return results;
}

export async function runBench(
  files: readonly string[],
  limits: SolveLimits,
  best: ReadonlyMap<string, number | null>,
  jobs: number,
): Promise<{ instances: BenchInstance[]; summary: BenchSummary }> {
  let instances: BenchInstance[];
  if (jobs <= 1) {
    instances = [];
    for (const file of files) {
      instances.push(benchOne(file, limits, best));
      progress(instances.length, files.length);
    }
  } else instances = await runParallel(files, limits, best, jobs);
  return { instances, summary: summarize(instances) };
}

export const benchCommand: DefineCommand = (command) => {
  command
    .argument("<paths...>", "instance files or directories (searched recursively for .sm/.mm)")
    .option(
      "--best-known <csv>",
      "best-known CSV (repeatable)",
      (v: string, acc: string[]) => [...acc, v],
      [],
    )
    .option("--time-limit <seconds>", "per-instance time limit")
    .option("--max-schedules <n>", "per-instance schedule limit")
    .option("--seed <n>", "random seed", "1")
    .option("--jobs <k>", "instances solved in parallel (worker threads)", "1")
    .option("--out <file>", "also write the JSON result to this file")
    .addOption(new Option("--format <format>", "output format").choices(["json"]).default("json"))
    .action(async (paths: string[], opts: Record<string, string | string[] | undefined>) => {
      const str = (k: string) => (typeof opts[k] === "string" ? (opts[k] as string) : undefined);
      if (str("timeLimit") !== undefined && str("maxSchedules") !== undefined) {
        throw new ChiproadError("BAD_INPUT", "give either --time-limit or --max-schedules, not both");
      }
      const limits = parseLimits({
        timeLimit: str("timeLimit"),
        maxSchedules: str("maxSchedules"),
        seed: str("seed"),
      });
      const jobs = positiveNumber("--jobs", str("jobs"), true) ?? 1;
      const best = readBestKnown((opts.bestKnown as string[] | undefined) ?? []);
      const files = collectInstances(paths);
      const result = await runBench(files, limits, best, jobs);
      const json = `${JSON.stringify(result, null, 2)}\n`;
      const out = str("out");
      if (out) writeFileSync(out, json);
      process.stdout.write(json);
    });
};

/** The worker side of runParallel: solves the instance files it is sent, one at a time. */
export function serveBenchJobs(): void {
  if (isMainThread || !parentPort) throw new Error("serveBenchJobs runs in a bench worker thread");
  const data = workerData as BenchWorkerData;
  const best = new Map(data.best);
  const port = parentPort;
  port.on("message", (file: string) => {
    try {
      port.postMessage({ ok: true, result: benchOne(file, data.limits, best) });
    } catch (error) {
      const e = error as { message?: string; code?: string };
      port.postMessage({ ok: false, error: { message: String(e?.message ?? error), code: e?.code } });
    }
  });
}
