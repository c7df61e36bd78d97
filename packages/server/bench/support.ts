// Shared by the PostgreSQL benchmarks (workers, sweep, queue, run, round-trips): worker processes,
// schemas and the read endpoints measured.
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

/** The GET endpoints the read benchmarks measure, for scenario `id`. */
export function readEndpoints(id: string): string[] {
  return [
    "/api/health",
    "/api/scenarios",
    `/api/scenarios/${id}`,
    `/api/scenarios/${id}/gaps`,
    `/api/scenarios/${id}/partners`,
    `/api/scenarios/${id}/plans/latest`,
    "/api/market?importer=IND&hs=8542",
    "/api/chain/chokepoints?top=3&threshold=0.8",
  ];
}
