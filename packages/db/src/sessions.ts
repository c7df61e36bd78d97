import { and, eq, gt, lt, or, sql } from "drizzle-orm";
import type { Drizzle } from "./connection.ts";
import {
  type AccessScope,
  accessFields,
  accessOf,
  accessQuery,
  type ProgrammeAccess,
} from "./programme-members.ts";
import { sessions, users } from "./schema.ts";
import { type UserRecord, userRecord } from "./users.ts";

export interface SessionRecord {
  user: UserRecord;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

/**
 * Server-side sessions, keyed by the SHA-256 digest of the cookie value (the value itself is never
 * stored, so a database read does not yield a usable cookie). Expiry policy lives in the server.
 */
export interface SessionRepository {
  create(idHash: string, userId: string, expiresAt: Date): Promise<void>;
  /**
   * The live session and its (enabled) user; undefined when unknown, expired or the user is disabled.
   * With `scope`, in the same query, the user's access to that programme (`access` undefined: no such
   * scenario or job).
   */
  find(
    idHash: string,
    now: Date,
    scope?: AccessScope,
  ): Promise<(SessionRecord & { access?: ProgrammeAccess | undefined }) | undefined>;
  touch(idHash: string, now: Date): Promise<void>;
  delete(idHash: string): Promise<void>;
  /** Removes sessions past their absolute expiry or idle since `idleBefore`. */
  prune(now: Date, idleBefore: Date): Promise<void>;
}

export function sessionRepository(db: Drizzle): SessionRepository {
  // Asked on every request a browser makes: built once (see README, "Prepared reads").
  const isLive = and(
    eq(sessions.idHash, sql.placeholder("idHash")),
    gt(sessions.expiresAt, sql.placeholder("now")),
    eq(users.disabled, false),
  );
  const live = db
    .select()
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(isLive)
    .prepare("chiproad_session_live");
  // The same, with the programme access of a scenario-scoped request: one round trip instead of two.
  const liveWithAccess = (by: AccessScope["by"]) => {
    const access = accessQuery(db, by, users.id).as("access");
    return db
      .select({ sessions, users, access: accessFields(access) })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoinLateral(access, sql`true`)
      .where(isLive)
      .prepare(`chiproad_session_live_${by}`);
  };
  const withAccess = { scenario: liveWithAccess("scenario"), job: liveWithAccess("job") };
  return {
    async create(idHash, userId, expiresAt) {
      await db.insert(sessions).values({ idHash, userId, expiresAt });
    },
    async find(idHash, now, scope) {
      const record = (row: { sessions: typeof sessions.$inferSelect; users: typeof users.$inferSelect }) => ({
        user: userRecord(row.users),
        createdAt: row.sessions.createdAt,
        lastSeenAt: row.sessions.lastSeenAt,
        expiresAt: row.sessions.expiresAt,
      });
      if (scope) {
        const [row] = await withAccess[scope.by].execute({ idHash, now: now.toISOString(), id: scope.id });
        return row ? { ...record(row), access: accessOf(row.access) } : undefined;
      }
      const [row] = await live.execute({ idHash, now: now.toISOString() });
      return row ? record(row) : undefined;
    },
    async touch(idHash, now) {
      await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash));
    },
    async delete(idHash) {
      await db.delete(sessions).where(eq(sessions.idHash, idHash));
    },
    async prune(now, idleBefore) {
      await db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleBefore)));
    },
  };
}
