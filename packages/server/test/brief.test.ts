import { gunzipSync } from "node:zlib";
import type { Database } from "@chiproad/db";
import { chromiumExecutable } from "@chiproad/print";
import { afterAll, beforeAll, expect, it } from "vitest";
import { forEachBackend } from "../../db/test/backends.ts";
import { JobRunner } from "../src/jobs/runner.ts";
import { createLogger } from "../src/logger.ts";
import { type Harness, harness, json, MINIMAL_SCENARIO, waitForJob } from "./harness.ts";

forEachBackend("decision brief API", (db: () => Database) => {
  let runner: JobRunner;
  let h: Harness;
  let scenarioId: string;

  beforeAll(async () => {
    runner = new JobRunner({ db: db(), logger: createLogger("silent"), pollMs: 100, heartbeatMs: 200 });
    await runner.start();
    h = harness(db(), runner);
    scenarioId = String((await json(h.request("POST", "/api/scenarios", { content: MINIMAL_SCENARIO }))).id);
  });
  afterAll(async () => {
    await runner.stop();
  });

  it("says what to run when the scenario has no plan, and 404 for an unknown scenario", async () => {
    const none = await h.request("GET", `/api/scenarios/${scenarioId}/brief?format=html`);
    expect(none.status).toBe(409);
    const problem = await json<{ code: string; detail: string }>(none);
    expect(problem.code).toBe("CONFLICT");
    expect(problem.detail).toContain(`POST /api/scenarios/${scenarioId}/plans`);
    expect((await h.request("GET", "/api/scenarios/no-such/brief")).status).toBe(404);
  });

  it("serves the brief of the latest plan as HTML in ru, and refuses an unknown language", async () => {
    const { jobId } = await json<{ jobId: string }>(
      h.request("POST", `/api/scenarios/${scenarioId}/plans`, { profile: "quick", seed: 3 }),
    );
    expect((await waitForJob(h, jobId)).status).toBe("succeeded");
    const res = await harness(db(), undefined, { as: "viewer" }).request(
      "GET",
      `/api/scenarios/${scenarioId}/brief?lang=ru&format=html`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(res.headers.get("content-disposition")).toContain(`brief-${scenarioId}-v1-ru.html`);
    const html = await res.text();
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain("Запрашиваемые решения");
    expect(html).toContain("Риски сроков");
    expect((await h.request("GET", `/api/scenarios/${scenarioId}/brief?lang=fr`)).status).toBe(400);
  });

  it.runIf(chromiumExecutable())(
    "serves it as a PDF (Chromium), printed once for many asking at once, gzip-compressed when accepted",
    { timeout: 60_000 },
    async () => {
      const all = await Promise.all(
        [1, 2, 3].map(() => h.request("GET", `/api/scenarios/${scenarioId}/brief?lang=zh`)),
      );
      const pdfs: Buffer[] = [];
      for (const res of all) {
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toBe("application/pdf");
        pdfs.push(Buffer.from(await res.arrayBuffer()));
      }
      expect(pdfs[0]?.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdfs[1]?.equals(pdfs[0] as Buffer)).toBe(true);
      expect(pdfs[2]?.equals(pdfs[0] as Buffer)).toBe(true);
      // The same bytes, compressed for a client that accepts gzip (this one by about a quarter).
      const path = `/api/scenarios/${scenarioId}/brief?lang=zh`;
      const gz = await h.request("GET", path, undefined, { "accept-encoding": "gzip, deflate, br" });
      expect(gz.headers.get("content-encoding")).toBe("gzip");
      expect(gz.headers.get("vary")).toBe("Accept-Encoding");
      expect(gz.headers.get("content-disposition")).toContain(".pdf");
      const packed = Buffer.from(await gz.arrayBuffer());
      expect(packed.length).toBeLessThan((pdfs[0] as Buffer).length * 0.9);
      expect(gunzipSync(packed).equals(pdfs[0] as Buffer)).toBe(true);
      const plain = await h.request("GET", path, undefined, { "accept-encoding": "identity" });
      expect(plain.headers.get("content-encoding")).toBeNull();
      expect(Buffer.from(await plain.arrayBuffer()).equals(pdfs[0] as Buffer)).toBe(true);
    },
  );

  it("briefs on a newer plan once there is one (a brief is kept per plan and language)", async () => {
    const disposition = async () =>
      (await h.request("GET", `/api/scenarios/${scenarioId}/brief?format=html`)).headers.get(
        "content-disposition",
      );
    expect(await disposition()).toContain("-v1-en.html");
    const saved = await h.request(
      "PUT",
      `/api/scenarios/${scenarioId}`,
      { content: MINIMAL_SCENARIO },
      { "if-match": '"1"' },
    );
    expect(saved.status).toBe(200);
    const { jobId } = await json<{ jobId: string }>(
      h.request("POST", `/api/scenarios/${scenarioId}/plans`, { profile: "quick", seed: 3 }),
    );
    expect((await waitForJob(h, jobId)).status).toBe("succeeded");
    expect(await disposition()).toContain("-v2-en.html");
  });
});
