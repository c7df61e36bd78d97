import type { Actor } from "@chiproad/db";
import type { Context } from "hono";
import { requestError } from "../problem.ts";
import type { Role } from "./roles.ts";

/** Who a request is from, as established by the gate from a session cookie or a bearer token. */
export interface Principal {
  userId: string;
  username: string;
  /** The role global operations are checked against (for a token: the lower of its role and the account's). */
  role: Role;
  /** The account's own global role. */
  accountRole: Role;
  /** A bearer token's role, which caps every role the request has (global and per programme). */
  tokenRole?: Role;
  /** "proxy": named by a trusted authenticating reverse proxy (CHIPROAD_TRUSTED_PROXY_SECRET). */
  via: "session" | "token" | "proxy";
  /** Digest of the session id (via "session"). */
  sessionHash?: string;
  sessionExpiresAt?: Date;
  /** The token's id (via "token"). */
  tokenId?: string;
}

export function principalOf(c: Context): Principal {
  const p = c.get("principal") as Principal | undefined;
  if (!p)
    throw requestError("UNAUTHENTICATED", "sign in first: POST /api/auth/login, or send a bearer token");
  return p;
}

/**
 * The role the request was authorized with: on a programme-scoped operation the caller's role on that
 * programme (set by the gate, see ./programme-role.ts), else their global role.
 */
export function effectiveRole(c: Context): Role {
  return (c.get("programmeRole") as Role | undefined) ?? principalOf(c).role;
}

/**
 * The scenario's name and current version as the gate read them with the caller's access to it (one
 * query for both), when the request is about scenario `id`; undefined otherwise (ask the database).
 */
export function scenarioHeadOf(c: Context, id: string): { name: string; version: number } | undefined {
  const head = c.get("scenarioHead") as GateHead | undefined;
  return head?.id === id ? { name: head.name, version: head.version } : undefined;
}

/**
 * The id of scenario `id`'s newest plan as the gate read it with the caller's access (null: none yet);
 * undefined when the request is not about that scenario (ask the database).
 */
export function latestPlanOf(c: Context, id: string): string | null | undefined {
  const head = c.get("scenarioHead") as GateHead | undefined;
  return head?.id === id ? head.latestPlanId : undefined;
}

/** What the gate sets as `scenarioHead`. */
export interface GateHead {
  id: string;
  name: string;
  version: number;
  latestPlanId: string | null;
}

/** The audit actor of a request: always the authenticated user's id, never a client-supplied name. */
export function actorOf(c: Context): Actor {
  return { user: principalOf(c).userId, role: effectiveRole(c) };
}
