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
import type { Context } from "hono";
import { scenarioHeadOf } from "../auth/principal.ts";
import { codeFingerprint } from "../code-fingerprint.ts";
import type { Api, AppDeps } from "../context.ts";
import { requestError } from "../problem.ts";
import { IdParam, jsonResponse, problems } from "../schemas.ts";
import { jsonText, reportCache } from "./report-cache.ts";

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

/**
 * Capability gaps and partner fit of a stored scenario: computed once per input — scenario version,
 * dataset versions, weights and the code's fingerprint — then served from this process's memory or,
 * in another process or after a restart, from the `reports` table.
 */
export function analysisRoutes(app: Api, { db, reference }: AppDeps): void {
  // Reports are kept serialized (they are large, and identical for the same input), in memory and
  // in storage, where another server process or a restart finds them.
  const cached = reportCache(CACHE_LIMIT);
  const memo = (key: string, scenarioId: string, kind: string, compute: () => Promise<unknown>) =>
    cached(key, async () => {
      const stored = await db.reports.get(key);
      if (stored !== undefined) return stored;
      const body = JSON.stringify(await compute());
      await db.reports.put(key, scenarioId, kind, body);
      return body;
    });

  /** The report's key; the scenario itself is read only when the report must be computed. */
  async function load(c: Context, id: string) {
    const version = (scenarioHeadOf(c, id) ?? (await db.scenarios.head(id)))?.version;
    if (version === undefined) throw requestError("NOT_FOUND", `scenario "${id}" does not exist`);
    const bundle = await reference.bundle();
    // Dataset versions and the code are part of the key: an import or an upgrade changes the answers.
    const key = `${id}@${version}|t${bundle.tradeVersion}|e${bundle.entitiesVersion}|c${await codeFingerprint()}`;
    const scenario = async () => {
      const record = await db.scenarios.getVersion(id, version);
      if (!record) throw requestError("NOT_FOUND", `scenario "${id}" version ${version} does not exist`);
      return record.parsed as Scenario;
    };
    return { id, key, scenario };
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
      const { id, key, scenario } = await load(c, c.req.valid("param").id);
      const body = await memo(`gaps|${key}`, id, "gaps", async () => {
        const s = await scenario();
        return analyzeGaps(s, await reference.forScenario(s.program.country));
      });
      return jsonText(c, body);
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
      const { id, key, scenario } = await load(c, c.req.valid("param").id);
      const weights = parseWeights(c.req.valid("query").weights);
      const wkey = JSON.stringify(Object.entries(weights).sort());
      const body = await memo(`fit|${key}|${wkey}`, id, "partners", async () => {
        const s = await scenario();
        return partnerFit(s, await reference.forScenario(s.program.country), { weights });
      });
      return jsonText(c, body);
    },
  );
}
