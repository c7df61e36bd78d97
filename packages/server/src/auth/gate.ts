import type { Database } from "@chiproad/db";
import type { Context, MiddlewareHandler } from "hono";
import { ProblemError, problem, problemResponse } from "../problem.ts";
import type { SecurityConfig } from "./config.ts";
import { findOperation } from "./operations.ts";
import type { Principal } from "./principal.ts";
import { atLeast, lowerRole } from "./roles.ts";
import { digest } from "./secrets.ts";
import { clearSessionCookie, readSessionCookie } from "./session-cookie.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// last_seen_at is written at most this often per session (idle expiry stays accurate to this).
const TOUCH_EVERY_MS = 30_000;

function unauthenticated(c: Context, detail: string): Response {
  c.header("WWW-Authenticate", 'Bearer realm="chiproad"');
  return problemResponse(c, problem("UNAUTHENTICATED", detail));
}

/**
 * Same-origin check for cookie-authenticated state changes (OWASP CSRF cheat sheet, "verifying origin
 * with standard headers"). SameSite=Strict already keeps the cookie off cross-site requests; this is the
 * second layer, and it covers body-less POSTs that a form-type CSRF check would let through.
 */
export function sameOrigin(c: Context, publicOrigins: readonly string[] = []): boolean {
  const own = new URL(c.req.url).origin;
  const allowed = (o: string) => o === own || publicOrigins.includes(o);
  const origin = c.req.header("origin");
  if (origin !== undefined) return allowed(origin);
  const site = c.req.header("sec-fetch-site");
  if (site !== undefined) return site === "same-origin";
  const referer = c.req.header("referer");
  if (referer !== undefined) {
    try {
      return allowed(new URL(referer).origin);
    } catch {
      return false;
    }
  }
  return false;
}

async function fromToken(db: Database, header: string): Promise<Principal | undefined> {
  const m = /^Bearer\s+(cr_[A-Za-z0-9_-]{43})\s*$/.exec(header);
  if (!m) return undefined;
  const now = new Date();
  const found = await db.tokens.find(digest(m[1]!), now);
  if (!found) return undefined;
  void db.tokens.markUsed(found.token.id, now).catch(() => {});
  return {
    userId: found.user.id,
    username: found.user.username,
    role: lowerRole(found.token.role, found.user.role),
    via: "token",
    tokenId: found.token.id,
  };
}

async function fromSession(
  db: Database,
  config: SecurityConfig,
  c: Context,
  cookie: string,
): Promise<Principal | undefined> {
  const hash = digest(cookie);
  const now = new Date();
  const session = await db.sessions.find(hash, now);
  if (!session) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() > config.sessionIdleMs) {
    await db.sessions.delete(hash);
    clearSessionCookie(c, config);
    return undefined;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await db.sessions.touch(hash, now);
  return {
    userId: session.user.id,
    username: session.user.username,
    role: session.user.role,
    via: "session",
    sessionHash: hash,
    sessionExpiresAt: session.expiresAt,
  };
}

/**
 * Authentication and authorization of every /api request, before any body is read: the credential
 * (bearer token, else session cookie) → the operation in OPERATIONS → 401 without a valid credential,
 * 403 below the operation's role or on a cross-origin cookie-authenticated write, then the route.
 * X-Chiproad-User / X-Chiproad-Role headers are ignored.
 */
export function gate(db: Database, config: SecurityConfig): MiddlewareHandler {
  return async (c, next) => {
    const found = findOperation(c.req.method, c.req.path);
    const authorization = c.req.header("authorization");
    let principal: Principal | undefined;
    if (authorization !== undefined) {
      principal = await fromToken(db, authorization);
      if (!principal && found?.operation.access !== "public")
        return unauthenticated(
          c,
          "the bearer token is unknown, expired or revoked; create one with POST /api/auth/tokens",
        );
    } else {
      const cookie = readSessionCookie(c);
      if (cookie) principal = await fromSession(db, config, c, cookie);
    }
    if (principal) c.set("principal", principal);

    const unsafe = !SAFE_METHODS.has(c.req.method);
    if (found?.operation.access === "public") {
      // Login CSRF: a cross-site page must not sign the browser in to an account of its choosing.
      if (unsafe && c.req.header("origin") !== undefined && !sameOrigin(c, config.publicOrigins))
        throw new ProblemError(
          "FORBIDDEN",
          "cross-origin request refused: the Origin header is not this server",
        );
      return next();
    }
    if (!principal)
      return unauthenticated(c, "sign in first: POST /api/auth/login, or send Authorization: Bearer <token>");
    if (!found) {
      return problemResponse(
        c,
        problem("NOT_FOUND", `no API route ${c.req.method} ${c.req.path}; see /docs for the list`),
      );
    }
    if (unsafe && principal.via === "session" && !sameOrigin(c, config.publicOrigins)) {
      throw new ProblemError(
        "FORBIDDEN",
        "cross-origin request refused: a cookie-authenticated change must come from this server's own pages (Origin or Sec-Fetch-Site: same-origin)",
      );
    }
    const min = found.operation.access;
    if (!atLeast(principal.role, min)) {
      throw new ProblemError(
        "FORBIDDEN",
        `${found.id} needs role "${min}" or higher; you are signed in as "${principal.role}" — ask an admin`,
      );
    }
    c.set("operation", found.operation);
    return next();
  };
}
