import { chainGaps, chokepoints, marketReport } from "@chiproad/data";
import { ChainGapRowSchema, ChokepointSchema, MarketReportSchema } from "@chiproad/domain";
import { createRoute, z } from "@hono/zod-openapi";
import type { Api, AppDeps } from "../context.ts";
import { jsonResponse, problems } from "../schemas.ts";
import { jsonText, reportCache } from "./report-cache.ts";

const Iso3 = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{3}$/, "an ISO 3166-1 alpha-3 code such as RUS"));
const Year = z.coerce.number().int().min(1900).max(2100);
const CountryList = z
  .string()
  .transform((s) =>
    s
      .split(",")
      .map((x) => x.trim().toUpperCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.string().regex(/^[A-Z]{3}$/, "ISO alpha-3 codes separated by commas")));

/** Import-market monitor (HS 8541/8542) and value-chain gaps/chokepoints from the current datasets. */
export function marketRoutes(app: Api, { reference }: AppDeps): void {
  // Each answer depends only on its query and the dataset version in use (the value chain is the
  // shipped sample, fixed for the process), so it is computed once per pair.
  const cached = reportCache(200);
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/market",
      tags: ["market"],
      summary: "Import dependence of a country for an HS code: supplier shares, HHI, growth (MarketReport)",
      request: {
        query: z.object({
          importer: Iso3,
          hs: z
            .string()
            .regex(/^\d{2,6}$/, "2 to 6 digits such as 8542")
            .optional(),
          from: Year.optional(),
          to: Year.optional(),
          group: CountryList.optional().openapi({ description: "partner group, e.g. CHN,IND,MYS" }),
        }),
      },
      responses: { 200: jsonResponse(MarketReportSchema, "MarketReport"), ...problems(400, 404, 422) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const bundle = await reference.bundle();
      const key = JSON.stringify(["market", bundle.tradeVersion, q.importer, q.hs, q.from, q.to, q.group]);
      const body = await cached(key, async () => {
        const report = marketReport(await bundle.tradeFlows(), {
          importer: q.importer,
          ...(q.hs !== undefined ? { hs: q.hs } : {}),
          ...(q.from !== undefined ? { from: q.from } : {}),
          ...(q.to !== undefined ? { to: q.to } : {}),
          ...(q.group !== undefined ? { group: q.group } : {}),
        });
        return JSON.stringify(report);
      });
      return jsonText(c, body);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/chain/gaps",
      tags: ["market"],
      summary: "Value-chain inputs a country does not provide (ETO chip-explorer data)",
      request: {
        query: z.object({
          country: Iso3,
          stages: z.string().optional().openapi({ description: "stage ids, e.g. S1,S3" }),
        }),
      },
      responses: { 200: jsonResponse(z.array(ChainGapRowSchema), "GapRow[]"), ...problems(400) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const { chain } = await reference.bundle();
      const stages = q.stages
        ?.split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      const key = JSON.stringify(["gaps", q.country, stages]);
      return jsonText(c, await cached(key, async () => JSON.stringify(chainGaps(chain, q.country, stages))));
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/chain/chokepoints",
      tags: ["market"],
      summary: "Inputs where the top 1–3 countries hold at least `threshold` of supply",
      request: {
        query: z.object({
          top: z.coerce.number().int().min(1).max(3).optional(),
          threshold: z.coerce.number().min(0).max(1).optional(),
        }),
      },
      responses: { 200: jsonResponse(z.array(ChokepointSchema), "Chokepoint[]"), ...problems(400) },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const { chain } = await reference.bundle();
      const key = JSON.stringify(["chokepoints", q.top, q.threshold]);
      const body = await cached(key, async () =>
        JSON.stringify(
          chokepoints(chain, {
            ...(q.top !== undefined ? { topN: q.top as 1 | 2 | 3 } : {}),
            ...(q.threshold !== undefined ? { threshold: q.threshold } : {}),
          }),
        ),
      );
      return jsonText(c, body);
    },
  );
}
