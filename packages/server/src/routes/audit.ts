import { createRoute, z } from "@hono/zod-openapi";
import type { Api, AppDeps } from "../context.ts";
import { jsonResponse, problems } from "../schemas.ts";

const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actor: z.string(),
    role: z.string(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    detail: z.record(z.string(), z.unknown()),
  })
  .openapi("AuditEntry");

export function auditRoutes(app: Api, { db }: AppDeps): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/audit",
      tags: ["system"],
      summary: "Audit log, newest first (append-only: the database rejects UPDATE and DELETE)",
      request: { query: z.object({ limit: z.coerce.number().int().min(1).max(1000).optional() }) },
      responses: { 200: jsonResponse(z.array(AuditEntrySchema), "entries"), ...problems(400) },
    }),
    async (c) => {
      const { limit } = c.req.valid("query");
      return c.json(await db.audit.list(limit !== undefined ? { limit } : {}), 200);
    },
  );
}
