import type { Database } from "@chiproad/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forEachBackend } from "../../db/test/backends.ts";
import { sql } from "drizzle-orm";
import { oidcConfigFromEnv, type OidcConfig } from "../src/auth/oidc.ts";
import { digest } from "../src/auth/secrets.ts";
import { ensureTestUser, forgetRateLimits, harness, json, login, ORIGIN } from "./harness.ts";
import { startProvider, TEST_CLIENT as CLIENT } from "./oidc-provider.ts";
import { OIDC_STARTS_PER_MINUTE } from "../src/routes/oidc.ts";

const REDIRECT = `${ORIGIN}/api/auth/oidc/callback`;

/** A browser's cookie jar for the provider's pages. */
class Jar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/** Follows the provider's redirects and dev forms as a browser would, signing in as `accountId`; returns the callback URL. */
async function signInAtProvider(authorizationUrl: string, accountId: string): Promise<URL> {
  const jar = new Jar();
  let url = authorizationUrl;
  for (let step = 0; step < 12; step++) {
    const res = await fetch(url, { redirect: "manual", headers: { cookie: jar.header() } });
    jar.take(res);
    const location = res.headers.get("location");
    if (location) {
      const next = new URL(location, url);
      if (next.href.startsWith(REDIRECT)) return next;
      url = next.href;
      continue;
    }
    const page = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(page)?.[1];
    if (!action || !prompt)
      throw new Error(`unexpected provider page (${res.status}): ${page.slice(0, 300)}`);
    const form = new URLSearchParams({
      prompt,
      ...(prompt === "login" ? { login: accountId, password: "x" } : {}),
    });
    const posted = await fetch(new URL(action, url), {
      method: "POST",
      redirect: "manual",
      headers: { cookie: jar.header(), "content-type": "application/x-www-form-urlencoded" },
      body: form,
    });
    jar.take(posted);
    url = new URL(posted.headers.get("location")!, url).href;
  }
  throw new Error("the provider did not redirect back");
}

describe("OIDC configuration", () => {
  const full = {
    CHIPROAD_OIDC_ISSUER: "https://idp.example.org/realms/gov",
    CHIPROAD_OIDC_CLIENT_ID: "chiproad",
    CHIPROAD_OIDC_CLIENT_SECRET: "secret",
    CHIPROAD_OIDC_REDIRECT_URL: "https://chiproad.example.org/api/auth/oidc/callback",
  };

  it("is off without variables and reads a full set with the default username claim", () => {
    expect(oidcConfigFromEnv({})).toBeUndefined();
    const config = oidcConfigFromEnv(full);
    expect(config).toMatchObject({ clientId: "chiproad", usernameClaim: "preferred_username" });
    expect(config?.issuer.href).toBe(full.CHIPROAD_OIDC_ISSUER);
    expect(config?.autoCreateRole).toBeUndefined();
    expect(
      oidcConfigFromEnv({
        ...full,
        CHIPROAD_OIDC_USERNAME_CLAIM: "email",
        CHIPROAD_OIDC_AUTO_CREATE_ROLE: "viewer",
      }),
    ).toMatchObject({ usernameClaim: "email", autoCreateRole: "viewer" });
  });

  it("refuses a partial set, a role other than viewer to auto-create, and plain http off localhost", () => {
    expect(() => oidcConfigFromEnv({ CHIPROAD_OIDC_ISSUER: full.CHIPROAD_OIDC_ISSUER })).toThrow(
      /CHIPROAD_OIDC_CLIENT_ID, CHIPROAD_OIDC_CLIENT_SECRET, CHIPROAD_OIDC_REDIRECT_URL/,
    );
    expect(() => oidcConfigFromEnv({ ...full, CHIPROAD_OIDC_AUTO_CREATE_ROLE: "admin" })).toThrow(
      /only "viewer"/,
    );
    expect(() => oidcConfigFromEnv({ ...full, CHIPROAD_OIDC_ISSUER: "http://idp.example.org" })).toThrow(
      /https/,
    );
    expect(() => oidcConfigFromEnv({ CHIPROAD_OIDC_AUTO_CREATE_ROLE: "viewer" })).toThrow(/are not/);
  });
});

