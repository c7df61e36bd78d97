import {
  applyChanges,
  expandGrid,
  PROFILE_NAMES,
  parseSweepGrid,
  type Scenario,
  SweepRowSchema,
} from "@chiproad/domain";
import type { SweepRecord } from "@chiproad/db";
import { createRoute, z } from "@hono/zod-openapi";
import { actorOf, scenarioHeadOf } from "../auth/principal.ts";
import type { Api, AppDeps } from "../context.ts";
import { requestError } from "../problem.ts";
import { jobProblem } from "./jobs.ts";
import { sweepVariants } from "../jobs/sweep-jobs.ts";
import { IdParam, jsonBody, jsonResponse, ProblemSchema, problems } from "../schemas.ts";

const CreateSweepSchema = z
  .object({
    /** The grid as YAML/JSON text or as an object (see examples/sweeps/). */
    grid: z.union([z.string().min(1).max(200_000), z.record(z.string(), z.unknown())]),
    samples: z.number().int().min(0).max(10_000).default(200),
    profile: z.enum(PROFILE_NAMES).optional(),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(1),
  })
  .openapi("CreateSweep");

const VariantStateSchema = z.object({
  index: z.number().int(),
  options: z.array(z.object({ dimension: z.string(), option: z.string() })),
  /** The variant's own job: it plans the variant and runs the first range of its risk samples. */
  jobId: z.string(),
  status: z.enum(["queued", "running", "succeeded", "failed", "cancelled"]),
  /** The worker that planned it. */
  worker: z.string().optional(),
  error: ProblemSchema.optional(),
  /** Its jobs: its own and one per further range of samples (counted once it is planned). */
  jobs: z.object({ done: z.number().int(), total: z.number().int() }),
});

const SweepSchema = z
  .object({
    id: z.string(),
    scenarioId: z.string(),
    scenarioVersion: z.number().int(),
    name: z.string().nullable(),
    dimensions: z.array(z.string()),
    samples: z.number().int(),
    profile: z.enum(PROFILE_NAMES).nullable(),
    seed: z.number().int(),
    status: z.enum(["running", "succeeded", "failed", "cancelled"]),
    progress: z.object({ done: z.number().int(), total: z.number().int() }),
    /** The finished variants' rows, in grid order (partial while the sweep runs). */
    rows: z.array(SweepRowSchema),
    variants: z.array(VariantStateSchema),
    createdAt: z.string(),
  })
  .openapi("Sweep");

const SweepSummarySchema = z
  .object({
    id: z.string(),
    scenarioVersion: z.number().int(),
    name: z.string().nullable(),
    dimensions: z.array(z.string()),
    variants: z.number().int(),
    samples: z.number().int(),
    profile: z.enum(PROFILE_NAMES).nullable(),
    seed: z.number().int(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi("SweepSummary");

/** A sweep's stored params (written by the POST below from CreateSweepSchema). */
function sweepParams(params: Record<string, unknown>) {
  return params as { samples: number; profile?: (typeof PROFILE_NAMES)[number]; seed: number };
}

/** What a sweep's list entry and its full view both say about it. */
function described(
  sweep: Pick<SweepRecord, "id" | "scenarioVersion" | "name" | "dimensions" | "params" | "createdAt">,
) {
  const params = sweepParams(sweep.params);
  return {
    id: sweep.id,
    scenarioVersion: sweep.scenarioVersion,
    name: sweep.name,
    dimensions: sweep.dimensions,
    samples: params.samples,
    profile: params.profile ?? null,
    seed: params.seed,
    createdAt: sweep.createdAt,
  };
}

const SweepParam = IdParam.extend({
  sweepId: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: "sweepId", in: "path" } }),
});

/**
 * Sweeps over the job queue: each variant of the grid is a 'sweep' job, and each further range of a
 * variant's risk samples (SAMPLES_PER_JOB) another, so variants and samples spread over the server's
 * runner and every `chiproad worker`; the table is merged from the stored results, in grid order, so
 * it is the same whatever the number of workers.
 */
