/**
 * Exit statuses of the `chiproad` command, documented in the root README.
 * 0 ok · 1 infeasible, proven (the reason is printed) · 2 bad input (file:line or path, what to fix) ·
 * 3 internal error · 4 unknown: no plan found within the (escalated) work budget and none proven impossible.
 */
export const EXIT = { ok: 0, infeasible: 1, badInput: 2, internal: 3, unknown: 4 } as const;

/** Error codes that mean "the user's input is wrong", raised by any chiproad package as `error.code`. */
const USER_CODES = new Set(["BAD_INPUT", "NOT_FOUND", "CONFLICT", "PAYLOAD_TOO_LARGE"]);

export function exitStatusFor(error: unknown): number {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "INFEASIBLE") return EXIT.infeasible;
  if (code === "UNKNOWN") return EXIT.unknown;
  if (typeof code === "string" && USER_CODES.has(code)) return EXIT.badInput;
  return EXIT.internal;
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
