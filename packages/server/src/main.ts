// `npm start` entry point: one process, or with CHIPROAD_HTTP_PROCESSES=N a primary and N HTTP
// processes (http-processes.ts).
import cluster from "node:cluster";
import { httpProcessesFromEnv, type ReadyMessage, startCluster } from "./http-processes.ts";
import { createLogger } from "./logger.ts";
import { type RunningServer, startServer } from "./server.ts";

const logger = createLogger();

function announce(url: string, admin: RunningServer["firstAdmin"], processes: number): void {
  logger.info({ url, processes }, "chiproad is ready");
  const on = processes > 1 ? `, ${processes} HTTP processes` : "";
  process.stdout.write(`\nchiproad is running at ${url}  (API reference: ${url}/docs${on})\n\n`);
  if (admin?.generatedPassword) {
    // Printed once, to the console only (never to the log): the database keeps just its argon2id hash.
    process.stdout.write(
      `First start: created the account "${admin.username}" with the password\n\n    ${admin.generatedPassword}\n\n` +
        "It is shown only now. Sign in at the URL above and change it under the user menu → Change password\n" +
        "(or POST /api/auth/password). To choose it yourself on a fresh database, set CHIPROAD_ADMIN_PASSWORD.\n\n",
    );
  } else if (admin) {
    process.stdout.write(
      `First start: created the account "${admin.username}" with CHIPROAD_ADMIN_PASSWORD.\n\n`,
    );
  }
}

function onSignals(close: () => Promise<void>): void {
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

try {
  const processes = httpProcessesFromEnv(process.env);
  if (cluster.isPrimary && processes > 1) {
    const started = await startCluster(processes, process.env, logger);
    announce(started.url, started.firstAdmin, processes);
    onSignals(() => started.close());
  } else {
    const server = await startServer({ logger });
    if (cluster.isWorker) {
      const ready: ReadyMessage = { chiproad: "ready", url: server.url };
      process.send?.(ready);
    } else {
      announce(server.url, server.firstAdmin, 1);
    }
    onSignals(() => server.close());
  }
} catch (error) {
  logger.fatal({ err: error }, "chiproad failed to start");
  // A configuration or data-directory problem (weak CHIPROAD_ADMIN_PASSWORD, directory in use) is
  // the operator's to fix: say it plainly, without a stack.
  const code = (error as { code?: unknown } | null)?.code;
  if ((code === "BAD_INPUT" || code === "CONFLICT") && error instanceof Error)
    process.stderr.write(`\nchiproad did not start: ${error.message}\n\n`);
  process.exitCode = 1;
}
