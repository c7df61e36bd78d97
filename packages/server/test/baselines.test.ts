import type { Database } from "@chiproad/db";
import { afterAll, beforeAll, expect, it } from "vitest";
import { forEachBackend } from "../../db/test/backends.ts";
import { JobRunner } from "../src/jobs/runner.ts";
import { createLogger } from "../src/logger.ts";
import { type Harness, harness, json, MINIMAL_SCENARIO, waitForJob } from "./harness.ts";

interface Activity {
  id: string;
  start: string;
  finish: string;
}

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

forEachBackend("execution baselines API", (db: () => Database) => {
  let runner: JobRunner;
  let h: Harness;
  let scenarioId: string;

  async function plan(): Promise<{ jobId: string; result: { activities: Activity[] } }> {
    const { jobId } = await json<{ jobId: string }>(
      h.request("POST", `/api/scenarios/${scenarioId}/plans`, { profile: "quick", seed: 1 }),
    );
    const job = await waitForJob(h, jobId);
    expect(job.status).toBe("succeeded");
    return { jobId, result: job.result as { activities: Activity[] } };
  }

  beforeAll(async () => {
    runner = new JobRunner({ db: db(), logger: createLogger("silent"), pollMs: 100, heartbeatMs: 200 });
    await runner.start();
    h = harness(db(), runner);
    scenarioId = String((await json(h.request("POST", "/api/scenarios", { content: MINIMAL_SCENARIO }))).id);
  });
  afterAll(async () => {
    await runner.stop();
  });

  it("saves a finished plan as a named baseline (audited), refusing a taken name and a job that is no plan of it", async () => {
    const { jobId } = await plan();
    const res = await h.request("POST", `/api/scenarios/${scenarioId}/baselines`, {
      name: "approved",
      jobId,
    });
    expect(res.status).toBe(201);
    expect(await json(res)).toMatchObject({ name: "approved", jobId, scenarioVersion: 1 });
    const again = await h.request("POST", `/api/scenarios/${scenarioId}/baselines`, {
      name: "approved",
      jobId,
    });
    expect(again.status).toBe(409);
    const wrong = await h.request("POST", `/api/scenarios/${scenarioId}/baselines`, {
      name: "x",
      jobId: "nope",
    });
    expect(wrong.status).toBe(422);
    expect(JSON.stringify(await json(wrong))).toContain('"path":"jobId"');
    const viewer = harness(db(), undefined, { as: "viewer" });
    expect(
      (await viewer.request("POST", `/api/scenarios/${scenarioId}/baselines`, { name: "v", jobId })).status,
    ).toBe(403);
    const list = await json<{ name: string }[]>(
      viewer.request("GET", `/api/scenarios/${scenarioId}/baselines`),
    );
    expect(list.map((b) => b.name)).toEqual(["approved"]);
    const audit = await json<{ action: string }[]>(
      harness(db(), undefined, { as: "manager" }).request("GET", "/api/audit?limit=20"),
    );
    expect(audit.map((a) => a.action)).toContain("baseline.save");
  });

  it("compares the forecast re-planned from actuals with the baseline: a critical package 3 weeks late slips completion 21 days", async () => {
    const baseline = await json<{ variance: unknown }>(
      h.request("GET", `/api/scenarios/${scenarioId}/baselines/approved/variance`),
    );
    expect(baseline).toMatchObject({ variance: { totals: { completionSlipDays: 0 } } });
    const planned = (
      await json<{ plan: { activities: Activity[] } }>(
        h.request("GET", `/api/scenarios/${scenarioId}/plans/latest`),
      )
    ).plan.activities;
    const first = planned.find((a) => a.id === "chip:N25:negotiate")!;
    const late = addDays(first.finish, 21);
    const content = `${MINIMAL_SCENARIO}
actuals:
  asOf: "${late}"
  activities:
    - { activity: "chip:N25:negotiate", actualStart: "${first.start}", actualFinish: "${late}", partner: p1, model: tt }
`;
    const put = await h.request("PUT", `/api/scenarios/${scenarioId}`, { content }, { "if-match": '"1"' });
    expect(put.status).toBe(200);
    await plan();
    const { variance } = await json<{
      variance: {
        totals: { completionSlipDays: number };
        activities: { activity: string; slipDays: number }[];
      };
    }>(h.request("GET", `/api/scenarios/${scenarioId}/baselines/approved/variance`));
    expect(variance.totals.completionSlipDays).toBe(21);
    expect(variance.activities.find((a) => a.activity === "chip:N25:negotiate")?.slipDays).toBe(21);
    expect((await h.request("GET", `/api/scenarios/${scenarioId}/baselines/none/variance`)).status).toBe(404);
  });
});
