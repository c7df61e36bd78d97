import { ERROR_TABLE, isErrorCode } from "@chiproad/data";
import { createRoute, z } from "@hono/zod-openapi";
import type { JobKind, JobRecord } from "@chiproad/db";
import { PlanSchema, parseChangeSet } from "@chiproad/domain";
import { streamSSE } from "hono/streaming";
import { actorOf, effectiveRole, latestPlanOf, principalOf } from "../auth/principal.ts";
import { atLeast } from "../auth/roles.ts";
import type { Api, AppDeps } from "../context.ts";
import { changeSetText } from "../jobs/compute.ts";
import { PlanParams, RiskParams, WhatIfParams } from "../jobs/requests.ts";
import { type Problem, problem, requestError } from "../problem.ts";
import { IdParam, JobAcceptedSchema, JobSchema, jsonBody, jsonResponse, problems } from "../schemas.ts";
import { jsonText, reportCache } from "./report-cache.ts";

/** GET /api/scenarios/{id}/plans/latest. */
const LatestPlanSchema = z.object({
  jobId: z.string(),
  scenarioVersion: z.number().int(),
  status: z.string().nullable(),
  createdAt: z.string(),
  plan: PlanSchema,
});
type LatestPlan = z.infer<typeof LatestPlanSchema>;

const TERMINAL = new Set(["succeeded", "failed", "cancelled"]);
const SSE_POLL_MS = 250;

type JobView = z.infer<typeof JobSchema>;

async function view(deps: AppDeps, job: JobRecord): Promise<JobView> {
  const result = job.status === "succeeded" ? await deps.db.plans.byJob(job.id) : undefined;
  // Stored answers were built by the domain, whose types fit the contract (domain/src/contract/check.ts).
  return { ...summary(job), ...(result ? { result: result.result as JobView["result"] } : {}) };
}

function summary(job: JobRecord): JobView {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    progress: job.progress,
    scenarioId: job.scenarioId,
    scenarioVersion: job.scenarioVersion,
    attempts: job.attempts,
    priority: job.priority,
    createdAt: job.createdAt,
    ...(job.worker !== null ? { worker: job.worker } : {}),
    ...(job.message !== null ? { message: job.message } : {}),
    ...(job.error ? { error: jobProblem(job.error) } : {}),
    ...(job.startedAt ? { startedAt: job.startedAt } : {}),
    ...(job.finishedAt ? { finishedAt: job.finishedAt } : {}),
  };
}

/**
 * A failed job's error as a problem document, like every other error the API returns. Codes
 * outside the closed list and internal errors keep their text in the server log only.
 */
export function jobProblem(error: { code: string; message: string }): Problem {
  if (isErrorCode(error.code) && ERROR_TABLE[error.code].user) return problem(error.code, error.message);
  return problem("INTERNAL", "the job failed with an internal error; the server log has the details");
}

/** Only the job's owner, or a manager of the job's programme (or an admin), may cancel it. */
function assertMayCancel(c: Parameters<typeof principalOf>[0], job: JobRecord | undefined): void {
  const p = principalOf(c);
  if (job && job.createdBy !== p.userId && !atLeast(effectiveRole(c), "manager")) {
    throw requestError("FORBIDDEN", "only the job's owner or a programme manager may cancel it");
  }
}

