/** The memory target: peak RSS of one solve of a random 1,000-activity instance, in its own process. */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface MemoryResult {
  activities: number;
  status: string;
  makespan?: number;
  feasible: boolean;
  schedulesGenerated: number;
  wallMs: number;
  /** RSS of the child (Node + tsx + instance) just before `solve`. */
  rssBeforeMb: number;
  /** Peak RSS of the whole child process over its life. */
  peakRssMb: number;
  timeLimitMs: number;
}

export function measureMemory(activities: number, seed: number, timeLimitMs: number): Promise<MemoryResult> {
  const child = fork(
    fileURLToPath(new URL("./memory-child.ts", import.meta.url)),
    [String(activities), String(seed), String(timeLimitMs)],
    { execArgv: ["--import", "tsx"], stdio: "inherit" },
  );
  return new Promise((resolve, reject) => {
    child.on("message", (message: Omit<MemoryResult, "timeLimitMs">) => {
      resolve({ ...message, timeLimitMs });
      child.disconnect();
    });
    child.on("exit", (code) => reject(new Error(`memory child exited with ${code} before reporting`)));
  });
}
