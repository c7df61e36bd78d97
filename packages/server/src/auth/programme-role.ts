import type { ProgrammeAccess, ProgrammeRole } from "@chiproad/db";
import type { Principal } from "./principal.ts";
import { lowerRole, type Role } from "./roles.ts";

/**
 * A user's role on one programme (scenario):
 * - an admin is admin on every programme (and sees restricted ones);
 * - a member has their membership role (viewer, analyst or manager), higher or lower than their global role;
 * - anyone else has their global role capped at manager: compliance-officer and admin powers are over
 *   datasets and users, which stay global operations, so they mean nothing more inside a programme.
 * A bearer token never gives more than its own role.
 */
export function programmeRole(principal: Principal, memberRole: ProgrammeRole | undefined): Role {
  const own: Role =
    principal.accountRole === "admin" ? "admin" : (memberRole ?? lowerRole(principal.accountRole, "manager"));
  return principal.tokenRole ? lowerRole(principal.tokenRole, own) : own;
}

/** Whether the principal may know the programme exists: it is open, or they are a member or an admin. */
export function maySee(principal: Principal, access: ProgrammeAccess): boolean {
  return !access.restricted || access.memberRole !== undefined || principal.accountRole === "admin";
}