export function jobRoutes(app: Api, deps: AppDeps): void {
  const { db } = deps;
  const latestPlans = reportCache(100);

  async function enqueue(
    c: Parameters<Parameters<Api["openapi"]>[1]>[0],
    scenarioId: string,
    kind: JobKind,
    params: Record<string, unknown>,
  ) {
    const scenario = await db.scenarios.get(scenarioId);
    if (!scenario) throw requestError("NOT_FOUND", `scenario "${scenarioId}" does not exist`);
    await deps.admitJob?.(c, params);
    const job = await db.jobs.enqueue(
      { kind, scenarioId, scenarioVersion: scenario.version, params },
      actorOf(c),
    );
    deps.runner?.wake();
    c.header("Location", `/api/jobs/${job.id}`);
    return { jobId: job.id, status: job.status };
  }

  const accepted = {
    202: jsonResponse(JobAcceptedSchema, "job queued; poll GET /api/jobs/{jobId} or its events"),
  };

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/scenarios/{id}/plans",
      tags: ["jobs"],
      summary: "Plan the roadmap of the scenario's current version (a job)",
      request: { params: IdParam, body: jsonBody(PlanParams) },
      responses: { ...accepted, ...problems(400, 403, 404, 413) },
    }),
    async (c) => {
      const body = c.req.valid("json");
      return c.json(await enqueue(c, c.req.valid("param").id, "plan", body), 202);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/scenarios/{id}/whatif",
      tags: ["jobs"],
      summary: "Re-plan with a change set (YAML text or object) and diff against the baseline (a job)",
      request: { params: IdParam, body: jsonBody(WhatIfParams) },
      responses: { ...accepted, ...problems(400, 403, 404, 413, 422) },
    }),
    async (c) => {
      const body = c.req.valid("json");
      // Parsed at the boundary so a broken change set is a 422 with positions, not a failed job.
      parseChangeSet(changeSetText(body.changes), "changes");
      return c.json(await enqueue(c, c.req.valid("param").id, "whatif", body), 202);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/scenarios/{id}/risk",
      tags: ["jobs"],
      summary: "Monte Carlo schedule risk (a job)",
      request: { params: IdParam, body: jsonBody(RiskParams) },
      responses: { ...accepted, ...problems(400, 403, 404, 413) },
    }),
    async (c) => {
      const body = c.req.valid("json");
      return c.json(await enqueue(c, c.req.valid("param").id, "risk", body), 202);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/scenarios/{id}/jobs",
      tags: ["jobs"],
      summary: "Jobs of a scenario, newest first (without results)",
      request: { params: IdParam },
      responses: { 200: jsonResponse(z.array(JobSchema), "jobs"), ...problems(404) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      if (!(await db.scenarios.get(id))) throw requestError("NOT_FOUND", `scenario "${id}" does not exist`);
      const jobs = await db.jobs.list({ scenarioId: id, limit: 50 });
      return c.json(jobs.map(summary), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/scenarios/{id}/plans/latest",
      tags: ["jobs"],
      summary: "The latest succeeded plan of the scenario",
      request: { params: IdParam },
      responses: {
        200: jsonResponse(LatestPlanSchema, "the plan"),
        ...problems(404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const known = latestPlanOf(c, id);
      const planId = known === undefined ? await db.plans.latestId(id, "plan") : known;
      if (!planId)
        throw requestError(
          "NOT_FOUND",
          `scenario "${id}" has no finished plan; POST /api/scenarios/${id}/plans`,
        );
      // A stored plan never changes: its answer is serialized once per plan id.
      const body = await latestPlans(planId, async () => {
        const plan = await db.plans.byId(planId);
        if (!plan) throw new Error(`plan ${planId} vanished`);
        const answer: LatestPlan = {
          jobId: plan.jobId,
          scenarioVersion: plan.scenarioVersion,
          status: plan.status,
          createdAt: plan.createdAt,
          plan: plan.result as LatestPlan["plan"],
        };
        return JSON.stringify(answer);
      });
      return jsonText(c, body);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/jobs/{id}",
      tags: ["jobs"],
      summary: "Job status, progress and (when succeeded) result",
      request: { params: IdParam },
      responses: { 200: jsonResponse(JobSchema, "the job"), ...problems(404) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const job = await db.jobs.get(id);
      if (!job) throw requestError("NOT_FOUND", `job "${id}" does not exist`);
      return c.json(await view(deps, job), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/jobs/{id}/cancel",
      tags: ["jobs"],
      summary: "Cancel a queued or running job (finished jobs are returned unchanged)",
      request: { params: IdParam },
      responses: { 200: jsonResponse(JobSchema, "the job after cancelling"), ...problems(403, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      assertMayCancel(c, await db.jobs.get(id));
      const job = await db.jobs.cancel(id, actorOf(c));
      deps.runner?.abortIfRunning(id);
      return c.json(await view(deps, job), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/jobs/{id}/events",
      tags: ["jobs"],
      summary: "Server-Sent Events: `progress` while the job runs, then one `done` with the final job",
      request: { params: IdParam },
      responses: {
        200: { description: "text/event-stream", content: { "text/event-stream": { schema: z.string() } } },
        ...problems(404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const first = await db.jobs.get(id);
      if (!first) throw requestError("NOT_FOUND", `job "${id}" does not exist`);
      return streamSSE(c, async (stream) => {
        let last = "";
        let eventId = 0;
        let job: JobRecord | undefined = first;
        while (job && !stream.aborted) {
          const snapshot = JSON.stringify({
            status: job.status,
            progress: job.progress,
            message: job.message,
          });
          if (TERMINAL.has(job.status)) {
            await stream.writeSSE({
              event: "done",
              id: String(eventId++),
              data: JSON.stringify(await view(deps, job)),
            });
            return;
          }
          if (snapshot !== last) {
            last = snapshot;
            await stream.writeSSE({ event: "progress", id: String(eventId++), data: snapshot });
          }
          await stream.sleep(SSE_POLL_MS);
          job = await db.jobs.get(id);
        }
      });
    },
  );
}
