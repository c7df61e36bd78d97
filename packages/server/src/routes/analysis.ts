import {
  analyzeGaps,
  CRITERIA,
  type Criterion,
  GapReportSchema,
  PartnerFitReportSchema,
  parseWeightList,
  partnerFit,
  type Scenario,
  WEIGHT_LIST_EXAMPLE,
} from "@chiproad/domain";
import { createRoute, z } from "@hono/zod-openapi";
import type { Api, AppDeps } from "../context.ts";
import { requestError } from "../problem.ts";
import { IdParam, jsonResponse, problems } from "../schemas.ts";

/** `?weights=` in the domain's one weight syntax (`criterion=value,…`); a bad pair is BAD_INPUT naming it. */
export function parseWeights(raw: string | undefined): Partial<Record<Criterion, number>> {
  const result = parseWeightList(raw);
  if (!result.ok) {
    throw requestError("BAD_INPUT", `weights: ${result.message}`, {
      errors: [{ path: "query.weights", message: result.message }],
    });
  }
  return result.weights;
}

const CACHE_LIMIT = 200;

/** Capability gaps and partner fit of a stored scenario (computed in the request; cached per input). */
export function analysisRoutes(app: Api, { db, reference }: AppDeps): void {
  // Reports are cached serialized (they are large, and identical for the same scenario version, weights
  // and dataset versions); concurrent first requests share one computation.
  const cache = new Map<string, Promise<string>>();
  function memo(key: string, compute: () => Promise<unknown>): Promise<string> {
    let hit = cache.get(key);
    if (!hit) {
      hit = compute().then((value) => JSON.stringify(value));
      hit.catch(() => cache.delete(key));
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
      cache.set(key, hit);
    }
    return hit;
  }
  // The body is pre-serialized JSON of the documented schema; `as never` only bypasses the typed-JSON helper.
  // A fresh headers object each time: @hono/node-server writes Content-Length into the one it is given.
  const jsonText = (body: string) =>
    new Response(body, { status: 200, headers: { "content-type": "application/json" } }) as never;

  async function load(id: string) {
    const record = await db.scenarios.get(id);
    if (!record) throw requestError("NOT_FOUND", `scenario "${id}" does not exist`);
    const bundle = await reference.bundle();
    const scenario = record.parsed as Scenario;
    // Dataset versions are part of the key: an import changes the answers.
    const key = `${id}@${record.version}|t${bundle.tradeVersion}|e${bundle.entitiesVersion}`;
    return { scenario, key, ref: () => reference.forScenario(scenario.program.country) };
  }

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/scenarios/{id}/gaps",
      tags: ["analysis"],
      summary: "Capability gaps of the scenario's targets against the domestic base (GapReport)",
      request: { params: IdParam },
      responses: { 200: jsonResponse(GapReportSchema, "GapReport"), ...problems(404, 422) },
    }),
    async (c) => {
      const { scenario, key, ref } = await load(c.req.valid("param").id);
      const body = await memo(`gaps|${key}`, async () => analyzeGaps(scenario, await ref()));
      return jsonText(body);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/scenarios/{id}/partners",
      tags: ["analysis"],
      summary: "Partner × collaboration-model fit per gap, lawful options ranked (PartnerFitReport)",
      request: {
        params: IdParam,
        query: z.object({
          weights: z
            .string()
            .max(500)
            .optional()
            .openapi({
              description: `criterion=weight pairs, e.g. ${WEIGHT_LIST_EXAMPLE} (${CRITERIA.join(", ")})`,
            }),
        }),
      },
      responses: {
        200: jsonResponse(PartnerFitReportSchema, "PartnerFitReport"),
        ...problems(400, 404, 422),
      },
    }),
    async (c) => {
      const { scenario, key, ref } = await load(c.req.valid("param").id);
      const weights = parseWeights(c.req.valid("query").weights);
      const wkey = JSON.stringify(Object.entries(weights).sort());
      const body = await memo(`fit|${key}|${wkey}`, async () =>
        partnerFit(scenario, await ref(), { weights }),
      );
      return jsonText(body);
    },
  );
}
