import { USER_ROLES, type UserRole } from "@chiproad/db";

/**
 * chiproad's roles, lowest first. It is a ladder: each role may do everything the roles before it
 * may, so one table can name the minimal role of each operation.
 * - viewer: read scenarios, reports, plans, datasets;
 * - analyst: edit scenarios, run plans, what-ifs and risk, screen parties;
 * - manager (programme manager): also cancel anyone's job and read the audit log;
 * - compliance (compliance officer): also import and roll back sanctions / export-control and trade datasets;
 * - admin: also manage users.
 */
export const ROLES = USER_ROLES;
export type Role = UserRole;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function atLeast(role: Role, min: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(min);
}

/** The lower of two roles (a token never grants more than its owner has now). */
export function lowerRole(a: Role, b: Role): Role {
  return ROLES.indexOf(a) <= ROLES.indexOf(b) ? a : b;
}
