/**
 * Several HTTP processes on one port: `CHIPROAD_HTTP_PROCESSES=N` (PostgreSQL only). One Node process
 * serves requests on one core; on PostgreSQL the server keeps no state of its own between requests
 * (sessions, jobs, idempotency keys and stored reports are in the database; caches only repeat what it
 * holds), so N processes behind node:cluster share the load. The primary prepares once (web build,
 * migrations, first admin, examples), forks N HTTP processes, replaces one that dies, and on SIGINT or
 * SIGTERM stops them all. Refused, with the reason, on the embedded database (one process owns it).
 * Single sign-on works with any number: a sign-in in progress is held in the database.
 */
import cluster, { type Worker } from "node:cluster";
import { ChiproadError } from "@chiproad/data";
import type { Logger } from "./logger.ts";
import { prepare } from "./server.ts";

const MAX_PROCESSES = 64;

/** CHIPROAD_HTTP_PROCESSES (default 1), checked against the rest of the configuration. */
export function httpProcessesFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.CHIPROAD_HTTP_PROCESSES?.trim();
  if (raw === undefined || raw === "") return 1;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_PROCESSES)
    throw new ChiproadError(
      "BAD_INPUT",
      `CHIPROAD_HTTP_PROCESSES: expected a whole number from 1 to ${MAX_PROCESSES}, got "${raw}"`,
    );
  const processes = Number(raw);
  if (processes === 1) return 1;
  if (!env.DATABASE_URL?.trim())
    throw new ChiproadError(
      "BAD_INPUT",
      "CHIPROAD_HTTP_PROCESSES above 1 needs PostgreSQL (DATABASE_URL): the embedded database belongs to one process",
    );
  return processes;
}

/** What an HTTP process tells the primary once it listens. */
export interface ReadyMessage {
  chiproad: "ready";
  url: string;
}

function isReady(message: unknown): message is ReadyMessage {
  return typeof message === "object" && message !== null && (message as ReadyMessage).chiproad === "ready";
}

export interface Cluster {
  url: string;
  firstAdmin: Awaited<ReturnType<typeof prepare>>["firstAdmin"];
  /** The HTTP processes' ids, as they are now. */
  pids(): number[];
  close(): Promise<void>;
}

/** The primary: prepares once, forks `processes` HTTP processes and waits until all listen. */
export async function startCluster(
  processes: number,
  env: NodeJS.ProcessEnv,
  logger: Logger,
): Promise<Cluster> {
  const { db, firstAdmin } = await prepare(env, logger, true);
  await db.close();
  // The HTTP processes find everything prepared (their own preparation is a series of no-ops) and
  // serve the web build the primary made.
  const childEnv = { ...env, CHIPROAD_SKIP_WEB_BUILD: "1" };
  let closing = false;
  let url = "";
  const fork = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const worker = cluster.fork(childEnv);
      const onMessage = (message: unknown) => {
        if (!isReady(message)) return;
        url = message.url;
        worker.off("exit", onEarlyExit);
        resolve(worker);
      };
      const onEarlyExit = (code: number | null) =>
        reject(new Error(`an HTTP process exited (code ${code}) before it listened`));
      worker.on("message", onMessage);
      worker.once("exit", onEarlyExit);
    });
  const started = await Promise.allSettled(Array.from({ length: processes }, fork));
  const failed = started.find((s) => s.status === "rejected");
  if (failed) {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    throw (failed as PromiseRejectedResult).reason;
  }
  cluster.on("exit", (worker, code, signal) => {
    if (closing) return;
    logger.error({ worker: worker.process.pid, code, signal }, "an HTTP process died; starting another");
    fork().catch((error: unknown) => logger.error({ err: error }, "could not replace an HTTP process"));
  });
  return {
    url,
    firstAdmin,
    pids: () =>
      Object.values(cluster.workers ?? {})
        .map((w) => w?.process.pid)
        .filter((pid): pid is number => pid !== undefined),
    async close() {
      closing = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.isDead()) return resolve();
              worker.once("exit", () => resolve());
              worker.kill("SIGTERM");
            }),
        ),
      );
    },
  };
}
