import { createRoute, z } from "@hono/zod-openapi";
import type { SecurityConfig } from "../auth/config.ts";
import { hashPassword, passwordProblem, verifyPassword } from "../auth/password.ts";
import { actorOf, principalOf } from "../auth/principal.ts";
import { SlidingWindow } from "../auth/rate-limit.ts";
import { startSession } from "../auth/sign-in.ts";
import { atLeast, ROLES } from "../auth/roles.ts";
import { digest, newSecret } from "../auth/secrets.ts";
import { clearSessionCookie } from "../auth/session-cookie.ts";
import type { Api, AppDeps } from "../context.ts";
import { requestError } from "../problem.ts";
import { IdParam, jsonBody, jsonResponse, problems } from "../schemas.ts";

export const RoleSchema = z.enum(ROLES).openapi("Role");

export const UserSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    role: RoleSchema,
    disabled: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("User");

const LoginBody = z
  .object({ username: z.string().min(1).max(100), password: z.string().min(1).max(1024) })
  .openapi("LoginRequest");

const MeSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    role: RoleSchema,
    via: z.enum(["session", "token", "proxy"]),
    sessionExpiresAt: z.string().optional(),
  })
  .openapi("Me");

const TokenBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    role: RoleSchema,
    expiresInDays: z.number().int().min(1).max(365).default(30),
  })
  .openapi("CreateTokenRequest");

const TokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: RoleSchema,
    createdAt: z.string(),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
  })
  .openapi("ApiToken");

const PasswordBody = z
  .object({ currentPassword: z.string().min(1).max(1024), newPassword: z.string().min(1).max(1024) })
  .openapi("ChangePasswordRequest");

/** The peer address for per-address throttling (the socket's; a proxy's X-Forwarded-For is not trusted). */
export function peer(env: unknown): string {
  const incoming = (env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? "local";
}

export function authRoutes(app: Api, { db, logger }: AppDeps, config: SecurityConfig): void {
  const perAccount = new SlidingWindow(
    db.rateEvents,
    "login.account",
    config.loginFailuresPerAccount,
    config.loginWindowMs,
  );
  const perAddress = new SlidingWindow(
    db.rateEvents,
    "login.address",
    config.loginFailuresPerAddress,
    config.loginWindowMs,
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/login",
      tags: ["auth"],
      summary:
        "Sign in with username and password; sets the HttpOnly session cookie (a new session each time)",
      request: { body: jsonBody(LoginBody) },
      responses: {
        200: jsonResponse(MeSchema, "signed in"),
        ...problems(400, 401, 403, 429),
      },
    }),
    async (c) => {
      const { username, password } = c.req.valid("json");
      const address = peer(c.env);
      const account = username.toLowerCase();
      const wait = Math.max(await perAccount.retryAfter(account), await perAddress.retryAfter(address));
      if (wait > 0) {
        throw requestError("RATE_LIMITED", `too many failed sign-ins; try again in ${wait} s`, {
          retryAfter: wait,
        });
      }
      const user = await db.users.credentials(account);
      const ok = await verifyPassword(user?.passwordHash, password);
      if (!user || !ok || user.disabled) {
        await perAccount.record(account);
        await perAddress.record(address);
        // No username in the log: it is personal data, and often a mistyped password.
        logger.warn({ event: "login.failed" }, "sign-in failed");
        throw requestError("UNAUTHENTICATED", "wrong username or password (or the account is disabled)");
      }
      await perAccount.reset(account);
      // Rotation: whatever session the browser had ends; the new one has a fresh id.
      const expiresAt = await startSession(c, db, config, user, "password");
      return c.json(
        {
          id: user.id,
          username: user.username,
          role: user.role,
          via: "session" as const,
          sessionExpiresAt: expiresAt.toISOString(),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/logout",
      tags: ["auth"],
      summary: "Sign out: ends this session on the server and clears the cookie",
      responses: { 204: { description: "signed out" }, ...problems(401, 403) },
    }),
    async (c) => {
      const p = principalOf(c);
      if (p.sessionHash) await db.sessions.delete(p.sessionHash);
      clearSessionCookie(c, config);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/auth/me",
      tags: ["auth"],
      summary: "Who is signed in, with which role",
      responses: { 200: jsonResponse(MeSchema, "the signed-in user"), ...problems(401) },
    }),
    async (c) => {
      const p = principalOf(c);
      return c.json(
        {
          id: p.userId,
          username: p.username,
          role: p.role,
          via: p.via,
          ...(p.sessionExpiresAt ? { sessionExpiresAt: p.sessionExpiresAt.toISOString() } : {}),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/password",
      tags: ["auth"],
      summary: "Change your own password (needs the current one); every session and token of yours ends",
      request: { body: jsonBody(PasswordBody) },
      responses: { 204: { description: "changed; sign in again" }, ...problems(400, 401, 403, 422) },
    }),
    async (c) => {
      const p = principalOf(c);
      const body = c.req.valid("json");
      const user = await db.users.credentials(p.username);
      if (!(await verifyPassword(user?.passwordHash, body.currentPassword))) {
        throw requestError("FORBIDDEN", "the current password is wrong", {
          errors: [{ path: "json.currentPassword", message: "wrong password" }],
        });
      }
      const weak = passwordProblem(body.newPassword, p.username);
      if (weak) {
        throw requestError("BAD_INPUT", `newPassword: ${weak}`, {
          status: 422,
          errors: [{ path: "json.newPassword", message: weak }],
        });
      }
      await db.users.update(p.userId, { passwordHash: await hashPassword(body.newPassword) }, actorOf(c));
      clearSessionCookie(c, config);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/auth/tokens",
      tags: ["auth"],
      summary: "Your API tokens (never the token values)",
      responses: { 200: jsonResponse(z.array(TokenSchema), "tokens, newest first"), ...problems(401) },
    }),
    async (c) => {
      const tokens = await db.tokens.list(principalOf(c).userId);
      return c.json(
        tokens.map(({ userId: _, ...t }) => t),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/auth/tokens",
      tags: ["auth"],
      summary: "Create an API token for the CLI or automation (`Authorization: Bearer …`); shown once",
      request: { body: jsonBody(TokenBody) },
      responses: {
        201: jsonResponse(TokenSchema.extend({ token: z.string() }), "the token; store it now"),
        ...problems(400, 401, 403),
      },
    }),
    async (c) => {
      const p = principalOf(c);
      const body = c.req.valid("json");
      if (!atLeast(p.role, body.role)) {
        throw requestError("FORBIDDEN", `a token cannot have more than your role "${p.role}"`, {
          errors: [{ path: "json.role", message: `use "${p.role}" or lower` }],
        });
      }
      const token = newSecret("cr_");
      const created = await db.tokens.create(
        {
          userId: p.userId,
          name: body.name,
          role: body.role,
          tokenHash: digest(token),
          expiresAt: new Date(Date.now() + body.expiresInDays * 86_400_000),
        },
        actorOf(c),
      );
      const { userId: _, ...view } = created;
      return c.json({ ...view, token }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/auth/tokens/{id}",
      tags: ["auth"],
      summary: "Revoke one of your tokens (an admin may revoke anyone's)",
      request: { params: IdParam },
      responses: { 200: jsonResponse(TokenSchema, "the revoked token"), ...problems(401, 403, 404) },
    }),
    async (c) => {
      const p = principalOf(c);
      const { id } = c.req.valid("param");
      const revoked = await db.tokens.revoke(id, p.role === "admin" ? undefined : p.userId, actorOf(c));
      const { userId: _, ...view } = revoked;
      return c.json(view, 200);
    },
  );
}