forEachBackend("OpenID Connect single sign-on", (db: () => Database) => {
  let provider: Awaited<ReturnType<typeof startProvider>>;
  beforeAll(async () => {
    provider = await startProvider([REDIRECT]);
  });
  afterAll(async () => {
    await provider.close();
  });
  const config = (extra: Partial<OidcConfig> = {}): OidcConfig => ({
    issuer: new URL(provider.issuer),
    clientId: CLIENT.id,
    clientSecret: CLIENT.secret,
    redirectUrl: new URL(REDIRECT),
    usernameClaim: "preferred_username",
    ...extra,
  });
  const sso = (extra: Partial<OidcConfig> = {}) =>
    harness(db(), undefined, { as: "anonymous", security: { oidc: config(extra) } });

  /** /api/auth/oidc/login → the provider (signed in as `accountId`) → the callback; the callback's response. */
  async function flow(h: ReturnType<typeof sso>, accountId: string, headers: Record<string, string> = {}) {
    const start = await h.request("GET", "/api/auth/oidc/login");
    expect(start.status).toBe(302);
    const flowCookie = start.headers.get("set-cookie")!.split(";")[0]!;
    const back = await signInAtProvider(start.headers.get("location")!, accountId);
    const cookie = [flowCookie, headers.cookie].filter(Boolean).join("; ");
    const res = await h.request("GET", `${back.pathname}${back.search}`, undefined, { ...headers, cookie });
    return { res, back, flowCookie };
  }

  it("answers 404 on both routes and says sso: false when not configured", async () => {
    const h = harness(db(), undefined, { as: "anonymous" });
    expect((await h.request("GET", "/api/auth/oidc/login")).status).toBe(404);
    expect((await h.request("GET", "/api/auth/oidc/callback?code=x&state=y")).status).toBe(404);
    expect(await json(h.request("GET", "/api/auth/options"))).toEqual({ sso: false });
    expect(await json(sso().request("GET", "/api/auth/options"))).toEqual({ sso: true });
  });

  it("redirects to the provider with PKCE S256, a fresh state and nonce, and a short-lived HttpOnly flow cookie", async () => {
    const h = sso();
    const [a, b] = [
      await h.request("GET", "/api/auth/oidc/login"),
      await h.request("GET", "/api/auth/oidc/login"),
    ];
    const url = new URL(a.headers.get("location")!);
    expect(`${url.origin}${url.pathname}`).toBe(`${provider.issuer}/auth`);
    const q = Object.fromEntries(url.searchParams);
    expect(q).toMatchObject({
      response_type: "code",
      client_id: CLIENT.id,
      redirect_uri: REDIRECT,
      code_challenge_method: "S256",
    });
    expect(q.scope?.split(" ")).toContain("openid");
    expect(q.code_challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(q.state).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(q.nonce).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const other = new URL(b.headers.get("location")!).searchParams;
    expect(other.get("state")).not.toBe(q.state);
    expect(other.get("nonce")).not.toBe(q.nonce);
    expect(other.get("code_challenge")).not.toBe(q.code_challenge);
    const cookie = a.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^chiproad_oidc=o_/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=600/);
  });

  it("signs in the existing enabled account the ID token names, with a new session (rotation) and an audit entry", async () => {
    const database = db();
    const id = await ensureTestUser(database, "analyst");
    const h = sso();
    const previous = await login(h.app, "test-analyst");
    const { res } = await flow(h, "test-analyst", { cookie: previous });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/");
    const session = res.headers
      .getSetCookie()
      .find((c) => c.startsWith("chiproad_session="))!
      .split(";")[0]!;
    expect(session).not.toBe(previous);
    const me = await h.request("GET", "/api/auth/me", undefined, { cookie: session });
    expect(await json(me)).toMatchObject({ id, username: "test-analyst", role: "analyst", via: "session" });
    expect((await h.request("GET", "/api/auth/me", undefined, { cookie: previous })).status).toBe(401);
    const [entry] = await database.audit.list({ limit: 1 });
    expect(entry).toMatchObject({ action: "auth.login", actor: id, detail: { method: "oidc" } });
  });

  it("refuses an unknown or disabled account without auto-creation, and creates a viewer with CHIPROAD_OIDC_AUTO_CREATE_ROLE=viewer", async () => {
    const database = db();
    const before = await database.users.count();
    const unknown = await flow(sso(), "sso-newcomer");
    expect(unknown.res.status).toBe(401);
    expect(unknown.res.headers.get("set-cookie") ?? "").not.toMatch(/chiproad_session=s_/);
    expect(await database.users.count()).toBe(before);

    const id = await ensureTestUser(database, "manager");
    await database.users.update(id, { disabled: true }, { user: id, role: "admin" });
    try {
      expect((await flow(sso(), "test-manager")).res.status).toBe(401);
    } finally {
      await database.users.update(id, { disabled: false }, { user: id, role: "admin" });
    }

    const created = await flow(sso({ autoCreateRole: "viewer" }), "sso-newcomer");
    expect(created.res.status).toBe(302);
    expect(await database.users.credentials("sso-newcomer")).toMatchObject({
      role: "viewer",
      disabled: false,
    });
  });

  it("finishes on another server process a login that one process started (logins in progress are in the database)", async () => {
    const database = db();
    const id = await ensureTestUser(database, "analyst");
    const [first, second] = [sso(), sso()];
    const start = await first.request("GET", "/api/auth/oidc/login");
    const flowCookie = start.headers.get("set-cookie")!.split(";")[0]!;
    const back = await signInAtProvider(start.headers.get("location")!, "test-analyst");
    const res = await second.request("GET", `${back.pathname}${back.search}`, undefined, {
      cookie: flowCookie,
    });
    expect(res.status).toBe(302);
    const session = res.headers
      .getSetCookie()
      .find((c) => c.startsWith("chiproad_session="))!
      .split(";")[0]!;
    expect(await json(first.request("GET", "/api/auth/me", undefined, { cookie: session }))).toMatchObject({
      id,
    });
    // Taken once: the first process cannot finish it again.
    const replay = await first.request("GET", `${back.pathname}${back.search}`, undefined, {
      cookie: flowCookie,
    });
    expect(replay.status).toBe(401);
  });

  it("keeps logins in progress bounded, expired ones never taken, and stores only the cookie's digest", async () => {
    const logins = db().oidcLogins;
    // A day ahead: the logins the other tests left have expired by then and are deleted on put.
    const now = new Date(Date.now() + 86_400_000);
    const login = (minutes: number) => ({
      state: `s${minutes}`,
      nonce: `n${minutes}`,
      codeVerifier: `v${minutes}`,
      expiresAt: new Date(now.getTime() + minutes * 60_000),
    });
    await logins.put("bound-a", login(1), { now, max: 2 });
    await logins.put("bound-b", login(2), { now, max: 2 });
    await logins.put("bound-c", login(3), { now, max: 2 });
    // The oldest made room for the third; the others are taken once each.
    expect(await logins.take("bound-a", now)).toBeUndefined();
    expect(await logins.take("bound-b", now)).toMatchObject({ state: "s2", codeVerifier: "v2" });
    expect(await logins.take("bound-b", now)).toBeUndefined();
    expect(await logins.take("bound-c", new Date(now.getTime() + 3 * 60_000))).toBeUndefined();

    const h = sso();
    const start = await h.request("GET", "/api/auth/oidc/login");
    const cookieValue = start.headers.get("set-cookie")!.split(";")[0]!.split("=")[1]!;
    const stored = (await db().drizzle.execute(sql`SELECT flow_key FROM oidc_logins`)) as unknown as {
      rows: { flow_key: string }[];
    };
    const keys = stored.rows.map((r) => r.flow_key);
    expect(keys).toContain(digest(cookieValue));
    expect(keys).not.toContain(cookieValue);
  });

  it("throttles single sign-on starts per address (each stores a pending login), on every process together", async () => {
    await forgetRateLimits(db());
    try {
      const [h, other] = [sso(), sso()];
      const statuses: number[] = [];
      for (let i = 0; i <= OIDC_STARTS_PER_MINUTE; i++)
        statuses.push((await (i % 2 === 0 ? h : other).request("GET", "/api/auth/oidc/login")).status);
      expect(statuses.slice(0, -1).every((s) => s === 302)).toBe(true);
      const last = await h.request("GET", "/api/auth/oidc/login");
      expect(last.status).toBe(429);
      expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await forgetRateLimits(db());
    }
  });

  it("refuses a replayed callback, one without the flow cookie, and a tampered state", async () => {
    await ensureTestUser(db(), "viewer");
    const h = sso();
    const first = await flow(h, "test-viewer");
    expect(first.res.status).toBe(302);
    const replay = await h.request("GET", `${first.back.pathname}${first.back.search}`, undefined, {
      cookie: first.flowCookie,
    });
    expect(replay.status).toBe(401);

    const start = await h.request("GET", "/api/auth/oidc/login");
    const back = await signInAtProvider(start.headers.get("location")!, "test-viewer");
    expect((await h.request("GET", `${back.pathname}${back.search}`)).status).toBe(401);

    const again = await h.request("GET", "/api/auth/oidc/login");
    const flowCookie = again.headers.get("set-cookie")!.split(";")[0]!;
    const returned = await signInAtProvider(again.headers.get("location")!, "test-viewer");
    returned.searchParams.set("state", "tampered-state-value");
    const tampered = await h.request("GET", `${returned.pathname}${returned.search}`, undefined, {
      cookie: flowCookie,
    });
    expect(tampered.status).toBe(401);
    expect(((await tampered.json()) as { code: string }).code).toBe("UNAUTHENTICATED");
  });
});
