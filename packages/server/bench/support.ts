// Shared by the PostgreSQL benchmarks (workers, sweep, queue, run): worker processes and schemas.
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

const WORKER_MAIN = join(import.meta.dirname, "..", "src", "worker-main.ts");

/** A `chiproad worker` process on `schema`, polling every 50 ms; resolves once it is running. */
export function startWorker(url: string, schema: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER_MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      DATABASE_SCHEMA: schema,
      CHIPROAD_JOB_POLL_MS: "50",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (b: Buffer) => {
      if (b.toString().includes("is running")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`worker exited ${code}`)));
  });
}
