import type { ScreeningQuery, ScreeningResult } from "@chiproad/data";
import { explainMatch, ScreeningMatchSchema } from "@chiproad/domain";
import { createRoute, z } from "@hono/zod-openapi";
import { actorOf } from "../auth/principal.ts";
import type { Api, AppDeps } from "../context.ts";
import { jsonBody, jsonResponse, problems } from "../schemas.ts";

const QuerySchema = z
  .object({
    name: z.string().trim().min(1, "name is empty: give the party's name").max(300),
    country: z
      .string()
      .regex(/^[A-Za-z]{2,3}$/, "ISO alpha-2 or alpha-3")
      .optional(),
    aliases: z.array(z.string().min(1).max(300)).max(50).optional(),
    birthDate: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "YYYY, YYYY-MM or YYYY-MM-DD")
      .optional(),
    identifiers: z.array(z.string().min(1).max(100)).max(50).optional(),
  })
  .openapi("ScreeningQuery");

const ResultSchema = z
  .object({ query: QuerySchema, matches: z.array(ScreeningMatchSchema) })
  .openapi("ScreeningResult");

const Body = z.union([QuerySchema, z.object({ queries: z.array(QuerySchema).min(1).max(1000) })]);

export function screenRoutes(app: Api, { db, reference }: AppDeps): void {
  app.openapi(
    createRoute({
      method: "post",
      path: "/api/screen",
      tags: ["screening"],
      summary: "Screen one party or a batch against the current restricted-party lists (results are kept)",
      request: {
        body: jsonBody(Body, "one query, or { queries: [...] }"),
        query: z.object({ threshold: z.coerce.number().min(0).max(1).optional() }),
      },
      responses: {
        200: jsonResponse(z.union([ResultSchema, z.object({ results: z.array(ResultSchema) })]), "matches"),
        ...problems(400, 403, 413),
      },
    }),
    async (c) => {
      const body = c.req.valid("json");
      const { threshold } = c.req.valid("query");
      const bundle = await reference.bundle();
      const queries = "queries" in body ? body.queries : [body];
      const actor = actorOf(c);
      const results: ScreeningResult[] = queries.map((raw) => {
        const query = Object.fromEntries(
          Object.entries(raw).filter(([, v]) => v !== undefined),
        ) as unknown as ScreeningQuery;
        return bundle.screening.screen(query, threshold !== undefined ? { threshold } : {});
      });
      // Kept so a partner decision can later show what the lists said at the time; the whole batch in
      // one transaction (all results or none). Not logged.
      await db.screenings.recordMany(
        results.map((r) => ({ query: r.query, matches: r.matches, entitiesVersion: bundle.entitiesVersion })),
        actor,
      );
      const out = (r: ScreeningResult) => ({
        query: r.query as z.infer<typeof QuerySchema>,
        matches: r.matches.map(explainMatch),
      });
      return c.json("queries" in body ? { results: results.map(out) } : out(results[0]!), 200);
    },
  );
}
