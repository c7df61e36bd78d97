import type { Database, UserRecord } from "@chiproad/db";
import type { Context } from "hono";
import type { SecurityConfig } from "./config.ts";
import { digest, newSecret } from "./secrets.ts";
import { readSessionCookie, writeSessionCookie } from "./session-cookie.ts";

/**
 * Starts a session for an authenticated account — after a password (POST /api/auth/login) or single
 * sign-on (GET /api/auth/oidc/callback): whatever session the browser had ends (rotation), the new
 * one gets a fresh id, the sign-in is audited, and the HttpOnly cookie is set. Returns its expiry.
 */
export async function startSession(
  c: Context,
  db: Database,
  config: SecurityConfig,
  user: UserRecord,
  method: "password" | "oidc",
): Promise<Date> {
  const previous = readSessionCookie(c);
  if (previous) await db.sessions.delete(digest(previous));
  const secret = newSecret("s_");
  const now = Date.now();
  const expiresAt = new Date(now + config.sessionAbsoluteMs);
  await db.sessions.prune(new Date(now), new Date(now - config.sessionIdleMs));
  await db.sessions.create(digest(secret), user.id, expiresAt);
  await db.audit.append(
    { user: user.id, role: user.role },
    {
      action: "auth.login",
      targetType: "user",
      targetId: user.id,
      ...(method === "oidc" ? { detail: { method } } : {}),
    },
  );
  writeSessionCookie(c, secret, config);
  return expiresAt;
}
