import { z } from "@hono/zod-openapi";
import {
  DisplayNamesSchema,
  PlanSchema,
  RiskReportSchema,
  ScenarioSchema as ParsedScenarioSchema,
  WhatIfPlanSchema,
} from "@chiproad/domain";
import { SweepJobResultSchema } from "./jobs/sweep-jobs.ts";
import { ERROR_CODES } from "./problem.ts";

/** Shared request/response schemas of the HTTP API (the contract the web UI codes against). */

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(ERROR_CODES),
    detail: z.string(),
    errors: z
      .array(
        z.object({
          path: z.string(),
          message: z.string(),
          line: z.number().int().optional(),
          column: z.number().int().optional(),
          hint: z.string().optional(),
        }),
      )
      .optional(),
  })
  .openapi("Problem");

/** Problem-details responses, keyed by status, for a route's `responses`. */
export function problems(...statuses: number[]) {
  const out: Record<
    string,
    { description: string; content: { "application/problem+json": { schema: typeof ProblemSchema } } }
  > = {};
  for (const s of statuses) {
    out[String(s)] = {
      description: `problem details (${s})`,
      content: { "application/problem+json": { schema: ProblemSchema } },
    };
  }
  return out;
}

export function jsonBody<T extends z.ZodType>(schema: T, description = "JSON body") {
  return { required: true, description, content: { "application/json": { schema } } };
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } };
}

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: "id", in: "path" } }),
});

export const ScenarioSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    version: z.number().int(),
    country: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("ScenarioSummary");

export const ScenarioSchema = ScenarioSummarySchema.extend({
  content: z.string(),
  format: z.enum(["yaml", "json"]),
  /** The parsed scenario (defaults applied): the domain's scenario schema. */
  scenario: ParsedScenarioSchema.optional(),
  /** Display names of what the scenario names (partners, firms, models, …), for clients to show instead of ids. */
  names: DisplayNamesSchema.optional(),
  createdBy: z.string(),
}).openapi("Scenario");

export const ScenarioIssueSchema = z
  .object({
    path: z.string(),
    line: z.number().int(),
    column: z.number().int(),
    message: z.string(),
    hint: z.string().optional(),
  })
  .openapi("ScenarioIssue");

export const JobStatusSchema = z.enum(["queued", "running", "succeeded", "failed", "cancelled"]);

export const JobSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["plan", "whatif", "risk", "sweep"]),
    status: JobStatusSchema,
    progress: z.number().min(0).max(1),
    message: z.string().optional(),
    /**
     * A succeeded job's answer (by `kind`): a plan, a what-if plan with its diff, a risk report, or a
     * sweep job's part of its variant (the table is GET /api/scenarios/{id}/sweeps/{sweepId}).
     */
    result: z.union([PlanSchema, WhatIfPlanSchema, RiskReportSchema, SweepJobResultSchema]).optional(),
    /** A failed job's error, as a problem document. */
    error: ProblemSchema.optional(),
    scenarioId: z.string(),
    scenarioVersion: z.number().int(),
    attempts: z.number().int(),
    /** Higher runs first (JOB_PRIORITY in @chiproad/db: what a person waits for before sweep variants). */
    priority: z.number().int(),
    /** The process (host:pid:id of a server or a `chiproad worker`) that claimed the last attempt. */
    worker: z.string().optional(),
    createdAt: z.string(),
    startedAt: z.string().optional(),
    finishedAt: z.string().optional(),
  })
  .openapi("Job");

export const JobAcceptedSchema = z
  .object({ jobId: z.string(), status: JobStatusSchema })
  .openapi("JobAccepted");
