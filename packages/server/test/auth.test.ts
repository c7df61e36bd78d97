import type { Database } from "@chiproad/db";
import { openDatabase } from "@chiproad/db";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { forEachBackend } from "../../db/test/backends.ts";
import { ensureFirstAdmin } from "../src/auth/first-admin.ts";
import {
  ensureTestUser,
  forgetRateLimits,
  harness,
  json,
  login,
  MINIMAL_SCENARIO,
  ORIGIN,
  TEST_PASSWORD,
} from "./harness.ts";

type Json = Record<string, unknown>;

/** A request with exactly these headers (no harness session). */
function raw(
  h: ReturnType<typeof harness>,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
) {
  return h.app.request(path, {
    method,
    headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

forEachBackend("authentication", (db: () => Database) => {
  describe("sessions", () => {
    it("sets an HttpOnly, SameSite=Strict session cookie that /api/auth/me accepts", async () => {
      const h = harness(db(), undefined, { as: "anonymous" });
      await ensureTestUser(db(), "viewer");
      const res = await raw(
        h,
        "POST",
        "/api/auth/login",
        { origin: ORIGIN },
        { username: "test-viewer", password: TEST_PASSWORD },
      );
      expect(res.status).toBe(200);
      const cookie = res.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/^chiproad_session=s_[\w-]{43};/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).not.toMatch(/Max-Age|Expires/);
      const me = await json(raw(h, "GET", "/api/auth/me", { cookie: cookie.split(";")[0]! }));
      expect(me).toMatchObject({ username: "test-viewer", role: "viewer", via: "session" });
    });

    it("marks the cookie Secure behind TLS", async () => {
      const h = harness(db(), undefined, { as: "anonymous" });
      await ensureTestUser(db(), "viewer");
      const res = await h.app.request("https://chiproad.example/api/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "https://chiproad.example" },
        body: JSON.stringify({ username: "test-viewer", password: TEST_PASSWORD }),
      });
      expect(res.headers.get("set-cookie")).toMatch(/; Secure/);
    });

    it("rotates the session on login: the previous cookie no longer works", async () => {
      const h = harness(db(), undefined, { as: "anonymous" });
      await ensureTestUser(db(), "analyst");
      const first = await login(h.app, "test-analyst");
      const res = await raw(
        h,
        "POST",
        "/api/auth/login",
        { origin: ORIGIN, cookie: first },
        { username: "test-analyst", password: TEST_PASSWORD },
      );
      const second = res.headers.get("set-cookie")?.split(";")[0] ?? "";
      expect(second).not.toBe(first);
      expect((await raw(h, "GET", "/api/auth/me", { cookie: first })).status).toBe(401);
      expect((await raw(h, "GET", "/api/auth/me", { cookie: second })).status).toBe(200);
    });

    it("ends the session on logout (a body-less POST) on the server, not just in the browser", async () => {
      const h = harness(db(), undefined, { as: "anonymous" });
      await ensureTestUser(db(), "viewer");
      const cookie = await login(h.app, "test-viewer");
      const out = await raw(h, "POST", "/api/auth/logout", { cookie, origin: ORIGIN });
      expect(out.status).toBe(204);
      expect(out.headers.get("set-cookie")).toMatch(/chiproad_session=;.*Max-Age=0/);
      expect((await raw(h, "GET", "/api/scenarios", { cookie })).status).toBe(401);
    });

    it("expires a session after the idle time", async () => {
      const h = harness(db(), undefined, { as: "anonymous", security: { sessionIdleMs: 300 } });
      await ensureTestUser(db(), "viewer");
      const cookie = await login(h.app, "test-viewer");
      expect((await raw(h, "GET", "/api/auth/me", { cookie })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 450));
      expect((await raw(h, "GET", "/api/auth/me", { cookie })).status).toBe(401);
    });

    it("expires a session at its absolute lifetime even while in use", async () => {
      const h = harness(db(), undefined, { as: "anonymous", security: { sessionAbsoluteMs: 400 } });
      await ensureTestUser(db(), "viewer");
      const cookie = await login(h.app, "test-viewer");
      for (let i = 0; i < 3; i++) {
        expect((await raw(h, "GET", "/api/auth/me", { cookie })).status).toBe(200);
        await new Promise((r) => setTimeout(r, 100));
      }
      await new Promise((r) => setTimeout(r, 250));
      expect((await raw(h, "GET", "/api/auth/me", { cookie })).status).toBe(401);
    });
  });

  describe("login throttling", () => {
    // The failures are counted in the database: these tests start and end with none.
    beforeEach(() => forgetRateLimits(db()));
    afterEach(() => forgetRateLimits(db()));

    it("answers 429 with Retry-After after 5 failures for an account, even for the right password, on every process", async () => {
      const h = harness(db(), undefined, { as: "anonymous" });
      // Another server process on the same database: its failures count against the same limit.
      const other = harness(db(), undefined, { as: "anonymous" });
      await ensureTestUser(db(), "manager");
      for (let i = 0; i < 5; i++) {
        const res = await raw(
          i % 2 === 0 ? h : other,
          "POST",
          "/api/auth/login",
          {},
          { username: "test-manager", password: `wrong guess ${i}` },
        );
        expect(res.status).toBe(401);
        expect(await json(res)).toMatchObject({ code: "UNAUTHENTICATED" });
      }
      const locked = await raw(
        h,
        "POST",
        "/api/auth/login",
        {},
        { username: "test-manager", password: TEST_PASSWORD },
      );
      expect(locked.status).toBe(429);
      expect(await json(locked)).toMatchObject({ code: "RATE_LIMITED" });
      expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    });

    it("throttles one address trying many accounts", async () => {
      const h = harness(db(), undefined, { as: "anonymous", security: { loginFailuresPerAddress: 3 } });
      for (let i = 0; i < 3; i++) {
        await raw(h, "POST", "/api/auth/login", {}, { username: `nobody-${i}`, password: "whatever it is" });
      }
      const res = await raw(
        h,
        "POST",
        "/api/auth/login",
        {},
        { username: "someone-else", password: "whatever it is" },
      );
      expect(res.status).toBe(429);
    });

    it("says the same for an unknown user as for a wrong password", async () => {
      const h = harness(db(), undefined, { as: "anonymous" });
      const unknown = await json(
        raw(h, "POST", "/api/auth/login", {}, { username: "no-such-user", password: "x" }),
      );
      await ensureTestUser(db(), "viewer");
      const wrong = await json(
        raw(h, "POST", "/api/auth/login", {}, { username: "test-viewer", password: "x" }),
      );
      expect(unknown.detail).toBe(wrong.detail);
    });
  });

  describe("API tokens", () => {
    it("authenticates with Authorization: Bearer, within the token's role, until revoked", async () => {
      const analyst = harness(db(), undefined, { as: "analyst" });
      const created = await json(
        analyst.request("POST", "/api/auth/tokens", { name: "ci", role: "viewer", expiresInDays: 7 }),
      );
      const token = String(created.token);
      expect(token).toMatch(/^cr_/);
      const bearer = { authorization: `Bearer ${token}` };
      expect((await raw(analyst, "GET", "/api/scenarios", bearer)).status).toBe(200);
      // A viewer token cannot write, though its owner could.
      const write = await raw(analyst, "POST", "/api/scenarios", bearer, { content: MINIMAL_SCENARIO });
      expect(write.status).toBe(403);
      // The token is stored hashed: its value appears nowhere in the database.
      const dump = JSON.stringify(await db().drizzle.execute("SELECT * FROM api_tokens" as never));
      expect(dump).not.toContain(token);
      const list = await json<Json[]>(analyst.request("GET", "/api/auth/tokens"));
      expect(JSON.stringify(list)).not.toContain(token);
      expect((await analyst.request("DELETE", `/api/auth/tokens/${created.id}`)).status).toBe(200);
      expect((await raw(analyst, "GET", "/api/scenarios", bearer)).status).toBe(401);
    });

    it("refuses a token with more rights than its creator", async () => {
      const res = await harness(db(), undefined, { as: "analyst" }).request("POST", "/api/auth/tokens", {
        name: "escalate",
        role: "admin",
      });
      expect(res.status).toBe(403);
    });

    it("refuses an unknown or malformed bearer token with 401, even on a public route's neighbours", async () => {
      const h = harness(db(), undefined, { as: "anonymous" });
      for (const value of ["Bearer cr_nope", "Basic YWRtaW46YWRtaW4=", `Bearer cr_${"A".repeat(43)}`]) {
        expect((await raw(h, "GET", "/api/scenarios", { authorization: value })).status).toBe(401);
      }
    });
  });

  describe("headers a client sets", () => {
    it("ignores X-Chiproad-Role and X-Chiproad-User: without a credential every route but health is 401", async () => {
      const h = harness(db(), undefined, { as: "anonymous" });
      const forged = { "X-Chiproad-Role": "admin", "X-Chiproad-User": "<script>alert(1)</script>" };
      expect((await raw(h, "GET", "/api/health", forged)).status).toBe(200);
      for (const [method, path] of [
        ["GET", "/api/audit"],
        ["POST", "/api/datasets/entities"],
        ["POST", "/api/jobs/x/cancel"],
        ["GET", "/api/scenarios"],
      ] as const) {
        const res = await raw(h, method, path, { ...forged, origin: ORIGIN });
        expect(res.status, `${method} ${path}`).toBe(401);
        expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      }
    });
  });

  describe("users (admin)", () => {
    it("creates accounts with strong passwords only, refuses duplicates, and ends a disabled user's sessions", async () => {
      const admin = harness(db(), undefined, { as: "admin" });
      const weak = await admin.request("POST", "/api/users", {
        username: "weak",
        password: "short",
        role: "viewer",
      });
      expect(weak.status).toBe(422);
      expect(await json(weak)).toMatchObject({ code: "BAD_INPUT", errors: [{ path: "json.password" }] });
      const common = await admin.request("POST", "/api/users", {
        username: "common",
        password: "passwordpassword",
        role: "viewer",
      });
      expect(common.status).toBe(422);
      const created = await json(
        admin.request("POST", "/api/users", {
          username: "vera",
          password: "a long enough passphrase",
          role: "viewer",
        }),
      );
      expect(created).toMatchObject({ username: "vera", role: "viewer", disabled: false });
      expect(JSON.stringify(created)).not.toMatch(/argon2|password/i);
      const again = await admin.request("POST", "/api/users", {
        username: "vera",
        password: "another passphrase",
        role: "viewer",
      });
      expect(again.status).toBe(409);
      const vera = await login(admin.app, "vera", "a long enough passphrase");
      expect((await raw(admin, "GET", "/api/scenarios", { cookie: vera })).status).toBe(200);
      const disabled = await admin.request("PATCH", `/api/users/${created.id}`, { disabled: true });
      expect(disabled.status).toBe(200);
      expect((await raw(admin, "GET", "/api/scenarios", { cookie: vera })).status).toBe(401);
      const relogin = await raw(
        admin,
        "POST",
        "/api/auth/login",
        {},
        { username: "vera", password: "a long enough passphrase" },
      );
      expect(relogin.status).toBe(401);
      const list = await json<Json[]>(admin.request("GET", "/api/users"));
      expect(list.find((u) => u.username === "vera")).toMatchObject({ disabled: true });
    });

    it("stores argon2id hashes, never the password", async () => {
      const found = await db().users.credentials("test-admin");
      expect(found?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    });

    it("lets a user change their own password with the current one; all their sessions end", async () => {
      const h = harness(db(), undefined, { as: "anonymous" });
      await ensureTestUser(db(), "viewer");
      const cookie = await login(h.app, "test-viewer");
      const wrong = await raw(
        h,
        "POST",
        "/api/auth/password",
        { cookie, origin: ORIGIN },
        { currentPassword: "nope", newPassword: "a brand new passphrase" },
      );
      expect(wrong.status).toBe(403);
      const ok = await raw(
        h,
        "POST",
        "/api/auth/password",
        { cookie, origin: ORIGIN },
        { currentPassword: TEST_PASSWORD, newPassword: "a brand new passphrase" },
      );
      expect(ok.status).toBe(204);
      expect((await raw(h, "GET", "/api/auth/me", { cookie })).status).toBe(401);
      await login(h.app, "test-viewer", "a brand new passphrase");
      // Put the shared test user back as the other tests expect it.
      const again = await login(h.app, "test-viewer", "a brand new passphrase");
      await raw(
        h,
        "POST",
        "/api/auth/password",
        { cookie: again, origin: ORIGIN },
        { currentPassword: "a brand new passphrase", newPassword: TEST_PASSWORD },
      );
    });

    it("keeps at least one enabled admin", async () => {
      const admin = harness(db(), undefined, { as: "admin" });
      const admins = (await db().users.list()).filter((u) => u.role === "admin");
      if (admins.length === 1) {
        const res = await admin.request("PATCH", `/api/users/${admins[0]!.id}`, { role: "viewer" });
        expect(res.status).toBe(409);
      }
    });
  });

  describe("jobs belong to their owner", () => {
    it("lets only the owner or a manager cancel a job", async () => {
      const owner = harness(db(), undefined, { as: "analyst" });
      const s = await json(owner.request("POST", "/api/scenarios", { content: MINIMAL_SCENARIO }));
      const { jobId } = await json<{ jobId: string }>(
        owner.request("POST", `/api/scenarios/${s.id}/plans`, { timeLimitMs: 200 }),
      );
      // Another analyst (an account of its own) may not.
      const admin = harness(db(), undefined, { as: "admin" });
      const other = await json(
        admin.request("POST", "/api/users", {
          username: "other-analyst",
          password: "another analyst phrase",
          role: "analyst",
        }),
      );
      const otherCookie = await login(admin.app, "other-analyst", "another analyst phrase");
      const refused = await raw(admin, "POST", `/api/jobs/${jobId}/cancel`, {
        cookie: otherCookie,
        origin: ORIGIN,
      });
      expect(refused.status).toBe(403);
      expect(other.id).toBeDefined();
      const manager = harness(db(), undefined, { as: "manager" });
      expect(await json(manager.request("POST", `/api/jobs/${jobId}/cancel`))).toMatchObject({
        status: "cancelled",
      });
    });
  });
});

describe("first start", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({});
  });
  afterAll(() => db.close());

  it("creates admin with a generated password on an empty database, once", async () => {
    const first = await ensureFirstAdmin(db, {});
    expect(first?.username).toBe("admin");
    expect(first?.generatedPassword).toMatch(/^[\w-]{24}$/);
    const h = harness(db, undefined, { as: "anonymous" });
    await login(h.app, "admin", first?.generatedPassword);
    expect(await ensureFirstAdmin(db, {})).toBeUndefined();
    expect(await db.users.count()).toBe(1);
  });

  it("takes CHIPROAD_ADMIN_PASSWORD when set, and refuses a weak one", async () => {
    const fresh = await openDatabase({});
    try {
      await expect(ensureFirstAdmin(fresh, { CHIPROAD_ADMIN_PASSWORD: "short" })).rejects.toThrow(
        /CHIPROAD_ADMIN_PASSWORD/,
      );
      const made = await ensureFirstAdmin(fresh, { CHIPROAD_ADMIN_PASSWORD: "a chosen passphrase" });
      expect(made).toEqual({ username: "admin" });
      await login(harness(fresh, undefined, { as: "anonymous" }).app, "admin", "a chosen passphrase");
    } finally {
      await fresh.close();
    }
  });
});
