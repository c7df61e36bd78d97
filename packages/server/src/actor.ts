import type { Actor } from "@chiproad/db";
import type { Context, MiddlewareHandler } from "hono";
import { ProblemError } from "./problem.ts";

/**
 * Light role check. Real authentication is OUT OF SCOPE: the user and role come from the
 * X-Chiproad-User and X-Chiproad-Role headers, which any client can set. Put chiproad behind an
 * authenticating proxy that sets them before exposing it beyond a trusted network.
 */
export const ROLES = ["viewer", "planner", "admin"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { viewer: 0, planner: 1, admin: 2 };

export function actorOf(c: Context): Actor & { role: Role } {
  const user = c.req.header("x-chiproad-user")?.trim().slice(0, 120) || "anonymous";
  const raw = c.req.header("x-chiproad-role")?.trim().toLowerCase() || "planner";
  if (!(ROLES as readonly string[]).includes(raw)) {
    throw new ProblemError("BAD_INPUT", `X-Chiproad-Role "${raw}" is not one of ${ROLES.join(", ")}`, {
      errors: [{ path: "header:X-Chiproad-Role", message: `use one of ${ROLES.join(", ")}` }],
    });
  }
  return { user, role: raw as Role };
}

/** Rejects the request unless the caller's role is at least `min` (viewer < planner < admin). */
export function requireRole(min: Role): MiddlewareHandler {
  return async (c, next) => {
    const actor = actorOf(c);
    if (RANK[actor.role] < RANK[min]) {
      // 403 is outside the closed code list; the caller must change its role header, so BAD_INPUT.
      throw new ProblemError(
        "BAD_INPUT",
        `role "${actor.role}" may not do this; it needs role "${min}" or higher`,
        {
          status: 403,
          errors: [{ path: "header:X-Chiproad-Role", message: `send X-Chiproad-Role: ${min}` }],
        },
      );
    }
    await next();
  };
}
