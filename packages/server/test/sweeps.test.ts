import { isDeepStrictEqual } from "node:util";
import type { Database } from "@chiproad/db";
import {
  expandGrid,
  parseScenarioOrThrow,
  parseSweepGrid,
  runVariant,
  SAMPLES_PER_JOB,
} from "@chiproad/domain";
import { afterAll, beforeAll, expect, it } from "vitest";
import { forEachBackend } from "../../db/test/backends.ts";
import { JobRunner } from "../src/jobs/runner.ts";
import { JobSchema } from "../src/schemas.ts";
import { createLogger } from "../src/logger.ts";
import { type Harness, harness, json, SWEEP_GRID, SWEEP_SCENARIO } from "./harness.ts";

interface SweepView {
  id: string;
  status: string;
  progress: { done: number; total: number };
  rows: unknown[];
  variants: {
    index: number;
    jobId: string;
    status: string;
    worker?: string;
    jobs: { done: number; total: number };
  }[];
}

forEachBackend("sweeps API", (db: () => Database) => {
  let runner: JobRunner;
  let h: Harness;
  let scenarioId: string;
  const content = SWEEP_SCENARIO;

  beforeAll(async () => {
    runner = new JobRunner({ db: db(), logger: createLogger("silent"), pollMs: 50, heartbeatMs: 200 });
    await runner.start();
    h = harness(db(), runner);
    scenarioId = String((await json(h.request("POST", "/api/scenarios", { content }))).id);
  });
  afterAll(async () => {
    await runner.stop();
  });

  async function finished(id: string): Promise<SweepView> {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const view = await json<SweepView>(h.request("GET", `/api/scenarios/${scenarioId}/sweeps/${id}`));
      if (view.status !== "running") return view;
      if (Date.now() > deadline) throw new Error(`sweep still running: ${JSON.stringify(view.progress)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Sweeps SWEEP_GRID (profile quick) and waits until it ends. */
  async function sweepToEnd(samples: number, seed: number): Promise<SweepView> {
    const res = await h.request("POST", `/api/scenarios/${scenarioId}/sweeps`, {
      grid: SWEEP_GRID,
      samples,
      profile: "quick",
      seed,
    });
    expect(res.status).toBe(202);
    return finished((await json<SweepView>(res)).id);
  }

  it("runs each variant as a job; the table equals the variants run one by one, in grid order", async () => {
    const res = await h.request("POST", `/api/scenarios/${scenarioId}/sweeps`, {
      grid: SWEEP_GRID,
      samples: 6,
      profile: "quick",
      seed: 2,
    });
    expect(res.status).toBe(202);
    const started = await json<SweepView>(res);
    expect(started.progress).toEqual({ done: 0, total: 4 });
    const view = await finished(started.id);
    expect(view.status).toBe("succeeded");
    const scenario = parseScenarioOrThrow(content, "s.yaml");
    const alone = expandGrid(parseSweepGrid(SWEEP_GRID, "grid")).map((v) =>
      runVariant(scenario, {}, v, { samples: 6, profile: "quick", seed: 2 }),
    );
    expect(view.rows).toEqual(JSON.parse(JSON.stringify(alone)));
    const audit = await json<{ action: string }[]>(
      harness(db(), undefined, { as: "manager" }).request("GET", "/api/audit?limit=30"),
    );
    expect(audit.map((a) => a.action)).toContain("sweep.create");
    const listed = await json<{ id: string; samples: number; seed: number; variants: number }[]>(
      harness(db(), undefined, { as: "viewer" }).request("GET", `/api/scenarios/${scenarioId}/sweeps`),
    );
    expect(listed[0]).toMatchObject({ id: started.id, samples: 6, seed: 2, variants: 4 });
    expect((await h.request("GET", "/api/scenarios/nope/sweeps")).status).toBe(404);
  });

  it("splits a variant's samples into jobs of SAMPLES_PER_JOB; the merged table equals the variants run one by one", {
    timeout: 120_000,
  }, async () => {
    const samples = 2 * SAMPLES_PER_JOB + 7;
    const view = await sweepToEnd(samples, 3);
    expect(view.status).toBe("succeeded");
    const scenario = parseScenarioOrThrow(content, "s.yaml");
    const alone = expandGrid(parseSweepGrid(SWEEP_GRID, "grid")).map((v) =>
      runVariant(scenario, {}, v, { samples, profile: "quick", seed: 3 }),
    );
    expect(view.rows).toEqual(JSON.parse(JSON.stringify(alone)));
    // A planned variant ran as three jobs (its own and two ranges); one with no plan, as one.
    expect(view.variants.map((v) => v.jobs)).toEqual(
      alone.map((row) => (row.samples > 0 ? { done: 3, total: 3 } : { done: 1, total: 1 })),
    );
    expect(alone.some((row) => row.samples === samples)).toBe(true);
    const jobs = await db().jobs.list({ scenarioId, limit: 1000 });
    const ranges = jobs.filter((j) => (j.params as { range?: unknown }).range);
    expect(ranges.length).toBe(2 * alone.filter((row) => row.samples > 0).length);
    for (const j of ranges) expect(j.kind).toBe("sweep");
    // Each job's part, as GET /api/jobs/{id} shows it, fits the published Job schema.
    for (const j of [ranges[0]!, jobs.find((j) => j.id === view.variants[0]!.jobId)!]) {
      const shown = JobSchema.safeParse(await json(h.request("GET", `/api/jobs/${j.id}`)));
      expect(shown.error).toBeUndefined();
      expect(shown.data?.result).toBeDefined();
    }
  });

  it("refuses a bad grid and changes that do not fit the scenario, with the path; nothing queued", async () => {
    const before = (await db().jobs.list({ scenarioId })).length;
    const bad = await h.request("POST", `/api/scenarios/${scenarioId}/sweeps`, { grid: "dimensions: []" });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(await json(bad))).toContain('"path":"dimensions"');
    const unknown = await h.request("POST", `/api/scenarios/${scenarioId}/sweeps`, {
      grid: SWEEP_GRID.replace("partner: p1", "partner: nobody"),
    });
    expect(unknown.status).toBe(422);
    expect(JSON.stringify(await json(unknown))).toContain("nobody");
    expect((await db().jobs.list({ scenarioId })).length).toBe(before);
    const viewer = harness(db(), undefined, { as: "viewer" });
    expect(
      (await viewer.request("POST", `/api/scenarios/${scenarioId}/sweeps`, { grid: SWEEP_GRID })).status,
    ).toBe(403);
  });

  it("cancels the variants still queued or running", async () => {
    await runner.stop();
    const started = await json<SweepView>(
      h.request("POST", `/api/scenarios/${scenarioId}/sweeps`, {
        grid: SWEEP_GRID,
        samples: 6,
        profile: "quick",
      }),
    );
    const cancelled = await json<SweepView>(
      h.request("POST", `/api/scenarios/${scenarioId}/sweeps/${started.id}/cancel`),
    );
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.variants.map((v) => v.status)).toEqual([
      "cancelled",
      "cancelled",
      "cancelled",
      "cancelled",
    ]);
    expect((await h.request("GET", `/api/scenarios/${scenarioId}/sweeps/nope`)).status).toBe(404);
    await runner.start();
  });

  it("runs a variant's sample ranges on the dataset versions its plan read, whatever was imported since", {
    timeout: 120_000,
  }, async () => {
    const entity = (name: string) => ({
      id: `t-${name}`,
      schema: "Company",
      name,
      aliases: [],
      countries: ["CHN"],
      identifiers: [],
      addresses: [],
      list: "Test list",
      programs: [],
      datasetVersion: name,
    });
    const actor = { user: "test", role: "admin" };
    const importList = async (name: string) =>
      (await db().datasets.import({ kind: "entities", source: "test", rows: [entity(name)] }, actor)).version;
    const v1 = await importList("Unrelated Trading Co");
    const view = await sweepToEnd(SAMPLES_PER_JOB + 20, 5);
    expect(view.status).toBe("succeeded");
    const jobs = await db().jobs.list({ scenarioId, limit: 1000 });
    const first = jobs.find((j) => {
      const p = j.params as { sweepId?: string; range?: unknown };
      return p.sweepId === view.id && p.range !== undefined;
    });
    expect(first?.params).toMatchObject({ range: { datasets: { entities: v1, trade: null } } });
    const stored = (await db().plans.byJob(first!.id))?.result;
    // Partner One's foundry is listed in the next version: its plan options become unlawful.
    const v2 = await importList("Partner One Foundry Ltd");
    const again = async (datasets: unknown) => {
      const params = { ...first!.params, range: { ...(first!.params.range as object), datasets } };
      const job = await db().jobs.enqueue({ kind: "sweep", scenarioId, scenarioVersion: 1, params }, actor);
      runner.wake();
      const deadline = Date.now() + 60_000;
      for (;;) {
        const now = await db().jobs.get(job.id);
        if (now && now.status !== "queued" && now.status !== "running") return now;
        if (Date.now() > deadline) throw new Error("range job still running");
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const pinned = await again({ entities: v1, trade: null });
    expect(pinned.status).toBe("succeeded");
    expect((await db().plans.byJob(pinned.id))?.result).toEqual(stored);
    const current = await again({ entities: v2, trade: null });
    const differs =
      current.status !== "succeeded" ||
      !isDeepStrictEqual((await db().plans.byJob(current.id))?.result, stored);
    expect(differs).toBe(true);
    const gone = await again({ entities: 999, trade: null });
    expect(gone).toMatchObject({
      status: "failed",
      error: { code: "NOT_FOUND", message: "entities dataset version 999 no longer exists" },
    });
  });
});
