import { createRoute, z } from "@hono/zod-openapi";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { SecurityConfig } from "../auth/config.ts";
import { OIDC_FLOW_COOKIE, OIDC_FLOW_MS, OidcLoginError, OidcRelyingParty } from "../auth/oidc.ts";
import { hashPassword } from "../auth/password.ts";
import { SlidingWindow } from "../auth/rate-limit.ts";
import { newSecret } from "../auth/secrets.ts";
import { startSession } from "../auth/sign-in.ts";
import type { Api, AppDeps } from "../context.ts";
import { requestError } from "../problem.ts";
import { jsonResponse, problems } from "../schemas.ts";
import { peer } from "./auth.ts";

/**
 * Starts of single sign-on per address and minute: each stores a pending login (the store is bounded,
 * the oldest making room), so one client must not be able to push everyone else's out.
 */
export const OIDC_STARTS_PER_MINUTE = 20;

/** The same rule as POST /api/users: what an auto-created account may be called. */
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

const AuthOptions = z.object({ sso: z.boolean() }).openapi("AuthOptions");

/**
 * OpenID Connect single sign-on (optional): GET /api/auth/oidc/login redirects to the provider, its
 * callback starts a normal chiproad session for the existing, enabled local account the ID token's
 * username claim names. Not configured → both answer 404 and /api/auth/options says sso: false.
 */
export function oidcRoutes(app: Api, { db, logger }: AppDeps, config: SecurityConfig): void {
  const rp = config.oidc ? new OidcRelyingParty(config.oidc, db.oidcLogins) : undefined;
  const starts = new SlidingWindow(db.rateEvents, "oidc.start", OIDC_STARTS_PER_MINUTE, 60_000);
  const secure = (url: string) => config.secureCookies === true || new URL(url).protocol === "https:";
  const notConfigured = () =>
    requestError(
      "NOT_FOUND",
      "single sign-on is not configured on this server (CHIPROAD_OIDC_ISSUER …); sign in with a password",
    );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/auth/options",
      tags: ["auth"],
      summary: "How one may sign in here: password always, single sign-on when configured",
      responses: { 200: jsonResponse(AuthOptions, "sign-in options") },
    }),
    (c) => c.json({ sso: rp !== undefined }, 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/auth/oidc/login",
      tags: ["auth"],
      summary: "Start single sign-on: redirect to the OpenID provider (PKCE S256, state and nonce)",
      responses: {
        302: { description: "to the provider's authorization endpoint" },
        ...problems(404, 429),
      },
    }),
    async (c) => {
      if (!rp) throw notConfigured();
      const address = peer(c.env);
      const wait = await starts.retryAfter(address);
      if (wait > 0)
        throw requestError("RATE_LIMITED", `too many single sign-on starts; try again in ${wait} s`, {
          retryAfter: wait,
        });
      await starts.record(address);
      const { url, flowId } = await rp.start();
      // Lax, not Strict: the provider's redirect back is a cross-site navigation.
      setCookie(c, OIDC_FLOW_COOKIE, flowId, {
        httpOnly: true,
        sameSite: "Lax",
        secure: secure(c.req.url),
        path: "/api/auth/oidc",
        maxAge: OIDC_FLOW_MS / 1000,
      });
      return c.redirect(url.href, 302);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/auth/oidc/callback",
      tags: ["auth"],
      summary:
        "Single sign-on callback: code exchange, ID-token validation, then a session for the local account the username claim names",
      responses: {
        302: { description: "signed in; to the web UI" },
        ...problems(401, 404),
      },
    }),
    async (c) => {
      if (!rp) throw notConfigured();
      const flowId = getCookie(c, OIDC_FLOW_COOKIE);
      deleteCookie(c, OIDC_FLOW_COOKIE, { path: "/api/auth/oidc", secure: secure(c.req.url) });
      let username: string;
      try {
        username = await rp.finish(flowId, new URL(c.req.url));
      } catch (error) {
        // The provider's error code only: no tokens, claims or names in the log.
        const code =
          (error as { code?: unknown; error?: unknown }).error ?? (error as { code?: unknown }).code;
        logger.warn(
          { event: "oidc.failed", reason: typeof code === "string" ? code : (error as Error).name },
          "single sign-on failed",
        );
        throw requestError(
          "UNAUTHENTICATED",
          error instanceof OidcLoginError
            ? `single sign-on failed: ${error.message}`
            : "single sign-on failed: the provider's answer did not validate; start again from the sign-in page",
        );
      }
      let user = await db.users.credentials(username);
      if (!user && rp.config.autoCreateRole === "viewer") {
        if (!USERNAME.test(username))
          throw requestError(
            "UNAUTHENTICATED",
            `single sign-on failed: the username from the provider is not a valid chiproad username (${USERNAME.source}); ask an admin to create the account`,
          );
        // No usable password: the account signs in through the provider only (an admin may set one).
        const created = await db.users.create(
          { username, role: "viewer", passwordHash: await hashPassword(newSecret("x_")) },
          undefined,
        );
        user = { ...created, passwordHash: "" };
      }
      if (!user || user.disabled) {
        logger.warn({ event: "oidc.no-account" }, "single sign-on named no enabled local account");
        throw requestError(
          "UNAUTHENTICATED",
          "single sign-on succeeded at the provider, but no enabled chiproad account has that username; ask an admin",
        );
      }
      await startSession(c, db, config, user, "oidc");
      return c.redirect("/", 302);
    },
  );
}
