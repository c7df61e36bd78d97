/**
 * Child process of the memory check: generates the random instance, records resident memory
 * before solving, solves, and reports the process's peak RSS (getrusage maxrss) over IPC.
 */
import { solve } from "@chiproad/scheduler";
import { checkSchedule } from "./check-schedule.ts";
import { randomInstance } from "./generate-instance.ts";

const [activities, seed, timeLimitMs] = process.argv.slice(2).map(Number);
const problem = randomInstance(activities ?? 1000, seed ?? 1);
const rssBeforeMb = process.memoryUsage().rss / 2 ** 20;
const started = performance.now();
const result = solve(problem, { timeLimitMs: timeLimitMs ?? 10_000, seed: seed ?? 1, workers: 1 });
const wallMs = performance.now() - started;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
process.send?.({
  activities: problem.activities.length,
  status: result.status,
  makespan: result.makespan,
  feasible: result.schedule ? checkSchedule(problem, result.schedule).errors.length === 0 : false,
  schedulesGenerated: result.schedulesGenerated,
  wallMs,
  rssBeforeMb,
  peakRssMb,
});
