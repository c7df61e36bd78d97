import { openDatabase } from "@chiproad/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, harness, json } from "./harness.ts";

const CONTRACT: [string, string][] = [
  ["get", "/api/health"],
  ["get", "/api/scenarios"],
  ["post", "/api/scenarios"],
  ["get", "/api/scenarios/{id}"],
  ["put", "/api/scenarios/{id}"],
  ["get", "/api/scenarios/{id}/versions"],
  ["get", "/api/scenarios/{id}/versions/{v}"],
  ["post", "/api/validate"],
  ["get", "/api/scenarios/{id}/gaps"],
  ["get", "/api/scenarios/{id}/partners"],
  ["post", "/api/scenarios/{id}/plans"],
  ["post", "/api/scenarios/{id}/whatif"],
  ["post", "/api/scenarios/{id}/risk"],
  ["get", "/api/jobs/{id}"],
  ["get", "/api/jobs/{id}/events"],
  ["post", "/api/jobs/{id}/cancel"],
  ["get", "/api/scenarios/{id}/plans/latest"],
  ["get", "/api/market"],
  ["post", "/api/datasets/trade"],
  ["post", "/api/datasets/entities"],
  ["get", "/api/chain/gaps"],
  ["get", "/api/chain/chokepoints"],
  ["post", "/api/screen"],
  ["get", "/api/audit"],
];

describe("OpenAPI document and reference page", () => {
  let db: Awaited<ReturnType<typeof openDatabase>>;
  let h: Harness;
  beforeAll(async () => {
    db = await openDatabase({});
    h = harness(db);
  });
  afterAll(() => db.close());

  it("is OpenAPI 3.1 JSON listing every route of the contract", async () => {
    const res = await h.request("GET", "/openapi.json");
    expect(res.status).toBe(200);
    const doc = await json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(res);
    expect(doc.openapi).toBe("3.1.0");
    const missing = CONTRACT.filter(([method, path]) => !doc.paths[path]?.[method]).map((r) => r.join(" "));
    expect(missing).toEqual([]);
  });

  it("documents problem details for error responses", async () => {
    const doc = await json<{ paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }>(
      h.request("GET", "/openapi.json"),
    );
    const put = doc.paths["/api/scenarios/{id}"]?.put?.responses ?? {};
    expect(Object.keys(put)).toEqual(expect.arrayContaining(["200", "404", "409", "422"]));
    expect(JSON.stringify(put["409"])).toContain("application/problem+json");
  });

  it("serves /docs with its assets from this server (works offline, no CDN)", async () => {
    const page = await (await h.request("GET", "/docs")).text();
    expect(page).toContain("/docs/assets/swagger-ui-bundle.js");
    expect(page).not.toMatch(/https?:\/\//);
    for (const asset of ["swagger-ui-bundle.js", "swagger-ui.css"]) {
      const res = await h.request("GET", `/docs/assets/${asset}`);
      expect(res.status).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    }
    expect((await h.request("GET", "/docs/assets/..%2Fpackage.json")).status).toBe(404);
  });

  it("answers unknown API paths with a NOT_FOUND problem and other paths with the web UI", async () => {
    const res = await h.request("GET", "/api/nothing-here");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const page = await h.request("GET", "/some/client/route");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
  });
});
