import { briefInputOf, LANGS, type Plan, type RiskReport, type Scenario } from "@chiproad/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { renderBrief } from "@chiproad/print";
import type { Api, AppDeps } from "../context.ts";
import { requestError } from "../problem.ts";
import { IdParam, problems } from "../schemas.ts";

/**
 * The decision brief of a programme: its latest plan (with the risk analysis of the same scenario
 * version, when one ran), for the scenario version that plan was computed for, in en, ru or zh,
 * as PDF (fonts embedded) or HTML.
 */
export function briefRoutes(app: Api, { db, reference }: AppDeps): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/scenarios/{id}/brief",
      tags: ["analysis"],
      summary:
        "Decision brief for higher bodies (PDF or HTML, en/ru/zh) from the latest plan and risk analysis",
      request: {
        params: IdParam,
        query: z.object({
          lang: z.enum(LANGS).default("en").openapi({ description: "language of the brief" }),
          format: z.enum(["pdf", "html"]).default("pdf"),
        }),
      },
      responses: {
        200: {
          description: "the brief",
          content: {
            "application/pdf": { schema: z.string().openapi({ format: "binary" }) },
            "text/html": { schema: z.string() },
          },
        },
        ...problems(400, 404, 409),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { lang, format } = c.req.valid("query");
      if (!(await db.scenarios.get(id))) throw requestError("NOT_FOUND", `scenario "${id}" does not exist`);
      const planRecord = await db.plans.latest(id, "plan");
      if (!planRecord)
        throw requestError(
          "CONFLICT",
          `scenario "${id}" has no finished plan to brief on: run a plan first (POST /api/scenarios/${id}/plans, or Plan on the Roadmap page)`,
        );
      const record = await db.scenarios.getVersion(id, planRecord.scenarioVersion);
      if (!record)
        throw requestError("NOT_FOUND", `scenario "${id}" has no version ${planRecord.scenarioVersion}`);
      const scenario = record.parsed as Scenario;
      const riskRecord = await db.plans.latest(id, "risk");
      const risk =
        riskRecord && riskRecord.scenarioVersion === planRecord.scenarioVersion
          ? (riskRecord.result as RiskReport)
          : undefined;
      const ref = await reference.forScenario(scenario.program.country);
      const input = briefInputOf(
        scenario,
        ref,
        planRecord.result as Plan,
        risk,
        planRecord.createdAt.slice(0, 10),
      );
      const body = await renderBrief(input, lang, format);
      const name = `brief-${id}-v${planRecord.scenarioVersion}-${lang}.${format}`;
      return new Response(new Uint8Array(body), {
        status: 200,
        headers: {
          "content-type": format === "pdf" ? "application/pdf" : "text/html; charset=utf-8",
          "content-disposition": `attachment; filename="${name}"`,
        },
      }) as never;
    },
  );
}
