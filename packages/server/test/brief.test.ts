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

  it.runIf(chromiumExecutable())("serves it as a PDF (Chromium)", { timeout: 60_000 }, async () => {
    const res = await h.request("GET", `/api/scenarios/${scenarioId}/brief?lang=zh`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});
