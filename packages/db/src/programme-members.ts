import { type AnyColumn, and, asc, eq, isNull, or, type Placeholder, sql } from "drizzle-orm";
import { type Actor, appendAudit } from "./audit.ts";
import type { Drizzle } from "./connection.ts";
import { newestPlanIdQuery } from "./plans.ts";
import { ChiproadError } from "@chiproad/data";
import {
  jobs,
  type PROGRAMME_ROLES,
  programmeMembers,
  programmeRestrictions,
  scenarios,
  users,
} from "./schema.ts";

export type ProgrammeRole = (typeof PROGRAMME_ROLES)[number];

export interface ProgrammeMember {
  userId: string;
  username: string;
  role: ProgrammeRole;
  grantedBy: string;
  grantedAt: string;
}

/** What one user has on one programme, as the server's gate needs it (one query). */
export interface ProgrammeAccess {
  scenarioId: string;
  restricted: boolean;
  /** The membership role, when the user is a member. */
  memberRole: ProgrammeRole | undefined;
  /** The scenario's name and current version as this query read them (what `scenarios.head` returns). */
  head: { name: string; version: number };
  /** The scenario's newest plan of kind "plan" as this query read it (`plans.latestId`); null: none. */
  latestPlanId: string | null;
}

export interface ProgrammeRepository {
  /** The user's access to a scenario; undefined when the scenario does not exist. */
  access(scenarioId: string, userId: string): Promise<ProgrammeAccess | undefined>;
  /** The same for the scenario a job belongs to; undefined when the job does not exist. */
  accessViaJob(jobId: string, userId: string): Promise<ProgrammeAccess | undefined>;
  /** Restricted scenarios the user is not a member of. */
  hiddenFrom(userId: string): Promise<Set<string>>;
  /** Members (by username) and whether the programme is restricted; NOT_FOUND for no scenario. */
  members(scenarioId: string): Promise<{ restricted: boolean; members: ProgrammeMember[] }>;
  /**
   * Adds a member — named by user id or username — or changes their role (audited
   * `programme.member.set`); NOT_FOUND for no scenario or user.
   */
  setMember(
    scenarioId: string,
    userOrName: string,
    role: ProgrammeRole,
    actor: Actor,
  ): Promise<ProgrammeMember>;
  /** Removes a member (audited `programme.member.remove`); NOT_FOUND when not a member. */
  removeMember(scenarioId: string, userId: string, actor: Actor): Promise<void>;
  /** Makes the programme members-only or open again (audited `programme.restrict`). */
  setRestricted(scenarioId: string, restricted: boolean, actor: Actor): Promise<void>;
}

type AccessRow = {
  scenarioId: string;
  restricted: boolean;
  memberRole: ProgrammeRole | null;
  name: string;
  version: number;
  latestPlanId: string | null;
};

function toAccess(row: AccessRow | undefined): ProgrammeAccess | undefined {
  return row
    ? {
        scenarioId: row.scenarioId,
        restricted: row.restricted,
        memberRole: row.memberRole ?? undefined,
        head: { name: row.name, version: row.version },
        latestPlanId: row.latestPlanId,
      }
    : undefined;
}

/** Which programme a request names: a scenario by its id, or the scenario a job belongs to. */
export interface AccessScope {
  by: "scenario" | "job";
  id: string;
}

/**
 * The gate's access question as a query over placeholder `id` (a scenario id, or a job id with
 * `by = "job"`) for user `userId` (a placeholder, or the user column of a credential query that
 * joins it LATERAL): the programme, whether it is restricted, the user's membership role, the
 * scenario's name and current version, and its newest plan's id (so a programme's reads need not ask
 * for them again; the plan's is `plans.latestId`'s own query, `newestPlanIdQuery`). Declared once for
 * the stand-alone queries below and the credential queries that embed it.
 */
export function accessQuery(db: Drizzle, by: AccessScope["by"], userId: AnyColumn | Placeholder) {
  const select = db.select({
    scenarioId: scenarios.id,
    restricted: sql<boolean>`(${programmeRestrictions.scenarioId} IS NOT NULL)`.as("restricted"),
    memberRole: programmeMembers.role,
    name: scenarios.name,
    version: scenarios.currentVersion,
    latestPlanId: sql<string | null>`(${newestPlanIdQuery(db, scenarios.id, "plan")})`.as("latest_plan_id"),
  });
  const from =
    by === "job"
      ? select.from(jobs).innerJoin(scenarios, eq(scenarios.id, jobs.scenarioId))
      : select.from(scenarios);
  return from
    .leftJoin(programmeRestrictions, eq(programmeRestrictions.scenarioId, scenarios.id))
    .leftJoin(
      programmeMembers,
      and(eq(programmeMembers.scenarioId, scenarios.id), eq(programmeMembers.userId, userId)),
    )
    .where(eq(by === "job" ? jobs.id : scenarios.id, sql.placeholder("id")));
}

/** The fields of `accessQuery(…).as(alias)` to select beside a credential. */
export function accessFields(access: ReturnType<ReturnType<typeof accessQuery>["as"]>) {
  return {
    scenarioId: access.scenarioId,
    restricted: access.restricted,
    memberRole: access.memberRole,
    name: access.name,
    version: access.version,
    latestPlanId: access.latestPlanId,
  };
}

/** The access read LATERAL beside a credential: null (or all fields null) when the programme does not exist. */
export function accessOf(
  row: {
    scenarioId: string | null;
    restricted: boolean | null;
    memberRole: ProgrammeRole | null;
    name: string | null;
    version: number | null;
    latestPlanId: string | null;
  } | null,
): ProgrammeAccess | undefined {
  if (row === null || row.scenarioId === null || row.name === null || row.version === null) return undefined;
  return toAccess({
    ...row,
    scenarioId: row.scenarioId,
    restricted: row.restricted === true,
    name: row.name,
    version: row.version,
  });
}

