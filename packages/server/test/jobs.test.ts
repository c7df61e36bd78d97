import type { Database } from "@chiproad/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forEachBackend } from "../../db/test/backends.ts";
import { JobRunner } from "../src/jobs/runner.ts";
import { createLogger } from "../src/logger.ts";
import { type Harness, harness, json, MINIMAL_SCENARIO, waitForJob } from "./harness.ts";

forEachBackend("jobs API", (db: () => Database) => {
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

  it("plans on the worker: 202 with a job id at once, then progress and one stored result", async () => {
    const res = await h.request("POST", `/api/scenarios/${scenarioId}/plans`, { timeLimitMs: 300, seed: 7 });
    expect(res.status).toBe(202);
    const { jobId } = await json<{ jobId: string }>(res);
    const job = await waitForJob(h, jobId);
    expect(job).toMatchObject({ status: "succeeded", progress: 1, kind: "plan", scenarioVersion: 1 });
    expect((job.result as { status: string }).status).toMatch(/optimal|feasible|infeasible/);
    expect(await db().plans.count({ jobId })).toBe(1);
    const latest = await json(h.request("GET", `/api/scenarios/${scenarioId}/plans/latest`));
    expect(latest).toMatchObject({ jobId, scenarioVersion: 1 });
    const audit = await json<{ action: string; targetId: string }[]>(
      harness(db(), undefined, { as: "manager" }).request("GET", "/api/audit?limit=20"),
    );
    expect(audit).toContainEqual(expect.objectContaining({ action: "job.enqueue", targetId: jobId }));
  });

  it("streams Server-Sent Events ending with `done`", async () => {
    const { jobId } = await json<{ jobId: string }>(
      h.request("POST", `/api/scenarios/${scenarioId}/plans`, { timeLimitMs: 200, seed: 1 }),
    );
    const res = await h.request("GET", `/api/jobs/${jobId}/events`);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const text = await res.text();
    expect(text).toContain("event: done");
    const done = text.split("event: done\ndata: ")[1]?.split("\n")[0];
    expect(JSON.parse(done ?? "{}")).toMatchObject({ id: jobId, status: "succeeded" });
    // The newer plan is now the scenario's latest (the gate reads its id with the caller's access).
    const latest = await json(h.request("GET", `/api/scenarios/${scenarioId}/plans/latest`));
    expect(latest).toMatchObject({ jobId });
  });

  it("runs what-if and risk jobs", async () => {
    const whatif = await json<{ jobId: string }>(
      h.request("POST", `/api/scenarios/${scenarioId}/whatif`, {
        changes: "changes:\n  - type: block-partner\n    partner: p1\n",
        timeLimitMs: 200,
      }),
    );
    const risk = await json<{ jobId: string }>(
      h.request("POST", `/api/scenarios/${scenarioId}/risk`, { samples: 20, seed: 3 }),
    );
    const w = await waitForJob(h, whatif.jobId);
    expect(w.status).toBe("succeeded");
    expect(w.result).toHaveProperty("diff");
    const r = await waitForJob(h, risk.jobId);
    expect(r.status).toBe("succeeded");
    expect(r.result).toMatchObject({ samples: 20, seed: 3 });
  });

  it("rejects a broken change set with 422 and its position, queueing nothing", async () => {
    const before = (await db().jobs.list({ scenarioId })).length;
    const res = await h.request("POST", `/api/scenarios/${scenarioId}/whatif`, {
      changes: "changes:\n  - type: teleport\n",
    });
    expect(res.status).toBe(422);
    const p = await json<{ code: string; errors: { line: number }[] }>(res);
    expect(p.code).toBe("BAD_INPUT");
    expect(p.errors[0]?.line).toBe(2);
    expect((await db().jobs.list({ scenarioId })).length).toBe(before);
  });

  it("validates job parameters and ids", async () => {
    const bad = await h.request("POST", `/api/scenarios/${scenarioId}/risk`, { samples: 0 });
    expect(bad.status).toBe(400);
    expect(await json(bad)).toMatchObject({ code: "BAD_INPUT", errors: [{ path: "json.samples" }] });
    expect((await h.request("POST", "/api/scenarios/nope/plans", {})).status).toBe(404);
    expect((await h.request("GET", "/api/jobs/nope")).status).toBe(404);
    expect((await h.request("GET", "/api/jobs/nope/events")).status).toBe(404);
    expect((await h.request("POST", "/api/jobs/nope/cancel")).status).toBe(404);
    const fresh = await json(h.request("POST", "/api/scenarios", { content: MINIMAL_SCENARIO }));
    expect((await h.request("GET", `/api/scenarios/${fresh.id}/plans/latest`)).status).toBe(404);
  });

  it("cancels a queued job; it never runs", async () => {
    const queueOnly = harness(db());
    await runner.stop();
    try {
      const { jobId } = await json<{ jobId: string }>(
        queueOnly.request("POST", `/api/scenarios/${scenarioId}/plans`, { timeLimitMs: 200 }),
      );
      const cancelled = await json(queueOnly.request("POST", `/api/jobs/${jobId}/cancel`));
      expect(cancelled).toMatchObject({ status: "cancelled" });
      expect(await db().plans.count({ jobId })).toBe(0);
    } finally {
      await runner.start();
    }
  });

  it("cancels a running job and stores no result", async () => {
    const { jobId } = await json<{ jobId: string }>(
      h.request("POST", `/api/scenarios/${scenarioId}/plans`, {
        timeLimitMs: 20_000,
        maxSchedules: 10_000_000,
      }),
    );
    for (let i = 0; i < 300; i++) {
      const job = await json(h.request("GET", `/api/jobs/${jobId}`));
      if (job.status === "running") break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const cancelled = await json(h.request("POST", `/api/jobs/${jobId}/cancel`));
    expect(cancelled.status).toBe("cancelled");
    await new Promise((r) => setTimeout(r, 500));
    expect(await db().plans.count({ jobId })).toBe(0);
    expect((await json(h.request("GET", `/api/jobs/${jobId}`))).status).toBe("cancelled");
    // The runner replaced its worker and keeps going.
    const next = await json<{ jobId: string }>(
      h.request("POST", `/api/scenarios/${scenarioId}/plans`, { timeLimitMs: 200 }),
    );
    expect((await waitForJob(h, next.jobId)).status).toBe("succeeded");
  });
});

describe("jobs API role check", () => {
  it("refuses to start a job for the viewer role and queues nothing", async () => {
    const { openDatabase } = await import("@chiproad/db");
    const db = await openDatabase({});
    try {
      const s = await json(harness(db).request("POST", "/api/scenarios", { content: MINIMAL_SCENARIO }));
      const viewer = harness(db, undefined, { as: "viewer" });
      const res = await viewer.request(
        "POST",
        `/api/scenarios/${s.id}/plans`,
        {},
        { "X-Chiproad-Role": "admin" },
      );
      expect(res.status).toBe(403);
      expect(await json(res)).toMatchObject({ code: "FORBIDDEN" });
      expect(await db.jobs.list()).toHaveLength(0);
    } finally {
      await db.close();
    }
  });
});
