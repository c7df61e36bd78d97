import { createRoute, z } from "@hono/zod-openapi";
import type { Api, AppDeps } from "../context.ts";
import { readinessProbe } from "../health/readiness-probe.ts";
import { jsonResponse } from "../schemas.ts";

export function healthRoutes(app: Api, { db }: AppDeps): void {
  const ready = readinessProbe(() => db.scenarios.count());
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/health",
      tags: ["system"],
      summary: "Readiness: 200 when the database answers",
      responses: {
        200: jsonResponse(
          z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgres"]) }),
          "ready",
        ),
      },
    }),
    async (c) => {
      await ready();
      return c.json({ status: "ok" as const, database: db.kind }, 200);
    },
  );
}
