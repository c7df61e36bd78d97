import { ChiproadError } from "@chiproad/data";
import type { Scenario } from "@chiproad/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { actorOf, principalOf } from "../auth/principal.ts";
import type { Api, AppDeps } from "../context.ts";
import { planStaleness } from "../monitoring/stale-plan.ts";
import { requestError } from "../problem.ts";
import { IdParam, jsonBody, jsonResponse, problems } from "../schemas.ts";

export const AlertSchema = z
  .object({
    id: z.string(),
    runId: z.string(),
    kind: z.enum(["added", "removed", "changed"]),
    status: z.enum(["open", "acknowledged"]),
    partySource: z.string().openapi({
      description: "scenario | screened | agreement (partyId <agreement id>/<party id>)",
    }),
    partyId: z.string(),
    partyName: z.string(),
    partyRole: z.string().nullable().openapi({
      description: "partner | domestic for a scenario's firms, agreement for an agreement's party",
    }),
    scenarioId: z.string().nullable().openapi({ description: "the programme the party belongs to" }),
    list: z.string(),
    entityId: z.string(),
    entityName: z.string(),
    matchedName: z.string().openapi({ description: "the listed name or alias that matched" }),
    publicationDate: z.string().nullable(),
    oldDatasetVersion: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "stored entity-list version compared from; null = shipped samples" }),
    newDatasetVersion: z.number().int(),
    oldListVersion: z.string().nullable().openapi({ description: "the list's own release, old side" }),
    newListVersion: z.string().nullable(),
    oldScore: z.number().nullable(),
    newScore: z.number().nullable(),
    threshold: z.number(),
    createdAt: z.string(),
    acknowledgedBy: z.string().nullable(),
    acknowledgedAt: z.string().nullable(),
    note: z.string().nullable(),
  })
  .openapi("Alert");

const StalenessSchema = z
  .object({
    jobId: z.string(),
    planCreatedAt: z.string(),
    stale: z
      .object({
        code: z.literal("plan.stale.sanctions"),
        reason: z.string(),
        listVersion: z.number().int(),
        alerts: z.array(
          AlertSchema.pick({
            id: true,
            kind: true,
            partyName: true,
            partyRole: true,
            list: true,
            matchedName: true,
          }),
        ),
      })
      .nullable(),
  })
  .openapi("PlanStaleness");

export function alertRoutes(app: Api, { db }: AppDeps): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/alerts",
      tags: ["screening"],
      summary: "Alerts raised by re-screening every known party on a new entity-list version, newest first",
      request: {
        query: z.object({
          scenario: z.string().min(1).max(200).optional(),
          status: z.enum(["open", "acknowledged"]).optional(),
          limit: z.coerce.number().int().min(1).max(5000).optional(),
        }),
      },
      responses: { 200: jsonResponse(z.array(AlertSchema), "alerts"), ...problems(400, 404) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      // Restricted programmes stay invisible to non-members: their alerts name the programme's parties.
      const p = principalOf(c);
      const hidden = p.accountRole === "admin" ? new Set<string>() : await db.programmes.hiddenFrom(p.userId);
      if (q.scenario !== undefined && (hidden.has(q.scenario) || !(await db.scenarios.versions(q.scenario))))
        throw requestError(
          "NOT_FOUND",
          `scenario "${q.scenario}" does not exist; list them with GET /api/scenarios`,
        );
      const list = await db.alerts.list({
        ...(q.scenario !== undefined ? { scenarioId: q.scenario } : {}),
        ...(q.status !== undefined ? { status: q.status } : {}),
        ...(q.limit !== undefined ? { limit: q.limit } : {}),
      });
      return c.json(
        list.filter((a) => a.scenarioId === null || !hidden.has(a.scenarioId)),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/alerts/{id}/acknowledge",
      tags: ["screening"],
      summary: "Acknowledge an open alert with a note (compliance officer; audited; twice → 409)",
      request: {
        params: IdParam,
        body: jsonBody(
          z.object({ note: z.string().trim().max(2000).optional() }).openapi("AcknowledgeAlertRequest"),
          "what the officer checked",
        ),
      },
      responses: {
        200: jsonResponse(AlertSchema, "the acknowledged alert"),
        ...problems(400, 404, 409),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { note } = c.req.valid("json");
      try {
        return c.json(await db.alerts.acknowledge(id, note ? note : null, actorOf(c)), 200);
      } catch (error) {
        if (error instanceof ChiproadError && error.code === "CONFLICT")
          throw requestError("CONFLICT", `${error.message}; list open ones with GET /api/alerts?status=open`);
        throw error;
      }
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/scenarios/{id}/plans/latest/staleness",
      tags: ["jobs"],
      summary:
        "Whether the latest plan is stale: re-screening changed a party's lawfulness after it was made",
      request: { params: IdParam },
      responses: {
        200: jsonResponse(StalenessSchema, "stale is null when the plan is current"),
        ...problems(404),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const plan = await db.plans.latest(id, "plan");
      if (!plan)
        throw requestError(
          "NOT_FOUND",
          `scenario "${id}" has no finished plan; POST /api/scenarios/${id}/plans`,
        );
      const scenario = (await db.scenarios.get(id))?.parsed as Scenario | undefined;
      return c.json(
        { jobId: plan.jobId, planCreatedAt: plan.createdAt, stale: await planStaleness(db, plan, scenario) },
        200,
      );
    },
  );
}