export function sweepRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps;

  async function view(scenarioId: string, sweepId: string) {
    const sweep = await db.sweeps.get(sweepId);
    if (!sweep || sweep.scenarioId !== scenarioId)
      throw requestError("NOT_FOUND", `sweep "${sweepId}" does not exist`);
    const variants = sweepVariants(await db.sweeps.jobs(sweepId), sweepParams(sweep.params).samples);
    const states = variants.map(({ row: _row, error, ...state }) => ({
      ...state,
      ...(error ? { error: jobProblem(error) } : {}),
    }));
    const done = variants.filter((v) => !["queued", "running"].includes(v.status)).length;
    const status = variants.some((v) => v.status === "cancelled")
      ? "cancelled"
      : variants.some((v) => v.status === "failed")
        ? "failed"
        : done === variants.length
          ? "succeeded"
          : "running";
    return {
      ...described(sweep),
      scenarioId: sweep.scenarioId,
      status: status as "running" | "succeeded" | "failed" | "cancelled",
      progress: { done, total: variants.length },
      rows: variants.flatMap((v) => (v.row ? [v.row] : [])),
      variants: states,
    };
  }

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/scenarios/{id}/sweeps",
      tags: ["jobs"],
      summary:
        "Sweep a grid of what-if changes over the scenario's current version: one job per variant (planned, with its first range of risk samples) and one per further range of samples, spread over every worker",
      request: { params: IdParam, body: jsonBody(CreateSweepSchema) },
      responses: {
        202: jsonResponse(SweepSchema, "the sweep, its variants queued"),
        ...problems(400, 404, 422, 429),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      const record = await db.scenarios.get(id);
      if (!record) throw requestError("NOT_FOUND", `scenario "${id}" does not exist`);
      const text = typeof body.grid === "string" ? body.grid : JSON.stringify(body.grid);
      const grid = parseSweepGrid(text, "grid");
      const variants = expandGrid(grid);
      // Every variant's changes must fit the scenario now, not fail later on a worker.
      const scenario = record.parsed as Scenario;
      for (const v of variants) if (v.changes.length > 0) applyChanges(scenario, { changes: v.changes });
      const params = {
        samples: body.samples,
        seed: body.seed,
        ...(body.profile ? { profile: body.profile } : {}),
      };
      await deps.admitJob?.(c, params);
      const sweep = await db.sweeps.create(
        {
          scenarioId: id,
          scenarioVersion: record.version,
          name: grid.name ?? null,
          dimensions: grid.dimensions.map((d) => d.name),
          params,
          variants: variants.map((v) => ({ options: v.options, changes: v.changes, ...params })),
        },
        actorOf(c),
      );
      deps.runner?.wake();
      c.header("Location", `/api/scenarios/${id}/sweeps/${sweep.id}`);
      return c.json(await view(id, sweep.id), 202);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/scenarios/{id}/sweeps",
      tags: ["jobs"],
      summary: "The scenario's sweeps, newest first (the 50 newest)",
      request: { params: IdParam },
      responses: { 200: jsonResponse(z.array(SweepSummarySchema), "the sweeps"), ...problems(404) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      if (!(scenarioHeadOf(c, id) ?? (await db.scenarios.head(id))))
        throw requestError("NOT_FOUND", `scenario "${id}" does not exist`);
      const list = await db.sweeps.list(id);
      return c.json(
        list.map((s) => ({ ...described(s), variants: s.variants, createdBy: s.createdBy })),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/scenarios/{id}/sweeps/{sweepId}",
      tags: ["jobs"],
      summary: "A sweep's progress and its table so far (rows in grid order)",
      request: { params: SweepParam },
      responses: { 200: jsonResponse(SweepSchema, "the sweep"), ...problems(404) },
    }),
    async (c) => {
      const { id, sweepId } = c.req.valid("param");
      return c.json(await view(id, sweepId), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/scenarios/{id}/sweeps/{sweepId}/cancel",
      tags: ["jobs"],
      summary: "Cancel every queued or running job of the sweep (audited)",
      request: { params: SweepParam },
      responses: { 200: jsonResponse(SweepSchema, "the sweep after cancelling"), ...problems(403, 404) },
    }),
    async (c) => {
      const { id, sweepId } = c.req.valid("param");
      await view(id, sweepId);
      await db.sweeps.cancel(sweepId, actorOf(c));
      return c.json(await view(id, sweepId), 200);
    },
  );
}
