import { Writable } from "node:stream";
import type { Database } from "@chiproad/db";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { forEachBackend } from "../../db/test/backends.ts";
import { createApp } from "../src/app.ts";
import { securityConfigFromEnv } from "../src/auth/config.ts";
import { referenceProvider } from "../src/reference-data.ts";
import { ensureTestUser, login, ORIGIN } from "./harness.ts";

const SECRET = "proxy-secret-0123456789-abcdefghij-XYZ";

/** The app in trusted-proxy mode (or not), with its log captured. */
function proxied(db: Database, secret: string | undefined) {
  const log: Record<string, unknown>[] = [];
  let raw = "";
  const sink = new Writable({
    write(chunk, _enc, done) {
      raw += chunk.toString();
      for (const line of chunk.toString().split("\n").filter(Boolean)) log.push(JSON.parse(line));
      done();
    },
  });
  const app = createApp({
    db,
    logger: pino({ level: "debug" }, sink),
    reference: referenceProvider(db),
    security: secret ? { trustedProxySecret: secret } : {},
  });
  const request = (path: string, headers: Record<string, string>, method = "GET") =>
    app.request(path, { method, headers });
  return { app, request, log, raw: () => raw };
}

forEachBackend("trusted-proxy mode", (db: () => Database) => {
  it("ignores X-Chiproad-User by default, even with a secret header", async () => {
    await ensureTestUser(db(), "admin");
    const { request } = proxied(db(), undefined);
    const res = await request("/api/auth/me", {
      "X-Chiproad-User": "test-admin",
      "X-Chiproad-Proxy-Secret": SECRET,
      "X-Chiproad-Role": "admin",
    });
    expect(res.status).toBe(401);
  });

  it("signs in the named, enabled account with the right secret; the role is the account's, never a header's", async () => {
    await ensureTestUser(db(), "viewer");
    const { request } = proxied(db(), SECRET);
    const res = await request("/api/auth/me", {
      "X-Chiproad-User": "Test-Viewer",
      "X-Chiproad-Proxy-Secret": SECRET,
      "X-Chiproad-Role": "admin",
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ username: "test-viewer", role: "viewer", via: "proxy" });
    const write = await request(
      "/api/users",
      { "X-Chiproad-User": "test-viewer", "X-Chiproad-Proxy-Secret": SECRET, "X-Chiproad-Role": "admin" },
      "GET",
    );
    expect(write.status).toBe(403);
  });

  it("answers 401 for a wrong or missing secret and logs the failure without the secret or the name", async () => {
    await ensureTestUser(db(), "admin");
    const { request, log, raw } = proxied(db(), SECRET);
    const wrong = `${SECRET.slice(0, -1)}Q`;
    for (const headers of [
      { "X-Chiproad-User": "test-admin", "X-Chiproad-Proxy-Secret": wrong },
      { "X-Chiproad-User": "test-admin", "X-Chiproad-Proxy-Secret": "" },
      { "X-Chiproad-User": "test-admin" },
    ]) {
      const res = await request("/api/auth/me", headers);
      expect(res.status).toBe(401);
      expect((await res.json()) as { code: string }).toMatchObject({ code: "UNAUTHENTICATED" });
    }
    const mismatches = log.filter((l) => l.event === "proxy.secret-mismatch");
    expect(mismatches.map((l) => l.secretSent)).toEqual([true, true, false]);
    expect(raw()).not.toContain(wrong);
    expect(raw()).not.toContain(SECRET);
    expect(raw()).not.toContain("test-admin");
  });

  it("refuses unknown and disabled accounts with the right secret", async () => {
    const database = db();
    const id = await ensureTestUser(database, "manager");
    const { request, log } = proxied(database, SECRET);
    const unknown = await request("/api/auth/me", {
      "X-Chiproad-User": "nobody-here",
      "X-Chiproad-Proxy-Secret": SECRET,
    });
    expect(unknown.status).toBe(401);
    const admin = { user: id, role: "admin" };
    await database.users.update(id, { disabled: true }, admin);
    try {
      const disabled = await request("/api/auth/me", {
        "X-Chiproad-User": "test-manager",
        "X-Chiproad-Proxy-Secret": SECRET,
      });
      expect(disabled.status).toBe(401);
    } finally {
      await database.users.update(id, { disabled: false }, admin);
    }
    expect(log.filter((l) => l.event === "proxy.unknown-user")).toHaveLength(2);
  });

  it("keeps a session cookie's identity when the proxy headers are wrong", async () => {
    await ensureTestUser(db(), "analyst");
    await ensureTestUser(db(), "admin");
    const { app, request } = proxied(db(), SECRET);
    const cookie = await login(app, "test-analyst");
    const res = await request("/api/auth/me", {
      cookie,
      "X-Chiproad-User": "test-admin",
      "X-Chiproad-Proxy-Secret": "not the secret at all, but long enough",
    });
    expect(await res.json()).toMatchObject({ username: "test-analyst", via: "session" });
  });

  it("applies the same-origin check to proxy-authenticated writes (the browser's proxy sign-in is ambient)", async () => {
    await ensureTestUser(db(), "analyst");
    const { app } = proxied(db(), SECRET);
    const headers = {
      "X-Chiproad-User": "test-analyst",
      "X-Chiproad-Proxy-Secret": SECRET,
      "content-type": "application/json",
    };
    const body = JSON.stringify({ content: "x" });
    const cross = await app.request("/api/validate", {
      method: "POST",
      headers: { ...headers, origin: "https://evil.example" },
      body,
    });
    expect(cross.status).toBe(403);
    const same = await app.request("/api/validate", {
      method: "POST",
      headers: { ...headers, origin: ORIGIN },
      body,
    });
    expect(same.status).toBe(200);
  });
});

describe("CHIPROAD_TRUSTED_PROXY_SECRET", () => {
  it("is off when unset or empty, and refused when shorter than 32 characters", () => {
    expect(securityConfigFromEnv({}).trustedProxySecret).toBeUndefined();
    expect(securityConfigFromEnv({ CHIPROAD_TRUSTED_PROXY_SECRET: "" }).trustedProxySecret).toBeUndefined();
    expect(() => securityConfigFromEnv({ CHIPROAD_TRUSTED_PROXY_SECRET: "short-secret" })).toThrow(
      /at least 32/,
    );
    expect(securityConfigFromEnv({ CHIPROAD_TRUSTED_PROXY_SECRET: SECRET }).trustedProxySecret).toBe(SECRET);
  });
});
