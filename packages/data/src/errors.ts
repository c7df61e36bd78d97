/**
 * chiproad's closed list of error codes — the one table every package uses: the code, the HTTP
 * status of its problem document, the CLI's exit status, whether it is the user's to fix, the
 * English title, and the key of its message in the UI catalogues (`errors.<CODE>`).
 */
export const ERROR_TABLE = {
  BAD_INPUT: { http: 400, exit: 2, user: true, title: "Bad input" },
  UNAUTHENTICATED: { http: 401, exit: 2, user: true, title: "Unauthenticated" },
  FORBIDDEN: { http: 403, exit: 2, user: true, title: "Forbidden" },
  NOT_FOUND: { http: 404, exit: 2, user: true, title: "Not found" },
  CONFLICT: { http: 409, exit: 2, user: true, title: "Conflict" },
  PAYLOAD_TOO_LARGE: { http: 413, exit: 2, user: true, title: "Payload too large" },
  RATE_LIMITED: { http: 429, exit: 2, user: true, title: "Too many requests" },
  /** Proven impossible; the message is the proof. */
  INFEASIBLE: { http: 422, exit: 1, user: true, title: "Infeasible" },
  /** No answer within the (escalated) work budget and no proof either way (the CLI's exit 4). */
  UNKNOWN: { http: 422, exit: 4, user: true, title: "Unknown" },
  INTERNAL: { http: 500, exit: 3, user: false, title: "Internal error" },
} as const satisfies Record<string, { http: number; exit: number; user: boolean; title: string }>;

export type ErrorCode = keyof typeof ERROR_TABLE;
export const ERROR_CODES = Object.keys(ERROR_TABLE) as [ErrorCode, ...ErrorCode[]];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && Object.hasOwn(ERROR_TABLE, value);
}

/** The key of a code's message in the UI catalogues. */
export function errorMessageKey(code: ErrorCode): string {
  return `errors.${code}`;
}

/** One offending field of a request or file: its path (and position), what is wrong, a hint. */
export interface FieldError {
  path: string;
  message: string;
  line?: number;
  column?: number;
  hint?: string;
}

/**
 * chiproad's one error class, raised by every package (the scheduler, which imports nothing, raises
 * errors with the same `code` field). The message says what was wrong, where (file:row:column or a
 * JSON path) and how to fix it; the server renders it as a problem document with the code's HTTP
 * status (or `status` when given), the CLI exits with the code's exit status.
 */
export class ChiproadError extends Error {
  readonly code: ErrorCode;
  /** HTTP status, when the raiser decides it; else the server derives it from the code. */
  readonly status: number | undefined;
  readonly errors: FieldError[] | undefined;
  /** Seconds, sent as Retry-After (RATE_LIMITED). */
  readonly retryAfter: number | undefined;
  constructor(
    code: ErrorCode,
    message: string,
    options: { status?: number; errors?: FieldError[]; retryAfter?: number } = {},
  ) {
    super(message);
    this.name = "ChiproadError";
    this.code = code;
    this.status = options.status;
    this.errors = options.errors;
    this.retryAfter = options.retryAfter;
  }
}

/**
 * `file:row:column: what was expected; how to fix`. Row is the 1-based line in the file,
 * column the 1-based field (CSV) or character position.
 */
export function badInput(
  file: string,
  row: number,
  column: number,
  what: string,
  fix: string,
): ChiproadError {
  return new ChiproadError("BAD_INPUT", `${file}:${row}:${column}: ${what}; ${fix}`);
}

export function notFound(what: string, fix: string): ChiproadError {
  return new ChiproadError("NOT_FOUND", `${what}; ${fix}`);
}

export function isChiproadError(error: unknown): error is ChiproadError {
  return error instanceof ChiproadError;
}
