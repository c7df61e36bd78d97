import { tmpdir } from "node:os";
import { Writable } from "node:stream";
import type { Database } from "@chiproad/db";
import { openDatabase } from "@chiproad/db";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forEachBackend } from "../../db/test/backends.ts";
import { createApp } from "../src/app.ts";
import { referenceProvider } from "../src/reference-data.ts";
import {
  ensureTestUser,
  forgetRateLimits,
  harness,
  json,
  login,
  MINIMAL_SCENARIO,
  ORIGIN,
} from "./harness.ts";

type Json = Record<string, unknown>;

forEachBackend("hardening", (db: () => Database) => {
  describe("CSRF: cookie-authenticated changes must be same-origin", () => {
    it("refuses a cross-origin body-less POST (job cancel, logout) with 403 and changes nothing", async () => {
      const h = harness(db(), undefined, { as: "analyst" });
      const s = await json(h.request("POST", "/api/scenarios", { content: MINIMAL_SCENARIO }));
      const { jobId } = await json<{ jobId: string }>(
        h.request("POST", `/api/scenarios/${s.id}/plans`, { timeLimitMs: 200 }),
      );
      for (const headers of [
        { origin: "https://evil.example" },
        { origin: "null" },
        { "sec-fetch-site": "cross-site" },
        {}, // neither Origin nor Sec-Fetch-Site nor Referer: refused too
      ]) {
        const res = await h.request("POST", `/api/jobs/${jobId}/cancel`, undefined, {
          origin: "",
          ...headers,
        });
        expect(res.status, JSON.stringify(headers)).toBe(403);
        expect(await json(res)).toMatchObject({ code: "FORBIDDEN" });
      }
      expect((await db().jobs.get(jobId))?.status).toBe("queued");
      const sameSite = await h.request("POST", `/api/jobs/${jobId}/cancel`, undefined, {
        origin: "",
        "sec-fetch-site": "same-origin",
      });
      expect(sameSite.status).toBe(200);
    });

    it("refuses a cross-origin text/plain POST that a form could send", async () => {
      const h = harness(db(), undefined, { as: "analyst" });
      const before = await db().scenarios.count();
      const res = await h.request("POST", "/api/scenarios", JSON.stringify({ content: MINIMAL_SCENARIO }), {
        origin: "https://evil.example",
        "content-type": "text/plain",
      });
      expect(res.status).toBe(403);
      expect(await db().scenarios.count()).toEqual(before);
    });

    it("accepts the public origin a TLS proxy serves the pages from (CHIPROAD_PUBLIC_ORIGIN)", async () => {
      const h = harness(db(), undefined, {
        as: "analyst",
        security: { publicOrigins: ["https://chiproad.example.org"] },
      });
      const ok = await h.request(
        "POST",
        "/api/validate",
        { content: MINIMAL_SCENARIO },
        { origin: "https://chiproad.example.org" },
      );
      expect(ok.status).toBe(200);
      const other = await h.request(
        "POST",
        "/api/validate",
        { content: MINIMAL_SCENARIO },
        { origin: "https://evil.example" },
      );
      expect(other.status).toBe(403);
    });

    it("does not apply to bearer tokens (no ambient credential to abuse)", async () => {
      const h = harness(db(), undefined, { as: "analyst" });
      const { token } = await json<{ token: string }>(
        h.request("POST", "/api/auth/tokens", { name: "cli", role: "analyst" }),
      );
      const res = await h.app.request("/api/validate", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ content: MINIMAL_SCENARIO }),
      });
      expect(res.status).toBe(200);
    });
  });

  describe("text and shapes refused at the edge", () => {
    it("refuses NUL and lone surrogates anywhere in a JSON body as BAD_INPUT naming the path, storing nothing", async () => {
      const h = harness(db(), undefined, { as: "analyst" });
      const before = await db().scenarios.count();
      for (const body of [
        `{"name":"a\\u0000b","content":${JSON.stringify(MINIMAL_SCENARIO)}}`,
        `{"name":"a\\ud800b","content":${JSON.stringify(MINIMAL_SCENARIO)}}`,
        `{"name":"ok","content":${JSON.stringify(MINIMAL_SCENARIO)},"x\\udc00":1}`,
      ]) {
        const res = await h.request("POST", "/api/scenarios", body);
        expect(res.status).toBe(400);
        const p = await json<{ code: string; errors: { path: string }[] }>(res);
        expect(p.code).toBe("BAD_INPUT");
        expect(p.errors[0]?.path).toMatch(/^body/);
      }
      expect(await db().scenarios.count()).toEqual(before);
    });

    it("refuses a screening batch with a NUL in its third query and keeps none of it", async () => {
      const h = harness(db(), undefined, { as: "analyst" });
      const before = await db().screenings.count();
      const res = await h.request(
        "POST",
        "/api/screen",
        `{"queries":[{"name":"Alpha Trading"},{"name":"Beta Fabs"},{"name":"Gamma\\u0000"}]}`,
      );
      expect(res.status).toBe(400);
      expect(await json(res)).toMatchObject({
        code: "BAD_INPUT",
        errors: [{ path: "body.queries[2].name" }],
      });
      expect(await db().screenings.count()).toBe(before);
    });

    it("answers undecodable or NUL paths and queries with 400, not 500", async () => {
      const h = harness(db(), undefined, { as: "viewer" });
      for (const path of [
        "/api/scenarios/%00",
        "/%ff",
        "/api/scenarios/%ed%a0%80",
        "/api/market?importer=%00RUS",
        "/x%00y",
      ]) {
        const res = await h.request("GET", path);
        expect(res.status, path).toBe(400);
        expect(await json(res)).toMatchObject({ code: "BAD_INPUT" });
      }
    });

    it("refuses a 200 KB deeply nested body before parsing it", async () => {
      const h = harness(db(), undefined, { as: "analyst" });
      const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
      const started = performance.now();
      const res = await h.request("POST", "/api/validate", `{"content":"x","file":${deep}}`);
      expect(res.status).toBe(400);
      expect(await json(res)).toMatchObject({ code: "BAD_INPUT", errors: [{ path: "body" }] });
      expect(performance.now() - started).toBeLessThan(2000);
    });

    it("never shows a server path in an import error", async () => {
      const h = harness(db(), undefined, { as: "compliance" });
      const res = await h.request(
        "POST",
        "/api/datasets/trade?format=baci",
        "t,i,j,k,v,q\n2020,643,156,854231,abc,1\n",
        {
          "content-type": "text/csv",
        },
      );
      expect(res.status).toBe(422);
      const text = await res.text();
      expect(text).not.toContain(tmpdir());
      expect(text).not.toContain("chiproad-upload-");
    });
  });

  describe("Idempotency-Key", () => {
    it("creates one scenario for two identical requests and refuses the key with another body", async () => {
      const h = harness(db(), undefined, { as: "analyst" });
      const key = { "Idempotency-Key": `k-${Math.random()}` };
      const before = await db().scenarios.count();
      const first = await h.request(
        "POST",
        "/api/scenarios",
        { name: "Once", content: MINIMAL_SCENARIO },
        key,
      );
      const second = await h.request(
        "POST",
        "/api/scenarios",
        { name: "Once", content: MINIMAL_SCENARIO },
        key,
      );
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(second.headers.get("idempotent-replayed")).toBe("true");
      expect((await json(second)).id).toBe((await json(first)).id);
      expect((await db().scenarios.count()).scenarios).toBe(before.scenarios + 1);
      const other = await h.request(
        "POST",
        "/api/scenarios",
        { name: "Other", content: MINIMAL_SCENARIO },
        key,
      );
      expect(other.status).toBe(422);
    });

    it("queues one job for a retried submission", async () => {
      const h = harness(db(), undefined, { as: "analyst" });
      const s = await json(h.request("POST", "/api/scenarios", { content: MINIMAL_SCENARIO }));
      const key = { "Idempotency-Key": `job-${Math.random()}` };
      const a = await json(h.request("POST", `/api/scenarios/${s.id}/risk`, { samples: 5 }, key));
      const b = await json(h.request("POST", `/api/scenarios/${s.id}/risk`, { samples: 5 }, key));
      expect(b.jobId).toBe(a.jobId);
      expect((await db().jobs.list({ scenarioId: String(s.id) })).length).toBe(1);
    });
  });

  describe("job limits per user", () => {
    it("caps the time limit, the queued jobs and the submission rate", async () => {
      await forgetRateLimits(db());
      const h = harness(db(), undefined, {
        as: "analyst",
        security: { maxActiveJobs: 2, jobsPerMinute: 3, maxJobTimeMs: 1000 },
      });
      const s = await json(h.request("POST", "/api/scenarios", { content: MINIMAL_SCENARIO }));
      const long = await h.request("POST", `/api/scenarios/${s.id}/plans`, { timeLimitMs: 600_000 });
      expect(long.status).toBe(400);
      expect(await json(long)).toMatchObject({ errors: [{ path: "json.timeLimitMs" }] });
      // Other jobs of this user (from earlier tests, never run: no runner) count too.
      const active = await db().jobs.activeCount((await h.userId()) ?? "");
      for (let i = active; i < 2; i++) {
        expect((await h.request("POST", `/api/scenarios/${s.id}/plans`, { timeLimitMs: 500 })).status).toBe(
          202,
        );
      }
      const third = await h.request("POST", `/api/scenarios/${s.id}/plans`, { timeLimitMs: 500 });
      expect(third.status).toBe(429);
      expect(await json(third)).toMatchObject({ code: "RATE_LIMITED" });
      expect(third.headers.get("retry-after")).not.toBeNull();
    });
  });

  describe("dataset versions", () => {
    it("keeps every import as a version; a compliance officer rolls back with one call", async () => {
      const officer = harness(db(), undefined, { as: "compliance" });
      const list = (name: string) =>
        JSON.stringify([
          { id: `e-${name}`, schema: "Person", properties: { name: [name] }, datasets: ["test"] },
        ]);
      const one = await json(
        officer.request("POST", "/api/datasets/entities?format=ftm", list("Ivan Firstlist"), {
          "content-type": "application/json",
        }),
      );
      const two = await json(
        officer.request("POST", "/api/datasets/entities?format=ftm", list("Oleg Secondlist"), {
          "content-type": "application/json",
        }),
      );
      expect(Number(two.version)).toBe(Number(one.version) + 1);
      const analyst = harness(db(), undefined, { as: "analyst" });
      expect((await analyst.request("POST", "/api/datasets/entities/rollback")).status).toBe(403);
      const back = await officer.request("POST", "/api/datasets/entities/rollback");
      expect(back.status).toBe(200);
      expect(await json(back)).toMatchObject({ version: one.version, current: true });
      const versions = await json<Json[]>(officer.request("GET", "/api/datasets"));
      expect(versions.filter((v) => v.kind === "entities").map((v) => v.version)).toContain(two.version);
      const forward = await json(
        officer.request("POST", "/api/datasets/entities/rollback", { version: two.version }),
      );
      expect(forward).toMatchObject({ version: two.version, current: true });
    });
  });
});

