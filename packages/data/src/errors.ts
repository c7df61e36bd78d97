/** The closed list of user-facing error codes shared by every chiproad package. */
export type ErrorCode = "BAD_INPUT" | "NOT_FOUND" | "CONFLICT" | "PAYLOAD_TOO_LARGE" | "INFEASIBLE";

/** A user mistake: the message says what was wrong, where (file:row:column) and how to fix it. */
export class DataError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = "DataError";
    this.code = code;
  }
}

/**
 * `file:row:column: what was expected; how to fix`. Row is the 1-based line in the file,
 * column the 1-based field (CSV) or character position.
 */
export function badInput(file: string, row: number, column: number, what: string, fix: string): DataError {
  return new DataError("BAD_INPUT", `${file}:${row}:${column}: ${what}; ${fix}`);
}

export function notFound(what: string, fix: string): DataError {
  return new DataError("NOT_FOUND", `${what}; ${fix}`);
}

export function isDataError(error: unknown): error is DataError {
  return error instanceof DataError;
}
