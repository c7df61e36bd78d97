import { ChiproadError } from "@chiproad/data";
import { readFileSync, statSync } from "node:fs";
import {
  DEFAULT_MAX_SCHEDULES,
  instanceName,
  type Problem,
  parsePsplib,
  type SolveResult,
  solve,
} from "@chiproad/scheduler";
import type { DefineCommand } from "./index.ts";

export function positiveNumber(
  flag: string,
  value: string | undefined,
  integer: boolean,
): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (!Number.isFinite(x) || x <= 0 || (integer && !Number.isInteger(x))) {
    throw new ChiproadError(
      "BAD_INPUT",
      `${flag}: expected a positive ${integer ? "integer" : "number"}, got "${value}"`,
    );
  }
  return x;
}

/** Reads and parses a PSPLIB .sm/.mm file (file:line errors come from the parser). */
export function readInstance(file: string): Problem {
  let text: string;
  try {
    if (!statSync(file).isFile()) throw new Error("not a file");
    text = readFileSync(file, "utf8");
  } catch {
    throw new ChiproadError("NOT_FOUND", `${file}: no such file; give a PSPLIB .sm or .mm file`);
  }
  return parsePsplib(text, file);
}

export interface SolveLimits {
  timeLimitMs?: number;
  maxSchedules?: number;
  seed: number;
  workers: number;
}

export interface InstanceReport {
  instance: string;
  status: SolveResult["status"];
  makespan: number | null;
  lowerBound: number;
  schedule: { activity: number | string; mode: number; start: number }[];
  schedulesGenerated: number;
  elapsedMs: number;
  infeasibility?: string[];
}

/** Solves one instance file and shapes the result as the CLI contract says (1-based modes, job numbers). */
export function solveInstance(file: string, limits: SolveLimits): InstanceReport {
  const problem = readInstance(file);
  const result = solve(problem, {
    ...(limits.timeLimitMs !== undefined ? { timeLimitMs: limits.timeLimitMs } : {}),
    ...(limits.maxSchedules !== undefined ? { maxSchedules: limits.maxSchedules } : {}),
    seed: limits.seed,
    workers: limits.workers,
  });
  const schedule = result.schedule
    ? problem.activities.map((a, i) => ({
        activity: /^\d+$/.test(a.id) ? Number(a.id) : a.id,
        mode: result.schedule!.modes[i]! + 1,
        start: result.schedule!.starts[i]!,
      }))
    : [];
  return {
    instance: instanceName(file),
    status: result.status,
    makespan: result.makespan ?? null,
    lowerBound: result.lowerBound,
    schedule,
    schedulesGenerated: result.schedulesGenerated,
    elapsedMs: result.elapsedMs,
    ...(result.infeasibility ? { infeasibility: result.infeasibility } : {}),
  };
}

export function parseLimits(opts: {
  timeLimit?: string | undefined;
  maxSchedules?: string | undefined;
  seed?: string | undefined;
  workers?: string | undefined;
}): SolveLimits {
  const timeLimitS = positiveNumber("--time-limit", opts.timeLimit, false);
  const maxSchedules = positiveNumber("--max-schedules", opts.maxSchedules, true);
  const seed = opts.seed === undefined ? 1 : Number(opts.seed);
  if (!Number.isInteger(seed) || seed < 0) {
    throw new ChiproadError("BAD_INPUT", `--seed: expected a non-negative integer, got "${opts.seed}"`);
  }
  return {
    ...(timeLimitS !== undefined ? { timeLimitMs: Math.round(timeLimitS * 1000) } : {}),
    ...(maxSchedules !== undefined ? { maxSchedules } : {}),
    seed,
    workers: positiveNumber("--workers", opts.workers, true) ?? 1,
  };
}

function asText(r: InstanceReport): string {
  const lines = [
    `${r.instance}: ${r.status}${r.makespan !== null ? `, makespan ${r.makespan}` : ""} (lower bound ${r.lowerBound})`,
    `${r.schedulesGenerated} schedules in ${r.elapsedMs} ms`,
  ];
  for (const reason of r.infeasibility ?? []) lines.push(`  infeasible: ${reason}`);
  if (r.schedule.length > 0) {
    lines.push("activity  mode  start");
    for (const s of r.schedule)
      lines.push(
        `${String(s.activity).padStart(8)}  ${String(s.mode).padStart(4)}  ${String(s.start).padStart(5)}`,
      );
  }
  return `${lines.join("\n")}\n`;
}

export const solveCommand: DefineCommand = (command) => {
  command
    .description(
      `Solve a PSPLIB .sm/.mm instance with the scheduling engine (default limit: ${DEFAULT_MAX_SCHEDULES} schedules).`,
    )
    .argument("<file>", "PSPLIB instance file (.sm or .mm)")
    .option("--time-limit <seconds>", "stop after this many seconds")
    .option("--max-schedules <n>", "stop after generating this many schedules (SGS decodes)")
    .option("--seed <n>", "random seed (same seed + --max-schedules = same result)", "1")
    .option("--format <format>", "json or text", "json")
    .option("--workers <k>", "independent searches in worker threads", "1")
    .action((file: string, opts: Record<string, string | undefined>) => {
      const format = opts.format ?? "json";
      if (format !== "json" && format !== "text") {
        throw new ChiproadError("BAD_INPUT", `--format: expected json or text, got "${format}"`);
      }
      const report = solveInstance(file, parseLimits(opts));
      process.stdout.write(format === "json" ? `${JSON.stringify(report, null, 2)}\n` : asText(report));
      if (report.status === "infeasible") {
        throw new ChiproadError(
          "INFEASIBLE",
          `${file}: infeasible: ${(report.infeasibility ?? []).join("; ")}`,
        );
      }
      if (report.status === "unknown") {
        throw new ChiproadError(
          "INFEASIBLE",
          `${file}: no feasible schedule found within the limits (not proven infeasible); raise --time-limit`,
        );
      }
    });
};
