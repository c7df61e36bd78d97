import {
  ChiproadError,
  ERROR_CODES,
  ERROR_TABLE,
  type ErrorCode,
  type FieldError,
  isErrorCode,
} from "@chiproad/data";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";

export { ERROR_CODES, type ErrorCode, type FieldError };

/** RFC 9457 problem details, with chiproad's `code` and optional per-field `errors`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: ErrorCode;
  detail: string;
  errors?: FieldError[];
}

const DEFAULT_STATUS = (code: ErrorCode): number => ERROR_TABLE[code].http;

/**
 * An error about the request itself (a bad parameter, a missing record, a refused credential),
 * thrown by routes: its status is the table's for the code (400 for BAD_INPUT). A ChiproadError
 * raised below the server without a status is about content the request carried, so BAD_INPUT
 * becomes 422 there (see `toProblem`).
 */
export function requestError(
  code: ErrorCode,
  detail: string,
  options: { status?: number; errors?: FieldError[]; retryAfter?: number } = {},
): ChiproadError {
  return new ChiproadError(code, detail, { status: DEFAULT_STATUS(code), ...options });
}

export function problem(code: ErrorCode, detail: string, status?: number, errors?: FieldError[]): Problem {
  return {
    type: `urn:chiproad:problem:${code.toLowerCase().replaceAll("_", "-")}`,
    title: ERROR_TABLE[code].title,
    status: status ?? DEFAULT_STATUS(code),
    code,
    detail,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

/** Maps anything thrown to problem details; unknown errors become INTERNAL without leaking their message. */
export function toProblem(error: unknown): Problem {
  if (error instanceof ChiproadError && error.status !== undefined)
    return problem(error.code, error.message, error.status, error.errors);
  if (error instanceof HTTPException && error.status === 413)
    return problem("PAYLOAD_TOO_LARGE", error.message);
  if (error instanceof HTTPException && error.status === 415) {
    return problem(
      "BAD_INPUT",
      "unsupported Content-Type: send JSON with Content-Type: application/json",
      400,
      [{ path: "header:Content-Type", message: "expected application/json" }],
    );
  }
  if (error instanceof HTTPException && error.status < 500) {
    // Hono's validators throw these for unreadable bodies (e.g. malformed JSON).
    return problem("BAD_INPUT", `${error.message}: send a well-formed body`, 400, [
      { path: "body", message: error.message },
    ]);
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (isErrorCode(code) && ERROR_TABLE[code].user && error instanceof Error) {
    const c = code;
    // A user mistake inside an otherwise valid request (bad CSV row, inconsistent scenario) is 422.
    const errors = error instanceof ChiproadError ? error.errors : undefined;
    return problem(c, error.message, c === "BAD_INPUT" ? 422 : DEFAULT_STATUS(c), errors);
  }
  return problem("INTERNAL", "the server failed to handle this request; the error is in the server log");
}

export function problemResponse(c: Context, p: Problem): Response {
  return c.body(JSON.stringify(p), p.status as 400, { "content-type": "application/problem+json" });
}
