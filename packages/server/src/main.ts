// `npm start` entry point.
import { createLogger } from "./logger.ts";
import { startServer } from "./server.ts";

const logger = createLogger();
try {
  const server = await startServer({ logger });
  logger.info({ url: server.url, database: server.db.kind }, "chiproad is ready");
  process.stdout.write(`\nchiproad is running at ${server.url}  (API reference: ${server.url}/docs)\n\n`);
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
  process.exitCode = 1;
}
