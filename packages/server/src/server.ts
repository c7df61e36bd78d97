import { join, resolve } from "node:path";
import { type Database, databaseOptionsFromEnv, openDatabase } from "@chiproad/db";
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";
import { securityConfigFromEnv } from "./auth/config.ts";
import { ensureFirstAdmin, type FirstAdmin } from "./auth/first-admin.ts";
import { loadExamples } from "./examples.ts";
import { inProcessWorker, JobRunner, runnerOptionsFromEnv } from "./jobs/runner.ts";
import { createLogger, type Logger } from "./logger.ts";
import { referenceProvider } from "./reference-data.ts";
import { ensureWebBuild } from "./web-build.ts";

/** The repository root (this file is packages/server/src/server.ts). */
export const REPO_ROOT = resolve(import.meta.dirname, "..", "..", "..");

export interface RunningServer {
  url: string;
  /** The account created on this start (empty database only); its password only when generated. */
  firstAdmin: FirstAdmin | undefined;
  port: number;
  db: Database;
  /** The in-process job runner; absent with CHIPROAD_IN_PROCESS_WORKER=0 (`chiproad worker` processes run the jobs). */
  runner: JobRunner | undefined;
  close(): Promise<void>;
}

export interface StartOptions {
  port?: number;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  buildWeb?: boolean;
}

/**
 * What a start does before serving, each step a no-op when already done: builds the web UI if
 * stale, opens and migrates the database, creates the first admin on an empty database and loads
 * examples/*.yaml once. The database is left open for the caller.
 */
export async function prepare(
  env: NodeJS.ProcessEnv,
  logger: Logger,
  buildWeb: boolean,
): Promise<{ db: Database; firstAdmin: FirstAdmin | undefined; webDist: string | undefined }> {
  const webDist = buildWeb ? ensureWebBuild(REPO_ROOT, logger) : undefined;
  const db = await openDatabase(databaseOptionsFromEnv(env, join(REPO_ROOT, ".chiproad-data")));
  let firstAdmin: FirstAdmin | undefined;
  try {
    firstAdmin = await ensureFirstAdmin(db, env);
    const loaded = await loadExamples(db, join(REPO_ROOT, "examples"), logger);
    if (loaded.length > 0) logger.info({ loaded }, "loaded example scenarios");
  } catch (error) {
    await db.close();
    throw error;
  }
  return { db, firstAdmin, webDist };
}

/**
 * `npm start`: builds the web UI if stale, opens and migrates the database (PGlite in
 * CHIPROAD_DATA_DIR, or PostgreSQL at DATABASE_URL), loads examples/*.yaml once, starts the job
 * runner and the HTTP server.
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const logger = options.logger ?? createLogger();
  const port = options.port ?? Number(env.PORT ?? 3000);
  const security = securityConfigFromEnv(env);
  const { db, firstAdmin, webDist } = await prepare(env, logger, options.buildWeb !== false);
  const reference = referenceProvider(db);
  const runner = inProcessWorker(env, db.kind)
    ? new JobRunner({ db, logger, ...runnerOptionsFromEnv(env) })
    : undefined;
  if (!runner) logger.info("no in-process job runner: chiproad worker processes run the jobs");
  const app = createApp({ db, logger, reference, runner, webDist, security });
  await runner?.start();
  const server = await new Promise<ReturnType<typeof serve>>((ok) => {
    const s = serve({ fetch: app.fetch, port, hostname: env.HOST?.trim() || "127.0.0.1" }, () => ok(s));
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const host = env.HOST?.trim() || "127.0.0.1";
  const url = `http://${host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host}:${actualPort}`;
  return {
    url,
    firstAdmin,
    port: actualPort,
    db,
    runner,
    async close() {
      await new Promise<void>((ok) => server.close(() => ok()));
      await runner?.stop();
      await db.close();
    },
  };
}
