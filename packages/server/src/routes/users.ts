import { createRoute, z } from "@hono/zod-openapi";
import { hashPassword, passwordProblem } from "../auth/password.ts";
import { actorOf } from "../auth/principal.ts";
import type { Api, AppDeps } from "../context.ts";
import { requestError } from "../problem.ts";
import { IdParam, jsonBody, jsonResponse, problems } from "../schemas.ts";
import { RoleSchema, UserSchema } from "./auth.ts";

const Username = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, "2–64 lower-case letters, digits, '.', '_' or '-'");

const CreateUserBody = z
  .object({ username: Username, password: z.string().min(1).max(1024), role: RoleSchema })
  .openapi("CreateUserRequest");

const UpdateUserBody = z
  .object({
    role: RoleSchema.optional(),
    password: z.string().min(1).max(1024).optional(),
    disabled: z.boolean().optional(),
  })
  .openapi("UpdateUserRequest");

function checkPassword(password: string, username: string, path: string): void {
  const weak = passwordProblem(password, username);
  if (weak)
    throw requestError("BAD_INPUT", `${path}: ${weak}`, {
      status: 422,
      errors: [{ path, message: weak }],
    });
}

/** Account administration (admin only, enforced by the gate's operation table). */
export function userRoutes(app: Api, { db }: AppDeps): void {
  app.openapi(
    createRoute({
      method: "get",
      path: "/api/users",
      tags: ["users"],
      summary: "Accounts (admin)",
      responses: { 200: jsonResponse(z.array(UserSchema), "accounts by username"), ...problems(401, 403) },
    }),
    async (c) => c.json(await db.users.list(), 200),
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/users",
      tags: ["users"],
      summary: "Create an account (admin)",
      request: { body: jsonBody(CreateUserBody) },
      responses: { 201: jsonResponse(UserSchema, "the account"), ...problems(400, 401, 403, 409, 422) },
    }),
    async (c) => {
      const body = c.req.valid("json");
      checkPassword(body.password, body.username, "json.password");
      const user = await db.users.create(
        { username: body.username, role: body.role, passwordHash: await hashPassword(body.password) },
        actorOf(c),
      );
      return c.json(user, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/users/{id}",
      tags: ["users"],
      summary: "Change an account's role, password or disabled flag (admin); its sessions and tokens end",
      request: { params: IdParam, body: jsonBody(UpdateUserBody) },
      responses: { 200: jsonResponse(UserSchema, "the account"), ...problems(400, 401, 403, 404, 409, 422) },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const body = c.req.valid("json");
      const target = await db.users.get(id);
      if (!target)
        throw requestError("NOT_FOUND", `user "${id}" does not exist; list them with GET /api/users`);
      if (body.password !== undefined) checkPassword(body.password, target.username, "json.password");
      const losesAdmin =
        target.role === "admin" &&
        ((body.role !== undefined && body.role !== "admin") || body.disabled === true);
      if (losesAdmin) {
        const admins = (await db.users.list()).filter((u) => u.role === "admin" && !u.disabled);
        if (admins.length <= 1)
          throw requestError("CONFLICT", "this is the last enabled admin; make another admin first");
      }
      const user = await db.users.update(
        id,
        {
          ...(body.role !== undefined ? { role: body.role } : {}),
          ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
          ...(body.password !== undefined ? { passwordHash: await hashPassword(body.password) } : {}),
        },
        actorOf(c),
      );
      return c.json(user, 200);
    },
  );
}
