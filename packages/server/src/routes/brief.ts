import { briefInputOf, LANGS, type Plan, type RiskReport, type Scenario } from "@chiproad/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { renderBrief } from "@chiproad/print";
import type { Api, AppDeps } from "../context.ts";
import { scenarioHeadOf } from "../auth/principal.ts";
import { codeFingerprint } from "../code-fingerprint.ts";
import { requestError } from "../problem.ts";
import { KeptBody, keptResponse, onceEach } from "./report-cache.ts";
import { IdParam, problems } from "../schemas.ts";

/**
 * The decision brief of a programme: its latest plan (with the risk analysis of the same scenario
 * version, when one ran), for the scenario version that plan was computed for, in en, ru or zh,
 * as PDF (fonts embedded) or HTML.
 */
/** Briefs kept (a PDF is about 40–300 KB). */
const BRIEFS_KEPT = 50;

export function briefRoutes(app: Api, { db, reference }: AppDeps): void {
  // A brief is rendered once per input and language: a PDF costs a browser start (print's htmlToPdf).
  // Sent gzip-compressed to clients that accept it: a PDF brief shrinks by about a quarter (its fonts
  // are compressed already, its tagged structure is not); HTML text shrinks much more.
  const briefs = onceEach<{ body: KeptBody<Uint8Array<ArrayBuffer>>; version: number }>(BRIEFS_KEPT);
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
      if (!(scenarioHeadOf(c, id) ?? (await db.scenarios.head(id))))
        throw requestError("NOT_FOUND", `scenario "${id}" does not exist`);
      // The newest plan and risk run by id only: a brief already made is sent without reading either.
      const planId = await db.plans.latestId(id, "plan");
      if (!planId)
        throw requestError(
          "CONFLICT",
          `scenario "${id}" has no finished plan to brief on: run a plan first (POST /api/scenarios/${id}/plans, or Plan on the Roadmap page)`,
        );
      const riskId = await db.plans.latestId(id, "risk");
      const bundle = await reference.bundle();
      // Everything the brief is made of: the plan and risk records (each fixes its scenario version),
      // the dataset versions, the code; a new plan, risk run, import or upgrade makes a new brief.
      const key = [
        id,
        planId,
        riskId ?? "-",
        lang,
        format,
        `t${bundle.tradeVersion}`,
        `e${bundle.entitiesVersion}`,
        await codeFingerprint(),
      ].join("|");
      const { body, version } = await briefs(key, async () => {
        const planRecord = await db.plans.byId(planId);
        if (!planRecord) throw requestError("NOT_FOUND", `plan "${planId}" no longer exists`);
        const riskRecord = riskId ? await db.plans.byId(riskId) : undefined;
        // The risk analysis only of the same scenario version as the plan.
        const risk =
          riskRecord && riskRecord.scenarioVersion === planRecord.scenarioVersion
            ? (riskRecord.result as RiskReport)
            : undefined;
        const record = await db.scenarios.getVersion(id, planRecord.scenarioVersion);
        if (!record)
          throw requestError("NOT_FOUND", `scenario "${id}" has no version ${planRecord.scenarioVersion}`);
        const scenario = record.parsed as Scenario;
        const ref = await reference.forScenario(scenario.program.country);
        const input = briefInputOf(
          scenario,
          ref,
          planRecord.result as Plan,
          risk,
          planRecord.createdAt.slice(0, 10),
        );
        const printed = await renderBrief(input, lang, format);
        return { body: new KeptBody(new Uint8Array(printed)), version: planRecord.scenarioVersion };
      });
      const name = `brief-${id}-v${version}-${lang}.${format}`;
      return keptResponse(c, body, {
        "content-type": format === "pdf" ? "application/pdf" : "text/html; charset=utf-8",
        "content-disposition": `attachment; filename="${name}"`,
      });
    },
  );
}
