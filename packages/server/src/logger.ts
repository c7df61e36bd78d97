import pino from "pino";

export type Logger = pino.Logger;

/**
 * Structured JSON logs. Request bodies, screening queries and matched entity names are never logged:
 * sanctions lists contain personal data. Level from LOG_LEVEL (default "info"; "silent" in tests).
 */
export function createLogger(level: string = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({
    level,
    base: { service: "chiproad" },
    redact: ["req.headers.authorization", "req.headers.cookie"],
  });
}
