import { PROGRAMME_ROLES } from "@chiproad/db";
import { createRoute, z } from "@hono/zod-openapi";
import { actorOf, principalOf } from "../auth/principal.ts";
import type { Api, AppDeps } from "../context.ts";
import { requestError } from "../problem.ts";
import { IdParam, jsonBody, jsonResponse, problems } from "../schemas.ts";

export const ProgrammeRoleSchema = z.enum(PROGRAMME_ROLES).openapi("ProgrammeRole");

const MemberSchema = z
  .object({
    userId: z.string(),
    username: z.string(),
    role: ProgrammeRoleSchema,
    grantedBy: z.string(),
    grantedAt: z.string(),
  })
  .openapi("ProgrammeMember");

const MembersSchema = z
  .object({ restricted: z.boolean(), members: z.array(MemberSchema) })
  .openapi("ProgrammeMembers");

const MemberParams = IdParam.extend({
  userId: z
    .string()
    .min(1)
    .max(200)
    .openapi({
      param: { name: "userId", in: "path", description: "the user's id, or (to add) their username" },
    }),
});

const MemberBody = z.strictObject({ role: ProgrammeRoleSchema }).openapi("SetProgrammeMember");
const RestrictedBody = z.strictObject({ restricted: z.boolean() }).openapi("SetProgrammeRestricted");

/**
 * Per-programme roles: who is a member of a scenario's programme with which role, and whether the
 * programme is restricted to its members. The gate has already checked that the caller is the
 * programme's manager or an admin (operations.ts, scope "scenario").
 */
export function programmeMemberRoutes(app: Api, { db }: AppDeps): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/scenarios/{id}/members",
      tags: ["programme members"],
      summary: "Members of the scenario's programme and whether it is restricted (the programme's manager)",
      request: { params: IdParam },
      responses: { 200: jsonResponse(MembersSchema, "members by username"), ...problems(401, 403, 404) },
    }),
    async (c) => c.json(await db.programmes.members(c.req.valid("param").id), 200),
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/scenarios/{id}/members/{userId}",
      tags: ["programme members"],
      summary:
        "Add a member (by user id or username) or change their role on this programme (viewer, analyst or manager; replaces their global role here)",
      request: { params: MemberParams, body: jsonBody(MemberBody) },
      responses: { 200: jsonResponse(MemberSchema, "the membership"), ...problems(400, 401, 403, 404) },
    }),
    async (c) => {
      const { id, userId } = c.req.valid("param");
      const { role } = c.req.valid("json");
      return c.json(await db.programmes.setMember(id, userId, role, actorOf(c)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/api/scenarios/{id}/members/{userId}",
      tags: ["programme members"],
      summary: "Remove a member (their global role applies again; none on a restricted programme)",
      request: { params: MemberParams },
      responses: { 204: { description: "removed" }, ...problems(401, 403, 404) },
    }),
    async (c) => {
      const { id, userId } = c.req.valid("param");
      await db.programmes.removeMember(id, userId, actorOf(c));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/api/scenarios/{id}/restricted",
      tags: ["programme members"],
      summary:
        "Restrict the programme to its members (others, except admins, get 404 and do not see it listed), or open it again",
      request: { params: IdParam, body: jsonBody(RestrictedBody) },
      responses: {
        200: jsonResponse(MembersSchema, "the programme's members and restriction"),
        ...problems(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const { restricted } = c.req.valid("json");
      const p = principalOf(c);
      if (restricted && p.accountRole !== "admin") {
        const current = await db.programmes.members(id);
        if (!current.members.some((m) => m.userId === p.userId))
          throw requestError(
            "CONFLICT",
            `you are not a member of this programme, so restricting it would lock you out; add yourself first (PUT /api/scenarios/${id}/members/${p.userId})`,
          );
      }
      await db.programmes.setRestricted(id, restricted, actorOf(c));
      return c.json(await db.programmes.members(id), 200);
    },
  );
}
