import type { Database } from "@chiproad/db";
import { describe, expect, it } from "vitest";
import { forEachBackend } from "../../db/test/backends.ts";
import { harness, MINIMAL_SCENARIO } from "./harness.ts";

type Json = Record<string, unknown>;

forEachBackend("scenarios API", (db: () => Database) => {
  const api = () => harness(db());

  it("answers /api/health", async () => {
    const res = await api().request("GET", "/api/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok" });
  });

  describe("create, read, update", () => {
    it("creates version 1, reads it with an ETag, saves version 2 with If-Match", async () => {
      const created = await api().request("POST", "/api/scenarios", {
        name: "Mine",
        content: MINIMAL_SCENARIO,
      });
      expect(created.status).toBe(201);
      const body = (await created.json()) as Json;
      expect(body).toMatchObject({ name: "Mine", version: 1, format: "yaml", country: "RUS" });
      expect((body.scenario as Json).program).toMatchObject({ id: "test" });

      const read = await api().request("GET", `/api/scenarios/${body.id}`);
      expect(read.headers.get("etag")).toBe('"1"');

      const edited = MINIMAL_SCENARIO.replace("volume: 1000", "volume: 2000");
      const put = await api().request(
        "PUT",
        `/api/scenarios/${body.id}`,
        { content: edited },
        { "If-Match": '"1"' },
      );
      expect(put.status).toBe(200);
      expect(put.headers.get("etag")).toBe('"2"');
      // The read of version 1 was kept serialized; the read after the save is version 2's.
      const reread = await api().request("GET", `/api/scenarios/${body.id}`);
      expect(reread.headers.get("etag")).toBe('"2"');
      expect(reread.headers.get("content-type")).toMatch(/^application\/json/);
      expect(((await reread.json()) as Json).content).toBe(edited);
      const versions = (await (
        await api().request("GET", `/api/scenarios/${body.id}/versions`)
      ).json()) as Json[];
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
      const v1 = (await (await api().request("GET", `/api/scenarios/${body.id}/versions/1`)).json()) as Json;
      expect(v1.content).toBe(MINIMAL_SCENARIO);
      const list = (await (await api().request("GET", "/api/scenarios")).json()) as Json[];
      expect(list.find((s) => s.id === body.id)).toMatchObject({ version: 2, name: "Mine" });
    });

    it("rejects a stale If-Match with 409 CONFLICT and stores nothing", async () => {
      const created = (await (
        await api().request("POST", "/api/scenarios", { name: "S", content: MINIMAL_SCENARIO })
      ).json()) as Json;
      const id = String(created.id);
      await api().request("PUT", `/api/scenarios/${id}`, { content: MINIMAL_SCENARIO, version: 1 });
      const before = await db().scenarios.count();
      const stale = await api().request(
        "PUT",
        `/api/scenarios/${id}`,
        { content: MINIMAL_SCENARIO },
        { "If-Match": '"1"' },
      );
      expect(stale.status).toBe(409);
      expect(stale.headers.get("content-type")).toContain("application/problem+json");
      expect(await stale.json()).toMatchObject({ code: "CONFLICT", status: 409 });
      expect(await db().scenarios.count()).toEqual(before);
    });

    it("answers a save with Prefer: return=minimal by 204 and the new version in ETag", async () => {
      const created = (await (
        await api().request("POST", "/api/scenarios", { name: "M", content: MINIMAL_SCENARIO })
      ).json()) as Json;
      const id = String(created.id);
      const edited = MINIMAL_SCENARIO.replace("volume: 1000", "volume: 3000");
      const minimal = await api().request(
        "PUT",
        `/api/scenarios/${id}`,
        { content: edited },
        { "If-Match": '"1"', Prefer: 'Respond-Async, RETURN="minimal"; x=1' },
      );
      expect(minimal.status).toBe(204);
      expect(minimal.headers.get("etag")).toBe('"2"');
      expect(minimal.headers.get("preference-applied")).toBe("return=minimal");
      expect(await minimal.text()).toBe("");
      const read = (await (await api().request("GET", `/api/scenarios/${id}`)).json()) as Json;
      expect(read).toMatchObject({ version: 2, content: edited });
      // Other preferences, or none, get the whole new version.
      for (const [prefer, version] of [
        ["return=representation", 3],
        ["respond-async", 4],
      ] as const) {
        const full = await api().request(
          "PUT",
          `/api/scenarios/${id}`,
          { content: edited },
          { "If-Match": `"${version - 1}"`, Prefer: prefer },
        );
        expect(full.status, prefer).toBe(200);
        expect(full.headers.get("preference-applied"), prefer).toBeNull();
        expect((await full.json()) as Json).toMatchObject({ version, content: edited });
      }
    });

    it("requires the edited version on PUT", async () => {
      const created = (await (
        await api().request("POST", "/api/scenarios", { name: "S", content: MINIMAL_SCENARIO })
      ).json()) as Json;
      const res = await api().request("PUT", `/api/scenarios/${created.id}`, { content: MINIMAL_SCENARIO });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: "BAD_INPUT", errors: [{ path: "header:If-Match" }] });
    });
  });

  describe("bad input", () => {
    it("rejects an invalid scenario with 422, positioned issues, and stores nothing", async () => {
      const before = await db().scenarios.count();
      const res = await api().request("POST", "/api/scenarios", {
        name: "Broken",
        content: MINIMAL_SCENARIO.replace("horizon: 260", "horizon: soon"),
      });
      expect(res.status).toBe(422);
      const p = (await res.json()) as {
        code: string;
        errors: { path: string; line: number; message: string }[];
      };
      expect(p.code).toBe("BAD_INPUT");
      expect(p.errors).toContainEqual(expect.objectContaining({ path: "program.horizon", line: 9 }));
      expect(await db().scenarios.count()).toEqual(before);
    });

    it("names the missing field of a malformed body", async () => {
      const res = await api().request("POST", "/api/scenarios", { name: "x" });
      expect(res.status).toBe(400);
      const p = (await res.json()) as { errors: { path: string }[] };
      expect(p.errors.map((e) => e.path)).toContain("json.content");
    });

    it("rejects a body that is not JSON", async () => {
      const res = await api().request("POST", "/api/scenarios", "{not json");
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: "BAD_INPUT" });
    });

    it("answers unknown ids with 404 NOT_FOUND problem details", async () => {
      for (const path of [
        "/api/scenarios/nope",
        "/api/scenarios/nope/versions",
        "/api/scenarios/nope/versions/3",
      ]) {
        const res = await api().request("GET", path);
        expect(res.status).toBe(404);
        expect(await res.json()).toMatchObject({ code: "NOT_FOUND" });
      }
      const put = await api().request("PUT", "/api/scenarios/nope", {
        content: MINIMAL_SCENARIO,
        version: 1,
      });
      expect(put.status).toBe(404);
    });

    it("rejects a JSON body over 1 MB with 413 and stores nothing", async () => {
      const before = await db().scenarios.count();
      const res = await api().request("POST", "/api/scenarios", {
        name: "huge",
        content: `${MINIMAL_SCENARIO}\n# ${"x".repeat(1_100_000)}`,
      });
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
      expect(await db().scenarios.count()).toEqual(before);
    });

    it("refuses writes from the viewer role with 403 FORBIDDEN, whatever X-Chiproad-Role says", async () => {
      const viewer = harness(db(), undefined, { as: "viewer" });
      const res = await viewer.request(
        "POST",
        "/api/scenarios",
        { content: MINIMAL_SCENARIO },
        { "X-Chiproad-Role": "admin", "X-Chiproad-User": "root" },
      );
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ code: "FORBIDDEN" });
    });
  });

  it("validates without storing", async () => {
    const before = await db().scenarios.count();
    const ok = (await (
      await api().request("POST", "/api/validate", { content: MINIMAL_SCENARIO })
    ).json()) as Json;
    expect(ok).toEqual({ ok: true, issues: [] });
    const bad = (await (
      await api().request("POST", "/api/validate", { content: "program: 3" })
    ).json()) as Json;
    expect(bad.ok).toBe(false);
    expect((bad.issues as unknown[]).length).toBeGreaterThan(0);
    expect(await db().scenarios.count()).toEqual(before);
  });

  it("records the authenticated user's id in the audit log, never a client-supplied name", async () => {
    const analyst = api();
    const created = (await (
      await analyst.request(
        "POST",
        "/api/scenarios",
        { content: MINIMAL_SCENARIO },
        { "X-Chiproad-User": "olga" },
      )
    ).json()) as Json;
    const manager = harness(db(), undefined, { as: "manager" });
    const audit = (await (await manager.request("GET", "/api/audit?limit=5")).json()) as Json[];
    expect(audit.find((e) => e.targetId === created.id)).toMatchObject({
      actor: await analyst.userId(),
      role: "analyst",
      action: "scenario.create",
    });
    expect(JSON.stringify(audit)).not.toContain("olga");
  });
});
