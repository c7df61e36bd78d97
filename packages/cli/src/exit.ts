// The table alone (no imports), so that start-up does not load the whole data layer.
import { ERROR_TABLE, isErrorCode } from "@chiproad/data/errors";

/**
 * Exit statuses of the `chiproad` command, documented in the root README.
 * 0 ok · 1 infeasible, proven (the reason is printed) · 2 bad input (file:line or path, what to fix) ·
 * 3 internal error · 4 unknown: no plan found within the (escalated) work budget and none proven impossible.
 */
export const EXIT = { ok: 0, infeasible: 1, badInput: 2, internal: 3, unknown: 4 } as const;

/** The exit status of anything thrown: its code's row in the data layer's error table, else internal. */
export function exitStatusFor(error: unknown): number {
  const code = (error as { code?: unknown } | null)?.code;
  return isErrorCode(code) ? ERROR_TABLE[code].exit : EXIT.internal;
}

/** Prints one line for a user error; the stack only for internal errors or with CHIPROAD_DEBUG=1. */
export function reportError(error: unknown): number {
  const status = exitStatusFor(error);
  const message = error instanceof Error ? error.message : String(error);
  if (status === EXIT.internal) {
    process.stderr.write(`chiproad: internal error: ${message}\n`);
    if (process.env.CHIPROAD_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  } else {
    process.stderr.write(`chiproad: ${message}\n`);
  }
  return status;
}
