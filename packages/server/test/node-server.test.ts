import type { AddressInfo } from "node:net";
import { type Database, openDatabase } from "@chiproad/db";
import { serve } from "@hono/node-server";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { createLogger } from "../src/logger.ts";
import { referenceProvider } from "../src/reference-data.ts";
import { ensureTestUser, MINIMAL_SCENARIO, TEST_PASSWORD } from "./harness.ts";

/** The app on a real Node HTTP server over a fresh embedded database, on a free loopback port. */
async function serveOnLoopback() {
  const db = await openDatabase({});
  const app = createApp({ db, logger: createLogger("silent"), reference: referenceProvider(db) });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise((r) => server.once("listening", r));
  const port = (server.address() as AddressInfo).port;
  return {
    db,
    port,
    base: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise((r) => server.close(r));
      await db.close();
    },
  };
}

/** Signs the test analyst in over HTTP; the session cookie (name=value). */
async function signIn(db: Database, base: string): Promise<string> {
  await ensureTestUser(db, "analyst");
  const login = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "test-analyst", password: TEST_PASSWORD }),
  });
  return login.headers.get("set-cookie")?.split(";")[0] ?? "";
}

describe("over a real Node HTTP server", () => {
  // Regression: a headers object shared between cached report responses picked up the first
  // response's Content-Length, so later, shorter reports hung their clients until a timeout.
  it("sends each cached report with its own Content-Length", async () => {
    const { db, base, close } = await serveOnLoopback();
    try {
      const headers = { cookie: await signIn(db, base), origin: base };
      const create = async (content: string) => {
        const res = await fetch(`${base}/api/scenarios`, {
          method: "POST",
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify({ content }),
        });
        return ((await res.json()) as { id: string }).id;
      };
      const big = await create(
        MINIMAL_SCENARIO.replace("name: Co-processor", `name: Co-processor ${"long ".repeat(200)}`),
      );
      const small = await create(MINIMAL_SCENARIO);
      for (const id of [big, small, big, small]) {
        for (const report of ["gaps", "partners"]) {
          const res = await fetch(`${base}/api/scenarios/${id}/${report}`, {
            headers: { ...headers, "accept-encoding": "identity" },
            signal: AbortSignal.timeout(5000),
          });
          const text = await res.text();
          expect(Number(res.headers.get("content-length"))).toBe(Buffer.byteLength(text));
          expect(() => JSON.parse(text)).not.toThrow();
        }
      }
    } finally {
      await close();
    }
  });

  // Reports are sent gzip-compressed to clients that accept it (browsers, fetch), as they are otherwise.
  it("sends cached reports gzip-compressed when the client accepts gzip, the same JSON either way", async () => {
    const { request } = await import("node:http");
    const { gunzipSync } = await import("node:zlib");
    const { db, port, base, close } = await serveOnLoopback();
    const get = (path: string, headers: Record<string, string>) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        request({ host: "127.0.0.1", port, method: "GET", path, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (d: Buffer) => chunks.push(d));
          res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
          .on("error", reject)
          .end();
      });
    try {
      const cookie = await signIn(db, base);
      const path = "/api/chain/chokepoints?top=3&threshold=0.8";
      const plain = await get(path, { cookie });
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.headers.vary).toContain("Accept-Encoding");
      expect(Number(plain.headers["content-length"])).toBe(plain.body.length);
      const rows = JSON.parse(plain.body.toString("utf8")) as unknown[];
      expect(rows.length).toBeGreaterThan(0);
      for (const accept of ["gzip", "gzip, deflate, br, zstd", "identity;q=0.5, gzip"]) {
        const zipped = await get(path, { cookie, "accept-encoding": accept });
        expect(zipped.headers["content-encoding"]).toBe("gzip");
        expect(zipped.headers.vary).toContain("Accept-Encoding");
        expect(Number(zipped.headers["content-length"])).toBe(zipped.body.length);
        expect(zipped.body.length).toBeLessThan(plain.body.length / 4);
        expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
      }
      // Refused or less preferred gzip, and encodings we do not offer, get the plain body.
      for (const accept of ["gzip;q=0", "identity, gzip;q=0.5", "br", ""]) {
        const answer = await get(path, { cookie, "accept-encoding": accept });
        expect(answer.headers["content-encoding"], accept).toBeUndefined();
        expect(answer.body.equals(plain.body), accept).toBe(true);
      }
    } finally {
      await close();
    }
  });

  // A GET's body would be ignored (Node drains it), so one that carries a body is refused.
  it("refuses a GET carrying a body with 400, naming the query string instead", async () => {
    const { request } = await import("node:http");
    const { db, port, base, close } = await serveOnLoopback();
    try {
      const cookie = await signIn(db, base);
      const body = Buffer.from("{}");
      const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
        const req = request(
          {
            host: "127.0.0.1",
            port,
            method: "GET",
            path: "/api/scenarios",
            headers: { cookie, "content-type": "application/json", "content-length": body.length },
          },
          (res) => {
            let text = "";
            res.on("data", (d: Buffer) => {
              text += d.toString();
            });
            res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
          },
        );
        req.on("error", reject);
        req.end(body);
      });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.text)).toMatchObject({ code: "BAD_INPUT" });
      expect(answer.text).toContain("query string");
      const plain = await fetch(`http://127.0.0.1:${port}/api/scenarios`, { headers: { cookie } });
      expect(plain.status).toBe(200);
    } finally {
      await close();
    }
  });
});

describe("npm start's server", () => {
  it("binds 127.0.0.1 unless HOST says otherwise, and creates the first admin", async () => {
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { startServer } = await import("../src/server.ts");
    const dataDir = mkdtempSync(join(tmpdir(), "chiproad-bind-"));
    const server = await startServer({
      port: 0,
      buildWeb: false,
      logger: createLogger("silent"),
      env: { CHIPROAD_DATA_DIR: join(dataDir, "data") },
    });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.firstAdmin?.username).toBe("admin");
      expect(server.firstAdmin?.generatedPassword).toMatch(/^[\w-]{24}$/);
      const anonymous = await fetch(`${server.url}/api/scenarios`);
      expect(anonymous.status).toBe(401);
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
