import type { Database } from "@chiproad/db";
import type { Context, MiddlewareHandler, Next } from "hono";
import { requestError } from "../problem.ts";
import type { Operation } from "./operations.ts";
import type { Principal } from "./principal.ts";
import { digest } from "./secrets.ts";

const KEY = /^[\x21-\x7e]{1,200}$/;
const KEY_LIFETIME_MS = 24 * 3_600_000;
const REPLAYED_HEADERS = ["content-type", "location", "etag"];

interface Stored {
  body: string;
  headers: Record<string, string>;
}

/**
 * For operations marked idempotent in OPERATIONS. Runs after the gate (which sets the principal and
 * the operation) and after the body limit, since it reads the body to fingerprint the request.
 */
export function idempotencyKeys(db: Database): MiddlewareHandler {
  return async (c, next) => {
    const operation = c.get("operation") as Operation | undefined;
    const principal = c.get("principal") as Principal | undefined;
    if (!operation?.idempotent || !principal) return next();
    return idempotent(db, principal, c, next);
  };
}

/**
 * Idempotency-Key (IETF httpapi draft): the first request with a key runs and its 2xx answer is kept;
 * the same request again gets that answer (Idempotent-Replayed: true) instead of a second scenario or
 * job; the key with a different body is refused; a key whose first request is still running is 409.
 */
export async function idempotent(
  db: Database,
  principal: Principal,
  c: Context,
  next: Next,
): Promise<Response | undefined> {
  const key = c.req.header("idempotency-key");
  if (key === undefined) {
    await next();
    return undefined;
  }
  if (!KEY.test(key)) {
    throw requestError("BAD_INPUT", "Idempotency-Key must be 1 to 200 visible ASCII characters", {
      errors: [{ path: "header:Idempotency-Key", message: "use a random value such as a UUID" }],
    });
  }
  const body = await c.req.text();
  const requestHash = digest(`${c.req.method} ${c.req.path}\n${body}`);
  const claim = await db.idempotency.claim(principal.userId, key, requestHash);
  switch (claim.state) {
    case "replay": {
      const stored = claim.response as Stored;
      return new Response(stored.body, {
        status: claim.status,
        headers: { ...stored.headers, "idempotent-replayed": "true" },
      });
    }
    case "mismatch":
      throw requestError(
        "BAD_INPUT",
        "this Idempotency-Key was used for a different request; send a new key",
        {
          status: 422,
          errors: [{ path: "header:Idempotency-Key", message: "reused with another body or path" }],
        },
      );
    case "pending":
      throw requestError(
        "CONFLICT",
        "a request with this Idempotency-Key is still being processed; retry later",
      );
    case "new":
      // Keys are remembered for a day; older ones are forgotten as new ones arrive.
      await db.idempotency.prune(new Date(Date.now() - KEY_LIFETIME_MS));
      break;
    default: {
      const never: never = claim;
      throw new Error(`unknown idempotency state ${JSON.stringify(never)}`);
    }
  }
  try {
    await next();
  } catch (error) {
    await db.idempotency.release(principal.userId, key);
    throw error;
  }
  const res = c.res;
  if (res.status >= 200 && res.status < 300) {
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = res.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    const text = await res.clone().text();
    await db.idempotency.complete(principal.userId, key, res.status, {
      body: text,
      headers,
    } satisfies Stored);
  } else {
    await db.idempotency.release(principal.userId, key);
  }
  return undefined;
}
