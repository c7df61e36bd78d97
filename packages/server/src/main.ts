// `npm start` entry point.
import { createLogger } from "./logger.ts";
import { startServer } from "./server.ts";

const logger = createLogger();
try {
  const server = await startServer({ logger });
  logger.info({ url: server.url, database: server.db.kind }, "chiproad is ready");
  process.stdout.write(`\nchiproad is running at ${server.url}  (API reference: ${server.url}/docs)\n\n`);
  const admin = server.firstAdmin;
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
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
} catch (error) {
  logger.fatal({ err: error }, "chiproad failed to start");
  // A configuration or data-directory problem (weak CHIPROAD_ADMIN_PASSWORD, directory in use) is
  // the operator's to fix: say it plainly, without a stack.
  const code = (error as { code?: unknown } | null)?.code;
  if ((code === "BAD_INPUT" || code === "CONFLICT") && error instanceof Error)
    process.stderr.write(`\nchiproad did not start: ${error.message}\n\n`);
  process.exitCode = 1;
}
