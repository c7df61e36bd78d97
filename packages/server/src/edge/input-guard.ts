import type { MiddlewareHandler } from "hono";
import { requestError } from "../problem.ts";
import { findUnsafeText, jsonDepthExceeds, unsafeTextReason } from "./unsafe-text.ts";

/** JSON bodies nested deeper than this are refused before parsing (chiproad's own documents need < 12). */
export const MAX_JSON_DEPTH = 32;

function refuse(path: string, message: string): never {
  throw requestError("BAD_INPUT", `${path}: ${message}`, { errors: [{ path, message }] });
}

/**
 * Refuses, as BAD_INPUT, a URL that does not decode (`/%ff`) or holds NUL / lone surrogates in its
 * path or query. Runs first, for every request, so no route or static-file lookup sees such text.
 */
export function urlGuard(): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      refuse("path", "is not valid percent-encoded UTF-8");
    }
    const pathReason = unsafeTextReason(path);
    if (pathReason) refuse("path", pathReason);
    for (const [name, value] of url.searchParams) {
      const reason = unsafeTextReason(name) ?? unsafeTextReason(value);
      if (reason) refuse(`query.${name.replace(/[^\w.-]/g, "?")}`, reason);
    }
    await next();
  };
}

/**
 * For JSON request bodies: refuses nesting deeper than MAX_JSON_DEPTH (scanned before parsing) and
 * NUL / lone surrogates in any string or key, naming the JSON path. Malformed JSON is left to the
 * route's validator, which reports it. The text is cached by Hono, so the body is read once.
 */
export function jsonBodyGuard(): MiddlewareHandler {
  return async (c, next) => {
    const type = c.req.header("content-type") ?? "";
    if (c.req.method === "GET" || c.req.method === "HEAD" || !/\bjson\b/i.test(type)) return next();
    const text = await c.req.text();
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH))
      refuse("body", `is nested deeper than ${MAX_JSON_DEPTH} levels; flatten it`);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return next();
    }
    const hit = findUnsafeText(value);
    if (hit) refuse(hit.path, hit.reason);
    return next();
  };
}
