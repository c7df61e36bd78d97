import { type Plan, type Scenario, VarianceSchema, varianceOf } from "@chiproad/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { actorOf } from "../auth/principal.ts";
import type { Api, AppDeps } from "../context.ts";
import { requestError } from "../problem.ts";
import { IdParam, jsonBody, jsonResponse, problems } from "../schemas.ts";

const BaselineSchema = z
  .object({
    id: z.string(),
    scenarioId: z.string(),
    name: z.string(),
    jobId: z.string().openapi({ description: "the plan job whose result is the baseline" }),
    scenarioVersion: z.number().int(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi("Baseline");

const SaveBaselineSchema = z
  .object({
    name: z.string().trim().min(1).max(80).openapi({ example: "Approved 2026-03" }),
    jobId: z.string().min(1).max(200),
  })
  .openapi("SaveBaseline");

const BaselineVarianceSchema = z
  .object({
    baseline: BaselineSchema,
    forecast: z.object({ jobId: z.string(), scenarioVersion: z.number().int(), createdAt: z.string() }),
    variance: VarianceSchema,
  })
  .openapi("BaselineVariance");

const NameParam = IdParam.extend({
  name: z
    .string()
    .min(1)
    .max(80)
    .openapi({ param: { name: "name", in: "path" } }),
});

/**
 * Execution baselines: a finished plan saved under a name; the forecast (the programme's latest
 * plan, re-planned from the scenario's actuals when it has them) against it.
 */
export function baselineRoutes(app: Api, { db }: AppDeps): void {
  async function scenarioExists(id: string) {
    if (!(await db.scenarios.get(id))) throw requestError("NOT_FOUND", `scenario "${id}" does not exist`);
  }

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/scenarios/{id}/baselines",
      tags: ["tracking"],
      summary: "The programme's baselines, oldest first",
      request: { params: IdParam },
      responses: { 200: jsonResponse(z.array(BaselineSchema), "baselines"), ...problems(404) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await scenarioExists(id);
      return c.json(await db.baselines.list(id), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/scenarios/{id}/baselines",
      tags: ["tracking"],
      summary: "Save a finished plan of the programme as a named baseline (audited)",
      request: { params: IdParam, body: jsonBody(SaveBaselineSchema) },
      responses: { 201: jsonResponse(BaselineSchema, "the baseline"), ...problems(400, 404, 409, 422) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { name, jobId } = c.req.valid("json");
      await scenarioExists(id);
      return c.json(await db.baselines.save(id, name, jobId, actorOf(c)), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/scenarios/{id}/baselines/{name}/variance",
      tags: ["tracking"],
      summary:
        "The latest plan (the forecast) against the baseline: slip per activity and milestone, cost variance, the new critical path",
      request: { params: NameParam },
      responses: {
        200: jsonResponse(BaselineVarianceSchema, "forecast against the baseline"),
        ...problems(404, 409),
      },
    }),
    async (c) => {
      const { id, name } = c.req.valid("param");
      await scenarioExists(id);
      const saved = await db.baselines.get(id, name);
      if (!saved) throw requestError("NOT_FOUND", `this programme has no baseline named "${name}"`);
      const latest = await db.plans.latest(id, "plan");
      if (!latest) throw requestError("CONFLICT", `scenario "${id}" has no finished plan; run a plan first`);
      const record = await db.scenarios.getVersion(id, latest.scenarioVersion);
      if (!record)
        throw requestError("NOT_FOUND", `scenario "${id}" has no version ${latest.scenarioVersion}`);
      const variance = varianceOf(saved.plan as Plan, latest.result as Plan, record.parsed as Scenario);
      return c.json(
        {
          baseline: saved.baseline,
          forecast: {
            jobId: latest.jobId,
            scenarioVersion: latest.scenarioVersion,
            createdAt: latest.createdAt,
          },
          variance: variance as z.infer<typeof VarianceSchema>,
        },
        200,
      );
    },
  );
}
