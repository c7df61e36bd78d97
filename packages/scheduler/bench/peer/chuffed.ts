/**
 * The MiniZinc/Chuffed peer: solves a chiproad `Problem` with our own MRCPSP model
 * (`mrcpsp.mzn`) on Chuffed, MiniZinc's lazy-clause-generation solver, in the WebAssembly build.
 */
import { readFileSync } from "node:fs";
import type { Problem } from "../../src/model.ts";
import { runMiniZinc } from "./minizinc-wasm.ts";
import { toMrcpspData } from "./mrcpsp-data.ts";

const model = readFileSync(new URL("./mrcpsp.mzn", import.meta.url), "utf8");

/**
 * Solve items for `mrcpsp.mzn`. Chuffed's free search (`-f`) alternates the annotated search
 * with activity-based (VSIDS) search on restarts, which is what makes lazy clause generation
 * strong on RCPSP (Schutt, Feydy, Stuckey, Wallace 2011/2013).
 */
export const SEARCH_STRATEGIES = {
  // Pick the activity whose earliest possible start is smallest (the order a serial schedule
  // generation scheme would use), give it its first usable mode, then its earliest start.
  priority: `solve :: priority_search(start,
  [ seq_search([ int_search([mode[i]], input_order, indomain_min),
                 int_search([start[i]], input_order, indomain_min) ]) | i in ACT ],
  smallest, complete) minimize makespan;`,
  // Modes first (shortest first), then smallest-start-first on start times.
  modesThenStarts: `solve :: seq_search([ int_search(mode, input_order, indomain_min),
  int_search(start, smallest, indomain_min) ]) minimize makespan;`,
} as const;
export type SearchStrategy = keyof typeof SEARCH_STRATEGIES;

export interface ChuffedOptions {
  timeLimitMs: number;
  /** Chuffed's free search (`-f`): alternate the model's search with activity-based search on restarts. */
  freeSearch?: boolean;
  search?: SearchStrategy;
  extraArgs?: string[];
}

export interface ChuffedResult {
  status: "optimal" | "feasible" | "infeasible" | "unknown" | "error";
  makespan?: number;
  schedule?: { modes: number[]; starts: number[] };
  /** ms (since MiniZinc got the files) at which the final solution arrived. */
  timeToBestMs?: number;
  /** MiniZinc's flattening time (from its statistics); the solver time limit starts after it. */
  flattenMs?: number;
  /** All statistics MiniZinc and the solver reported, merged (Chuffed's include nogoods). */
  statistics: Record<string, unknown>;
  elapsedMs: number;
  solver: string;
  solutions: number;
  error?: string;
}

interface SolutionOutput {
  makespan: number;
  starts: number[];
  modes: number[];
}

function parseSolution(output: unknown): SolutionOutput | undefined {
  if (typeof output !== "object" || output === null) return undefined;
  const text = (output as { default?: unknown; raw?: unknown }).default ?? (output as { raw?: unknown }).raw;
  if (typeof text !== "string") return undefined;
  return JSON.parse(text) as SolutionOutput;
}

/**
 * One untimed solve of a small random instance, so the timed runs that follow do not pay for
 * V8 tiering up the hot parts of the 17 MB WebAssembly module (measured: flattening j301_1
 * took 6.5 s as the first run of a process and about 0.5–1 s afterwards on the same machine).
 */
export async function warmUpChuffed(problem: Problem): Promise<void> {
  await solveWithChuffed(problem, { timeLimitMs: 500 });
}

export async function solveWithChuffed(problem: Problem, options: ChuffedOptions): Promise<ChuffedResult> {
  const data = toMrcpspData(problem);
  const args = [
    "--solver",
    "org.minizinc.chuffed",
    // --time-limit (which would include flattening) is not enforced by the single-threaded
    // WebAssembly build: a j60 instance with --time-limit 1000 ran until our 7 s guard. Chuffed's
    // own search limit is, so the limit covers search only and flattening is reported apart.
    "--solver-time-limit",
    String(options.timeLimitMs),
    "--intermediate",
    "--statistics",
    ...(options.freeSearch === false ? [] : ["-f"]),
    ...(options.extraArgs ?? []),
    "model.mzn",
    "data.json",
  ];
  const run = await runMiniZinc({
    files: {
      "model.mzn": `${model}\n${SEARCH_STRATEGIES[options.search ?? "priority"]}\n`,
      "data.json": JSON.stringify(data),
    },
    args,
    // Only a guard against a hang: flattening is not bounded by the solver limit and can take
    // several seconds on a loaded machine, so the guard is far above the search limit.
    hardLimitMs: options.timeLimitMs * 2 + 60_000,
  });
  let best: SolutionOutput | undefined;
  let bestAt: number | undefined;
  let solutions = 0;
  let status: ChuffedResult["status"] = "unknown";
  const errors: string[] = [];
  let flattenMs: number | undefined;
  const statistics: Record<string, unknown> = {};
  for (const message of run.messages) {
    if (
      message.type === "statistics" &&
      typeof message.statistics === "object" &&
      message.statistics !== null
    ) {
      Object.assign(statistics, message.statistics);
      const flatTime = (message.statistics as { flatTime?: unknown }).flatTime;
      if (typeof flatTime === "number") flattenMs = flatTime * 1000;
    }
    if (message.type === "solution") {
      const solution = parseSolution(message.output);
      if (solution) {
        best = solution;
        bestAt = message.atMs;
        solutions++;
      }
    } else if (message.type === "status") {
      if (message.status === "OPTIMAL_SOLUTION") status = "optimal";
      else if (message.status === "UNSATISFIABLE") status = "infeasible";
      else if (message.status === "ERROR") status = "error";
    } else if (message.type === "error") {
      errors.push(String(message.message ?? JSON.stringify(message)));
    }
  }
  if (status === "unknown" && best) status = "feasible";
  if (run.exitCode !== 0 && !best) status = "error";
  const result: ChuffedResult = {
    status,
    elapsedMs: run.wallMs,
    statistics,
    solver: "chuffed",
    solutions,
  };
  if (flattenMs !== undefined) result.flattenMs = flattenMs;
  if (best) {
    result.makespan = best.makespan;
    result.schedule = { modes: best.modes.map((m, i) => m - data.first_mode[i]!), starts: best.starts };
    if (bestAt !== undefined) result.timeToBestMs = bestAt;
  }
  if (errors.length > 0 || run.killed) {
    result.error = [...errors, ...(run.killed ? ["killed by wall-clock guard"] : []), run.stderr].join("; ");
  }
  return result;
}
