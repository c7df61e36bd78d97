import type { Actor } from "@chiproad/db";
import type { Context } from "hono";
import { ProblemError } from "../problem.ts";
import type { Role } from "./roles.ts";

/** Who a request is from, as established by the gate from a session cookie or a bearer token. */
export interface Principal {
  userId: string;
  username: string;
  role: Role;
  via: "session" | "token";
  /** Digest of the session id (via "session"). */
  sessionHash?: string;
  sessionExpiresAt?: Date;
  /** The token's id (via "token"). */
  tokenId?: string;
}

export function principalOf(c: Context): Principal {
  const p = c.get("principal") as Principal | undefined;
  if (!p)
    throw new ProblemError("UNAUTHENTICATED", "sign in first: POST /api/auth/login, or send a bearer token");
  return p;
}

/** The audit actor of a request: always the authenticated user's id, never a client-supplied name. */
export function actorOf(c: Context): Actor {
  const p = principalOf(c);
  return { user: p.userId, role: p.role };
}
