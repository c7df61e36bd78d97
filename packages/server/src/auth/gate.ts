import type { ChiproadError } from "@chiproad/data";
import { timingSafeEqual } from "node:crypto";
import type {
  AccessScope,
  ApiTokenRecord,
  Database,
  ProgrammeAccess,
  SessionRecord,
  UserRecord,
} from "@chiproad/db";
import type { Context, MiddlewareHandler } from "hono";
import type { Logger } from "../logger.ts";
import { problem, problemResponse, requestError } from "../problem.ts";
import type { SecurityConfig } from "./config.ts";
import { findOperation, type Operation, type OperationId } from "./operations.ts";
import type { GateHead, Principal } from "./principal.ts";
import { maySee, programmeRole } from "./programme-role.ts";
import { ReadCache } from "../read-cache.ts";
import { atLeast, lowerRole, type Role } from "./roles.ts";
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

/**
 * A credential's principal; with the request's programme `scope`, also the caller's access to that
 * programme, read in the same query (`access` undefined: no such programme).
 */
type Credential = { principal: Principal; access?: ProgrammeAccess | undefined };

type TokenRead = { token: ApiTokenRecord; user: UserRecord; access?: ProgrammeAccess | undefined };
type SessionRead = SessionRecord & { access?: ProgrammeAccess | undefined };

/** What a safe request's credential read may reuse (./read-cache.ts); absent on writes. */
interface Reads {
  tokens: ReadCache<TokenRead>;
  sessions: ReadCache<SessionRead>;
}

const keyOf = (hash: string, scope: AccessScope | undefined) =>
  scope ? `${hash} ${scope.by} ${scope.id}` : hash;

async function fromToken(
  db: Database,
  header: string,
  scope: AccessScope | undefined,
  reads: Reads | undefined,
): Promise<Credential | undefined> {
  const m = /^Bearer\s+(cr_[A-Za-z0-9_-]{43})\s*$/.exec(header);
  if (!m) return undefined;
  const now = new Date();
  const hash = digest(m[1]!);
  const key = keyOf(hash, scope);
  const kept = reads?.tokens.get(key);
  // A kept read is as the database would answer but for time: expiry is checked again now.
  const found =
    kept && Date.parse(kept.token.expiresAt) > now.getTime()
      ? kept
      : reads
        ? await reads.tokens.load(key, () => db.tokens.find(hash, now, scope))
        : await db.tokens.find(hash, now, scope);
  if (!found) return undefined;
  // Like a session's last-seen time, written at most every TOUCH_EVERY_MS: a write per request would
  // queue behind itself under load (on the embedded database every request waited seconds for them).
  const last = found.token.lastUsedAt === null ? 0 : Date.parse(found.token.lastUsedAt);
  if (now.getTime() - last > TOUCH_EVERY_MS) {
    void db.tokens.markUsed(found.token.id, now).catch(() => {});
    // The write is not awaited: until its commit drops the kept read, requests must not write again.
    found.token.lastUsedAt = now.toISOString();
  }
  const principal: Principal = {
    userId: found.user.id,
    username: found.user.username,
    role: lowerRole(found.token.role, found.user.role),
    accountRole: found.user.role,
    tokenRole: found.token.role,
    via: "token",
    tokenId: found.token.id,
  };
  return scope ? { principal, access: found.access } : { principal };
}

async function fromSession(
  db: Database,
  config: SecurityConfig,
  c: Context,
  cookie: string,
  scope: AccessScope | undefined,
  reads: Reads | undefined,
): Promise<Credential | undefined> {
  const hash = digest(cookie);
  const now = new Date();
  const key = keyOf(hash, scope);
  const kept = reads?.sessions.get(key);
  // A kept read is as the database would answer but for time: expiry is checked again now.
  const session =
    kept && kept.expiresAt.getTime() > now.getTime()
      ? kept
      : reads
        ? await reads.sessions.load(key, () => db.sessions.find(hash, now, scope))
        : await db.sessions.find(hash, now, scope);
  if (!session) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() > config.sessionIdleMs) {
    await db.sessions.delete(hash);
    clearSessionCookie(c, config);
    return undefined;
  }
  // The touch's commit drops every kept read (./read-cache.ts), this session's with them.
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await db.sessions.touch(hash, now);
  const principal: Principal = {
    userId: session.user.id,
    username: session.user.username,
    role: session.user.role,
    accountRole: session.user.role,
    via: "session",
    sessionHash: hash,
    sessionExpiresAt: session.expiresAt,
  };
  return scope ? { principal, access: session.access } : { principal };
}

