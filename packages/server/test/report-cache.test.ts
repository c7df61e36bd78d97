// The cached-report response: compressed only when the client prefers gzip and the body is worth it.
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { JsonBody, jsonText, prefersGzip, reportCache } from "../src/routes/report-cache.ts";

describe("cached report responses", () => {
  it("reads Accept-Encoding with its q-values", () => {
    expect(prefersGzip(undefined)).toBe(false);
    expect(prefersGzip("")).toBe(false);
    expect(prefersGzip("gzip")).toBe(true);
    expect(prefersGzip("GZIP;q=0.3")).toBe(true);
    expect(prefersGzip("*")).toBe(true);
    expect(prefersGzip("deflate, br")).toBe(false);
    expect(prefersGzip("gzip;q=0")).toBe(false);
    expect(prefersGzip("identity;q=1, gzip;q=0.4")).toBe(false);
  });

  it("sends a short body as it is and a long one gzip-compressed, once per body", async () => {
    const app = new Hono();
    const short = new JsonBody("[1,2,3]");
    const long = new JsonBody(JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ i }))));
    app.get("/short", (c) => jsonText(c, short));
    app.get("/long", (c) => jsonText(c, long, { etag: '"7"' }));
    const gz = { "accept-encoding": "gzip" };
    const s = await app.request("/short", { headers: gz });
    expect(s.headers.get("content-encoding")).toBeNull();
    expect(await s.text()).toBe("[1,2,3]");
    const l = await app.request("/long", { headers: gz });
    expect(l.headers.get("content-encoding")).toBe("gzip");
    expect(l.headers.get("etag")).toBe('"7"');
    expect(l.headers.get("content-type")).toBe("application/json");
    expect(long.gzip).toBe(long.gzip);
    const { gunzipSync } = await import("node:zlib");
    expect(gunzipSync(new Uint8Array(await l.arrayBuffer())).toString("utf8")).toBe(long.text);
  });

  it("computes an entry once, forgets a failure and drops the oldest past its limit", async () => {
    const cache = reportCache(2);
    let calls = 0;
    const compute = (text: string) => async () => {
      calls += 1;
      return text;
    };
    const a = await cache("a", compute("A"));
    expect(await cache("a", compute("other"))).toBe(a);
    expect(a.text).toBe("A");
    await expect(cache("x", async () => Promise.reject(new Error("no")))).rejects.toThrow("no");
    expect((await cache("x", compute("X"))).text).toBe("X");
    await cache("b", compute("B"));
    expect((await cache("a", compute("A2"))).text).toBe("A2");
    expect(calls).toBe(4);
  });
});