describe("on every response", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({});
  });
  afterAll(() => db.close());

  it("sends security headers: CSP, nosniff, frame-ancestors 'none', Referrer-Policy", async () => {
    const h = harness(db, undefined, { as: "anonymous" });
    for (const path of ["/", "/api/health", "/api/scenarios", "/docs", "/openapi.json", "/%ff"]) {
      const res = await h.request("GET", path);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("'unsafe-eval'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
      expect(res.headers.get("x-powered-by")).toBeNull();
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
    }
  });

  it("loads /docs without inline script", async () => {
    const page = await (await harness(db, undefined, { as: "anonymous" }).request("GET", "/docs")).text();
    expect(page).not.toMatch(/<script>(?!<\/script>)/);
  });
});

describe("logs", () => {
  it("hold no screened names, scenario bodies, passwords or tokens", async () => {
    const db = await openDatabase({});
    let log = "";
    const sink = new Writable({
      write(chunk, _enc, done) {
        log += chunk.toString();
        done();
      },
    });
    const logger = pino({ level: "debug" }, sink);
    try {
      const app = createApp({ db, logger, reference: referenceProvider(db) });
      await ensureTestUser(db, "analyst");
      const cookie = await login(app, "test-analyst");
      const headers = { cookie, origin: ORIGIN, "content-type": "application/json" };
      await app.request("/api/screen", {
        method: "POST",
        headers,
        body: JSON.stringify({
          queries: [{ name: "Vladimir Screenedperson" }, { name: "Zhang Loggedname" }],
        }),
      });
      await app.request("/api/scenarios", {
        method: "POST",
        headers,
        body: JSON.stringify({
          content: MINIMAL_SCENARIO.replace("Co-processor", "Secret Programme Kestrel"),
        }),
      });
      await app.request("/api/auth/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "test-analyst", password: "a wrong secret guess" }),
      });
      expect(log).toContain('"route"');
      for (const secret of [
        "Screenedperson",
        "Loggedname",
        "Kestrel",
        "a wrong secret guess",
        cookie.split("=")[1]!,
        "test-analyst",
      ]) {
        expect(log).not.toContain(secret);
      }
    } finally {
      await db.close();
    }
  });
});