/** Equal strings, in time that does not depend on where they differ (both are hashed to 32 bytes first). */
function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(Buffer.from(digest(given), "hex"), Buffer.from(digest(expected), "hex"));
}

/**
 * Trusted-proxy mode: with CHIPROAD_TRUSTED_PROXY_SECRET set, X-Chiproad-User names the account when
 * X-Chiproad-Proxy-Secret matches. The role is always the account's; a header never sets it. A request
 * with a wrong or missing secret is treated as if it had no proxy headers (logged, without the secret).
 */
async function fromProxy(
  db: Database,
  config: SecurityConfig,
  c: Context,
  logger: Logger | undefined,
): Promise<Principal | undefined> {
  const secret = config.trustedProxySecret;
  const username = c.req.header("x-chiproad-user");
  if (!secret || username === undefined) return undefined;
  const given = c.req.header("x-chiproad-proxy-secret");
  if (given === undefined || !sameSecret(given, secret)) {
    logger?.warn(
      { event: "proxy.secret-mismatch", secretSent: given !== undefined },
      "X-Chiproad-User ignored: the proxy secret is missing or wrong",
    );
    return undefined;
  }
  const user = await db.users.credentials(username.trim().toLowerCase());
  if (!user || user.disabled) {
    // No username in the log: it is personal data.
    logger?.warn({ event: "proxy.unknown-user" }, "the trusted proxy named no enabled account");
    return undefined;
  }
  return {
    userId: user.id,
    username: user.username,
    role: user.role,
    accountRole: user.role,
    via: "proxy",
  };
}

/** The programme a programme-scoped operation names, from its path parameter `{id}`. */
function scopeOf(operation: Operation | undefined, path: string): AccessScope | undefined {
  if (!operation?.scope) return undefined;
  const id = scopeId(operation, path);
  return id === undefined ? undefined : { by: operation.scope, id };
}

