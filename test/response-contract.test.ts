/**
 * The response contract (`packages/domain/src/contract/`) describes real answers exactly: plan,
 * what-if and risk jobs, the scenario (parsed, with its display names), the gap report, partner fit,
 * market and value-chain answers of the API
 * parse with the strict schemas, and an answer with a field the schema lacks is refused.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Database, openDatabase } from "@chiproad/db";
import {
  ChainGapRowSchema,
  ChokepointSchema,
  GapReportSchema,
  MarketReportSchema,
  PartnerFitReportSchema,
  PlanSchema,
  RiskReportSchema,
  WhatIfPlanSchema,
} from "@chiproad/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { JobRunner } from "../packages/server/src/jobs/runner.ts";
import { ScenarioSchema as ScenarioAnswerSchema } from "../packages/server/src/schemas.ts";
import { createLogger } from "../packages/server/src/logger.ts";
import { type Harness, harness, json, waitForJob } from "../packages/server/test/harness.ts";

const examples = join(import.meta.dirname, "..", "examples");

describe("the response contract", () => {
  let db: Database;
  let runner: JobRunner;
  let h: Harness;
  let scenarioId: string;

  beforeAll(async () => {
    db = await openDatabase({});
    runner = new JobRunner({ db, logger: createLogger("silent"), pollMs: 50, heartbeatMs: 200 });
    await runner.start();
    h = harness(db, runner);
    const content = readFileSync(join(examples, "india-mcu-osat.yaml"), "utf8");
    scenarioId = String((await json(h.request("POST", "/api/scenarios", { content }))).id);
  });
  afterAll(async () => {
    await runner.stop();
    await db.close();
  });

  async function run(path: string, body: unknown): Promise<unknown> {
    const { jobId } = await json<{ jobId: string }>(
      h.request("POST", `/api/scenarios/${scenarioId}/${path}`, body),
    );
    const job = await waitForJob(h, jobId, 180_000);
    expect(job.status, JSON.stringify(job.error)).toBe("succeeded");
    return job.result;
  }

  it("plan, latest plan, what-if and risk answers parse with their strict schemas", async () => {
    const plan = await run("plans", { profile: "quick", seed: 3 });
    expect(PlanSchema.parse(plan).activities.length).toBeGreaterThan(0);
    const latest = await json<{ plan: unknown }>(
      h.request("GET", `/api/scenarios/${scenarioId}/plans/latest`),
    );
    PlanSchema.parse(latest.plan);
    const changes = readFileSync(join(examples, "changes", "india-mcu-osat.cut-tranche.yaml"), "utf8");
    const whatif = WhatIfPlanSchema.parse(await run("whatif", { changes, profile: "quick", seed: 3 }));
    expect(whatif.provenance.scenario.sha256).toBe(PlanSchema.parse(plan).provenance.scenario.sha256);
    const risk = RiskReportSchema.parse(await run("risk", { samples: 20, profile: "quick", seed: 3 }));
    expect(risk.samples).toBe(20);
  }, 300_000);

  it("gap report, partner fit, market and value-chain answers parse with their strict schemas", {
    timeout: 180_000,
  }, async () => {
    const get = async (path: string) => {
      const res = await h.request("GET", path);
      expect(res.status, path).toBe(200);
      return res.json();
    };
    // Every example: the Russian one carries licence decisions, sanctions hits and exposure.
    for (const file of readdirSync(examples).filter((f) => f.endsWith(".yaml"))) {
      const content = readFileSync(join(examples, file), "utf8");
      const id = String((await json(h.request("POST", "/api/scenarios", { content }))).id);
      const doc = ScenarioAnswerSchema.parse(await get(`/api/scenarios/${id}`));
      expect(Object.keys(doc.names?.partner ?? {}), file).toEqual(doc.scenario?.partners.map((p) => p.id));
      const gaps = GapReportSchema.parse(await get(`/api/scenarios/${id}/gaps`));
      expect(gaps.gaps.length, file).toBeGreaterThan(0);
      const fit = PartnerFitReportSchema.parse(await get(`/api/scenarios/${id}/partners?weights=cost=0.3`));
      expect(fit.weights.cost, file).toBe(0.3);
    }
    const market = MarketReportSchema.parse(await get("/api/market?importer=IND"));
    expect(market.years.length).toBeGreaterThan(0);
    expect(z.array(ChainGapRowSchema).parse(await get("/api/chain/gaps?country=IND")).length).toBeGreaterThan(
      0,
    );
    expect(z.array(ChokepointSchema).parse(await get("/api/chain/chokepoints")).length).toBeGreaterThan(0);
  });

  it("refuses an answer with a field its schema lacks, naming the path", async () => {
    const plan = (
      await json<{ plan: Record<string, unknown> }>(
        h.request("GET", `/api/scenarios/${scenarioId}/plans/latest`),
      )
    ).plan;
    const activities = plan.activities as Record<string, unknown>[];
    const drifted = { ...plan, activities: [{ ...activities[0], label: "x" }, ...activities.slice(1)] };
    const result = PlanSchema.safeParse(drifted);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues[0])).toContain("label");
    expect(result.error?.issues[0]?.path).toEqual(["activities", 0]);
  });
});
