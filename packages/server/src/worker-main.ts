// `chiproad worker` entry point: runs jobs only (no HTTP) from the PostgreSQL queue at DATABASE_URL.
// Start any number of them, on any machines that reach the database; each claims one job at a time.
import { join } from "node:path";
import { databaseOptionsFromEnv, openDatabase } from "@chiproad/db";
import { JobRunner, runnerOptionsFromEnv } from "./jobs/runner.ts";
import { createLogger } from "./logger.ts";
import { REPO_ROOT } from "./server.ts";

const logger = createLogger();
if (!process.env.DATABASE_URL) {
  process.stderr.write(
    "\nchiproad worker needs PostgreSQL: set DATABASE_URL (the embedded database belongs to the server process, which runs its own jobs)\n\n",
  );
  process.exit(2);
}
try {
  const options = runnerOptionsFromEnv(process.env);
  const db = await openDatabase(databaseOptionsFromEnv(process.env, join(REPO_ROOT, ".chiproad-data")));
  const runner = new JobRunner({ db, logger, ...options });
  await runner.start();
  logger.info({ worker: runner.owner, queue: db.queue }, "chiproad worker is running");
  process.stdout.write(`chiproad worker ${runner.owner} is running jobs from PostgreSQL\n`);
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, "worker shutting down");
    // A job in progress is given up: its lease lapses and another worker runs it again.
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    runner
      .stop()
      .then(() => db.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, "worker shutdown failed");
          process.exit(1);
        },
      );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
} catch (error) {
  logger.fatal({ err: error }, "chiproad worker failed to start");
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "BAD_INPUT" && error instanceof Error)
    process.stderr.write(`\nchiproad worker did not start: ${error.message}\n\n`);
  process.exitCode = 1;
}