function prepareAccess(db: Drizzle, by: AccessScope["by"]) {
  return accessQuery(db, by, sql.placeholder("userId")).prepare(
    by === "job" ? "chiproad_access_via_job" : "chiproad_access",
  );
}

export function programmeRepository(db: Drizzle): ProgrammeRepository {
  // Asked on every request to a programme's routes: built once (see README, "Prepared reads").
  const byScenario = prepareAccess(db, "scenario");
  const byJob = prepareAccess(db, "job");
  async function scenarioExists(tx: Pick<Drizzle, "select">, scenarioId: string): Promise<void> {
    const [found] = await tx.select({ id: scenarios.id }).from(scenarios).where(eq(scenarios.id, scenarioId));
    if (!found)
      throw new ChiproadError(
        "NOT_FOUND",
        `scenario "${scenarioId}" does not exist; list them with GET /api/scenarios`,
      );
  }
  return {
    async access(scenarioId, userId) {
      return toAccess((await byScenario.execute({ id: scenarioId, userId }))[0]);
    },
    async accessViaJob(jobId, userId) {
      return toAccess((await byJob.execute({ id: jobId, userId }))[0]);
    },
    async hiddenFrom(userId) {
      const rows = await db
        .select({ id: programmeRestrictions.scenarioId })
        .from(programmeRestrictions)
        .leftJoin(
          programmeMembers,
          and(
            eq(programmeMembers.scenarioId, programmeRestrictions.scenarioId),
            eq(programmeMembers.userId, userId),
          ),
        )
        .where(isNull(programmeMembers.userId));
      return new Set(rows.map((r) => r.id));
    },
    async members(scenarioId) {
      await scenarioExists(db, scenarioId);
      const [restriction] = await db
        .select({ id: programmeRestrictions.scenarioId })
        .from(programmeRestrictions)
        .where(eq(programmeRestrictions.scenarioId, scenarioId));
      const rows = await db
        .select({
          userId: programmeMembers.userId,
          username: users.username,
          role: programmeMembers.role,
          grantedBy: programmeMembers.grantedBy,
          grantedAt: programmeMembers.grantedAt,
        })
        .from(programmeMembers)
        .innerJoin(users, eq(users.id, programmeMembers.userId))
        .where(eq(programmeMembers.scenarioId, scenarioId))
        .orderBy(asc(users.username));
      return {
        restricted: restriction !== undefined,
        members: rows.map((r) => ({ ...r, grantedAt: r.grantedAt.toISOString() })),
      };
    },
    async setMember(scenarioId, userOrName, role, actor) {
      return db.transaction(async (tx) => {
        await scenarioExists(tx, scenarioId);
        // By id, else by username (the web panel adds members by name; managers cannot list users).
        const [user] = await tx
          .select({ id: users.id, username: users.username })
          .from(users)
          .where(or(eq(users.id, userOrName), eq(users.username, userOrName.toLowerCase())))
          .orderBy(sql`${users.id} = ${userOrName} DESC`)
          .limit(1);
        if (!user)
          throw new ChiproadError(
            "NOT_FOUND",
            `no user has the id or username "${userOrName}"; list them with GET /api/users`,
          );
        const userId = user.id;
        const [before] = await tx
          .select({ role: programmeMembers.role })
          .from(programmeMembers)
          .where(and(eq(programmeMembers.scenarioId, scenarioId), eq(programmeMembers.userId, userId)))
          .for("update");
        const now = new Date();
        const [row] = await tx
          .insert(programmeMembers)
          .values({ scenarioId, userId, role, grantedBy: actor.user, grantedAt: now })
          .onConflictDoUpdate({
            target: [programmeMembers.scenarioId, programmeMembers.userId],
            set: { role, grantedBy: actor.user, grantedAt: now },
          })
          .returning();
        await appendAudit(tx, actor, {
          action: "programme.member.set",
          targetType: "scenario",
          targetId: scenarioId,
          detail: { userId, role, ...(before ? { previousRole: before.role } : {}) },
        });
        return {
          userId,
          username: user.username,
          role: row!.role,
          grantedBy: row!.grantedBy,
          grantedAt: row!.grantedAt.toISOString(),
        };
      });
    },
    async removeMember(scenarioId, userId, actor) {
      await db.transaction(async (tx) => {
        const removed = await tx
          .delete(programmeMembers)
          .where(and(eq(programmeMembers.scenarioId, scenarioId), eq(programmeMembers.userId, userId)))
          .returning({ role: programmeMembers.role });
        if (removed.length === 0)
          throw new ChiproadError(
            "NOT_FOUND",
            `user "${userId}" is not a member of scenario "${scenarioId}"; list them with GET /api/scenarios/${scenarioId}/members`,
          );
        await appendAudit(tx, actor, {
          action: "programme.member.remove",
          targetType: "scenario",
          targetId: scenarioId,
          detail: { userId, previousRole: removed[0]!.role },
        });
      });
    },
    async setRestricted(scenarioId, restricted, actor) {
      await db.transaction(async (tx) => {
        await scenarioExists(tx, scenarioId);
        if (restricted)
          await tx
            .insert(programmeRestrictions)
            .values({ scenarioId, restrictedBy: actor.user })
            .onConflictDoNothing();
        else await tx.delete(programmeRestrictions).where(eq(programmeRestrictions.scenarioId, scenarioId));
        await appendAudit(tx, actor, {
          action: "programme.restrict",
          targetType: "scenario",
          targetId: scenarioId,
          detail: { restricted },
        });
      });
    },
  };
}
