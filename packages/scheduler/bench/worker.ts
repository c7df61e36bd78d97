/**
 * A benchmark worker process: receives tasks from run.ts over IPC, solves one at a time, and
 * answers with a checked result. One task at a time per process keeps time limits honest.
 */
import { readFileSync } from "node:fs";
import { parsePsplib, solve, validate } from "@chiproad/scheduler";
import type { Problem } from "../src/model.ts";
import { randomSerialSgs } from "./baseline-random-sgs.ts";
import { checkSchedule, criticalPathBound, type ScheduleDecisions } from "./check-schedule.ts";
import { randomInstance } from "./generate-instance.ts";
import { solveWithChuffed, warmUpChuffed } from "./peer/chuffed.ts";
import { budgetLabel, type Task, type TaskResult } from "./task.ts";

/** Generous wall-clock cap for schedule-count budgets, so a stuck solve cannot hang the run. */
const SCHEDULE_BUDGET_SAFETY_MS = 300_000;

function check(
  problem: Problem,
  schedule: ScheduleDecisions | undefined,
): { feasible: boolean; violations?: string[] } {
  if (!schedule) return { feasible: false };
  const ours = checkSchedule(problem, schedule).errors;
  const engine = validate(problem, schedule).map((v) => `engine validate: ${v.message}`);
  const violations = [...ours, ...engine];
  return violations.length === 0
    ? { feasible: true }
    : { feasible: false, violations: violations.slice(0, 5) };
}

/**
 * Solvers already warmed up in this process. The first solve of each kind runs once, untimed,
 * on a small random instance, so JIT compilation is not billed to whichever benchmark instance
 * happens to come first (that distorted small samples: 1,000 j30 schedules took 0.3 s cold).
 */
const warm = new Set<string>();

async function warmUp(solver: Task["solver"], seed: number): Promise<void> {
  if (warm.has(solver)) return;
  warm.add(solver);
  const problem = randomInstance(30, seed);
  if (solver === "chuffed") await warmUpChuffed(problem);
  else if (solver === "baseline") randomSerialSgs(problem, { maxSchedules: 3000, seed });
  else solve(problem, { maxSchedules: 3000, seed, workers: 1 });
}

async function runTask(task: Task): Promise<TaskResult> {
  await warmUp(task.solver, task.seed);
  const problem = parsePsplib(readFileSync(task.path, "utf8"), task.path);
  const base = {
    solver: task.solver,
    set: task.set,
    instance: task.instance,
    budget: budgetLabel(task.budget),
    criticalPath: criticalPathBound(problem),
  };
  const limits =
    task.budget.kind === "schedules"
      ? { maxSchedules: task.budget.schedules, timeLimitMs: SCHEDULE_BUDGET_SAFETY_MS }
      : { maxSchedules: Number.MAX_SAFE_INTEGER, timeLimitMs: task.budget.ms };
  if (task.solver === "chuffed") {
    if (task.budget.kind !== "time") throw new Error("Chuffed runs need a time budget");
    const result = await solveWithChuffed(problem, { timeLimitMs: task.budget.ms });
    const out: TaskResult = {
      ...base,
      status: result.status,
      wallMs: result.elapsedMs,
      ...check(problem, result.schedule),
    };
    if (result.makespan !== undefined) out.makespan = result.makespan;
    if (result.flattenMs !== undefined) out.flattenMs = result.flattenMs;
    if (result.timeToBestMs !== undefined) out.timeToBestMs = result.timeToBestMs;
    if (result.error) out.error = result.error;
    return out;
  }
  if (task.solver === "baseline") {
    const started = performance.now();
    const result = randomSerialSgs(problem, { ...limits, seed: task.seed });
    const out: TaskResult = {
      ...base,
      status: result.schedule ? "feasible" : "unknown",
      wallMs: performance.now() - started,
      schedulesGenerated: result.schedulesGenerated,
      ...check(problem, result.schedule),
    };
    if (result.makespan !== undefined) out.makespan = result.makespan;
    return out;
  }
  const started = performance.now();
  const result = solve(problem, {
    ...limits,
    seed: task.seed,
    workers: 1,
    ...(task.maxNodes !== undefined ? { maxNodes: task.maxNodes } : {}),
    ...(task.modeVectors !== undefined ? { modeVectors: task.modeVectors } : {}),
  });
  const out: TaskResult = {
    ...base,
    status: result.status,
    wallMs: performance.now() - started,
    schedulesGenerated: result.schedulesGenerated,
    // Engines older than the CP core report no nodes.
    ...(typeof (result as { nodes?: unknown }).nodes === "number"
      ? { nodes: (result as { nodes: number }).nodes }
      : {}),
    ...check(problem, result.schedule),
  };
  if (result.makespan !== undefined) out.makespan = result.makespan;
  return out;
}

process.on("message", (task: Task) => {
  runTask(task).then(
    (result) => process.send?.({ id: task.id, result }),
    (error: unknown) =>
      process.send?.({
        id: task.id,
        result: {
          solver: task.solver,
          set: task.set,
          instance: task.instance,
          budget: budgetLabel(task.budget),
          status: "error",
          feasible: false,
          wallMs: 0,
          criticalPath: 0,
          error: error instanceof Error ? error.message : String(error),
        } satisfies TaskResult,
      }),
  );
});
