import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "@chiproad/db";
import { describe, expect, it } from "vitest";
import { forEachBackend } from "../../db/test/backends.ts";
import { harness, json } from "./harness.ts";

const SAMPLES = join(import.meta.dirname, "..", "..", "data", "samples");
const sample = (...p: string[]) => readFileSync(join(SAMPLES, ...p));
const CSV = { "content-type": "text/csv" };

async function counts(db: Database) {
  return {
    trade: (await db.datasets.versions("trade")).length,
    entities: (await db.datasets.versions("entities")).length,
    rows: await db.datasets.countRows(),
  };
}

forEachBackend("datasets, market and screening API", (db: () => Database) => {
  // Imports need a compliance officer; screening is an analyst's.
  const h = () => harness(db(), undefined, { as: "compliance" });
  const analyst = () => harness(db());

  describe("trade uploads", () => {
    it("imports a BACI CSV as a new current version the market report then uses", async () => {
      const res = await h().request(
        "POST",
        "/api/datasets/trade?format=baci",
        sample("broken", "baci-ok.csv"),
        CSV,
      );
      expect(res.status).toBe(201);
      const v = await json(res);
      expect(v).toMatchObject({ datasetId: "trade", current: true, createdBy: await h().userId() });
      expect(v.rowCount).toBeGreaterThan(0);
      const again = await json(
        h().request(
          "POST",
          "/api/datasets/trade?format=baci",
          sample("trade", "baci-synthetic_HS17.csv"),
          CSV,
        ),
      );
      expect(again.version).toBe(Number(v.version) + 1);
      const report = await h().request("GET", "/api/market?importer=IND&hs=8542&from=2019&to=2022");
      expect(report.status).toBe(200);
      expect(await json(report)).toMatchObject({ importer: "IND", hs: "8542" });
      const audit = await json<{ action: string }[]>(h().request("GET", "/api/audit?limit=5"));
      expect(audit[0]).toMatchObject({ action: "dataset.import" });
    });

    // Market answers are kept per query and dataset version: a new version must not be served the old one.
    it("answers the market report from the current trade version, not from an earlier answer", async () => {
      const path = "/api/market?importer=IND&hs=8542&from=2019&to=2022";
      await h().request("POST", "/api/datasets/trade?format=baci", sample("broken", "baci-ok.csv"), CSV);
      const first = await (await h().request("GET", path)).text();
      expect(await (await h().request("GET", path)).text()).toBe(first);
      const next = await h().request(
        "POST",
        "/api/datasets/trade?format=baci",
        sample("trade", "baci-synthetic_HS17.csv"),
        CSV,
      );
      expect(next.status).toBe(201);
      const second = await (await h().request("GET", path)).text();
      expect(second).not.toBe(first);
      expect(JSON.parse(second)).toMatchObject({ importer: "IND", hs: "8542" });
    });

    it("rejects a broken CSV with 422 naming row and column, and stores nothing", async () => {
      for (const file of ["baci-bad-number.csv", "baci-wrong-header.csv", "baci-truncated.csv"]) {
        const before = await counts(db());
        const res = await h().request("POST", "/api/datasets/trade?format=baci", sample("broken", file), CSV);
        expect(res.status, file).toBe(422);
        const p = await json<{ code: string; detail: string }>(res);
        expect(p.code).toBe("BAD_INPUT");
        expect(p.detail.length).toBeGreaterThan(10);
        expect(await counts(db())).toEqual(before);
      }
    });

    it("rejects an upload over 50 MB with 413 and stores nothing", async () => {
      const before = await counts(db());
      const big = new Uint8Array(50 * 1024 * 1024 + 10).fill(0x31);
      const res = await h().request("POST", "/api/datasets/trade", big, CSV);
      expect(res.status).toBe(413);
      expect(await json(res)).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
      expect(await counts(db())).toEqual(before);
    });

    it("accepts multipart uploads and rejects empty ones", async () => {
      const form = new FormData();
      form.set("file", new Blob([sample("broken", "baci-ok.csv")]), "baci-ok.csv");
      const res = await h().request("POST", "/api/datasets/trade?format=baci", form);
      expect(res.status).toBe(201);
      const empty = await h().request("POST", "/api/datasets/trade", "", CSV);
      expect(empty.status).toBe(400);
    });

    it("lets only compliance officers (and admins) import", async () => {
      const res = await analyst().request("POST", "/api/datasets/trade", sample("broken", "baci-ok.csv"), {
        "content-type": "text/csv",
      });
      expect(res.status).toBe(403);
    });
  });

  describe("entity lists and screening", () => {
    it("imports an FtM list; screening then uses it and keeps each result", async () => {
      const res = await h().request(
        "POST",
        "/api/datasets/entities?format=ftm",
        sample("noncommercial", "opensanctions", "zala_entities.ftm.json"),
        { "content-type": "application/json" },
      );
      expect(res.status).toBe(201);
      const first = (await db().datasets.rows("entities"))[0] as { name: string };
      const before = await db().screenings.count();
      const hit = await json<{
        matches: {
          name: string;
          score: number;
          explanation: string[];
          explanationMessages: { code: string }[];
        }[];
      }>(h().request("POST", "/api/screen", { name: first.name }));
      expect(hit.matches[0]?.score).toBeGreaterThan(0.9);
      // Each reason in English and as a message code clients render in their language.
      const top = hit.matches[0]!;
      expect(top.explanationMessages.map((m) => m.code).slice(0, 2)).toEqual(["screen.list", "screen.name"]);
      expect(top.explanation).toHaveLength(top.explanationMessages.length);
      expect(top.explanation[1]).toBe(`matched name "${top.name}"`);
      const batch = await json<{ results: unknown[] }>(
        h().request("POST", "/api/screen", {
          queries: [{ name: first.name }, { name: "Nobody Whatsoever" }],
        }),
      );
      expect(batch.results).toHaveLength(2);
      expect(await db().screenings.count()).toBe(before + 3);
    });

    it("rejects broken JSON with 422 and keeps the previous list current", async () => {
      const before = await counts(db());
      const current = await db().datasets.current("entities");
      const res = await h().request(
        "POST",
        "/api/datasets/entities?format=ftm",
        sample("broken", "ftm-bad-json.ftm.json"),
        { "content-type": "application/json" },
      );
      expect(res.status).toBe(422);
      expect(await json(res)).toMatchObject({ code: "BAD_INPUT" });
      expect(await counts(db())).toEqual(before);
      expect((await db().datasets.current("entities"))?.version).toBe(current?.version);
    });

    it("names the bad field of a screening query", async () => {
      const res = await h().request("POST", "/api/screen", { name: "", birthDate: "yesterday" });
      expect(res.status).toBe(400);
      const p = await json<{ errors: { path: string }[] }>(res);
      expect(p.errors.map((e) => e.path).join(" ")).toContain("json.");
    });
  });

  describe("market and value chain", () => {
    it("answers bad market queries with problem details", async () => {
      const bad = await h().request("GET", "/api/market?importer=Russia");
      expect(bad.status).toBe(400);
      expect(await json(bad)).toMatchObject({ code: "BAD_INPUT", errors: [{ path: "query.importer" }] });
      const none = await h().request("GET", "/api/market?importer=ATA&hs=8542");
      expect(none.status).toBe(404);
    });

    it("lists chain gaps and chokepoints", async () => {
      const gaps = await json<unknown[]>(h().request("GET", "/api/chain/gaps?country=RUS"));
      expect(gaps.length).toBeGreaterThan(0);
      const chokepoints = await json<{ combinedShare: number }[]>(
        h().request("GET", "/api/chain/chokepoints?top=3&threshold=0.8"),
      );
      for (const c of chokepoints) expect(c.combinedShare).toBeGreaterThanOrEqual(0.8);
      expect((await h().request("GET", "/api/chain/chokepoints?top=9")).status).toBe(400);
    });
  });
});