/** The path parameter `{id}` of a programme-scoped operation. */
function scopeId(operation: Operation, path: string): string | undefined {
  const at = operation.path.split("/").indexOf("{id}");
  const segment = path.split("/")[at];
  if (at < 0 || segment === undefined) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function notFound(scope: "scenario" | "job", id: string): ChiproadError {
  // The same answer as for an id that does not exist, so a restricted programme's existence does not leak.
  return scope === "scenario"
    ? requestError("NOT_FOUND", `scenario "${id}" does not exist; list them with GET /api/scenarios`)
    : requestError("NOT_FOUND", `job "${id}" does not exist`);
}

function tooLow(id: OperationId, min: Role, role: Role, where: string): ChiproadError {
  return requestError(
    "FORBIDDEN",
    `${id} needs role "${min}" or higher; ${where} "${role}" — ask an admin or the programme's manager`,
  );
}

/**
 * A programme-scoped operation: the caller's role on that programme decides (./programme-role.ts).
 * Order matters so that nothing leaks: a non-member whose best possible role is too low gets 403
 * whether the programme exists or not; a restricted programme they may not see is 404, like one that
 * does not exist; a member below the operation's role gets 403.
 */
async function authorizeOnProgramme(
  db: Database,
  c: Context,
  credential: Credential,
  found: { id: OperationId; operation: Operation },
): Promise<void> {
  const scope = found.operation.scope;
  if (!scope) return;
  const { principal } = credential;
  const min = found.operation.access as Role;
  const id = scopeId(found.operation, c.req.path);
  // Read with the credential when it could be (token, session); asked here otherwise (proxy).
  const access =
    "access" in credential
      ? credential.access
      : id === undefined
        ? undefined
        : scope === "scenario"
          ? await db.programmes.access(id, principal.userId)
          : await db.programmes.accessViaJob(id, principal.userId);
  const role = programmeRole(principal, access?.memberRole);
  if (access?.memberRole === undefined && !atLeast(role, min))
    throw tooLow(found.id, min, role, "you are signed in as");
  if (!access || !maySee(principal, access)) throw notFound(scope, id ?? "");
  if (!atLeast(role, min)) throw tooLow(found.id, min, role, "your role on this programme is");
  c.set("programmeRole", role);
  const head: GateHead = { id: access.scenarioId, ...access.head, latestPlanId: access.latestPlanId };
  c.set("scenarioHead", head);
}

/**
 * Authentication and authorization of every /api request, before any body is read: the credential
 * (bearer token, else session cookie) → the operation in OPERATIONS → 401 without a valid credential,
 * 403 below the operation's role or on a cross-origin cookie-authenticated write, then the route.
 * X-Chiproad-User / X-Chiproad-Role headers are ignored unless trusted-proxy mode is on (fromProxy).
 * On a programme-scoped operation the role on that programme counts (authorizeOnProgramme).
 */
export function gate(db: Database, config: SecurityConfig, logger?: Logger): MiddlewareHandler {
  const cache: Reads | undefined = db.changes
    ? { tokens: new ReadCache(db.changes), sessions: new ReadCache(db.changes) }
    : undefined;
  const check = checker(db, config, logger);
  // A state-changing request's credential and access are always read from the database.
  return (c, next) => check(c, next, READS.has(c.req.method) ? cache : undefined);
}

/** Requests whose credential read may be reused (./read-cache.ts). */
const READS = new Set(["GET", "HEAD"]);

function checker(db: Database, config: SecurityConfig, logger: Logger | undefined) {
  return async (c: Context, next: () => Promise<void>, reads: Reads | undefined) => {
    const found = findOperation(c.req.method, c.req.path);
    const scope = scopeOf(found?.operation, c.req.path);
    const authorization = c.req.header("authorization");
    let credential: Credential | undefined;
    if (authorization !== undefined) {
      credential = await fromToken(db, authorization, scope, reads);
      if (!credential && found?.operation.access !== "public")
        return unauthenticated(
          c,
          "the bearer token is unknown, expired or revoked; create one with POST /api/auth/tokens",
        );
    } else {
      const proxied = await fromProxy(db, config, c, logger);
      credential = proxied ? { principal: proxied } : undefined;
      const cookie = credential ? undefined : readSessionCookie(c);
      if (cookie) credential = await fromSession(db, config, c, cookie, scope, reads);
    }
    if (credential) c.set("principal", credential.principal);

    const unsafe = !SAFE_METHODS.has(c.req.method);
    if (found?.operation.access === "public") {
      // Login CSRF: a cross-site page must not sign the browser in to an account of its choosing.
      if (unsafe && c.req.header("origin") !== undefined && !sameOrigin(c, config.publicOrigins))
        throw requestError("FORBIDDEN", "cross-origin request refused: the Origin header is not this server");
      return next();
    }
    if (!credential)
      return unauthenticated(c, "sign in first: POST /api/auth/login, or send Authorization: Bearer <token>");
    const { principal } = credential;
    if (!found) {
      return problemResponse(
        c,
        problem("NOT_FOUND", `no API route ${c.req.method} ${c.req.path}; see /docs for the list`),
      );
    }
    // A proxy-authenticated browser carries an ambient credential too (the proxy's own sign-in).
    if (unsafe && principal.via !== "token" && !sameOrigin(c, config.publicOrigins)) {
      throw requestError(
        "FORBIDDEN",
        "cross-origin request refused: a cookie-authenticated change must come from this server's own pages (Origin or Sec-Fetch-Site: same-origin)",
      );
    }
    const min = found.operation.access;
    if (found.operation.scope) await authorizeOnProgramme(db, c, credential, found);
    else if (!atLeast(principal.role, min))
      throw tooLow(found.id, min, principal.role, "you are signed in as");
    c.set("operation", found.operation);
    return next();
  };
}
