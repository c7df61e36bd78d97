import { and, eq, gt, lt, or } from "drizzle-orm";
import type { Drizzle } from "./connection.ts";
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
  /** The live session and its (enabled) user; undefined when unknown, expired or the user is disabled. */
  find(idHash: string, now: Date): Promise<SessionRecord | undefined>;
  touch(idHash: string, now: Date): Promise<void>;
  delete(idHash: string): Promise<void>;
  /** Removes sessions past their absolute expiry or idle since `idleBefore`. */
  prune(now: Date, idleBefore: Date): Promise<void>;
}

export function sessionRepository(db: Drizzle): SessionRepository {
  return {
    async create(idHash, userId, expiresAt) {
      await db.insert(sessions).values({ idHash, userId, expiresAt });
    },
    async find(idHash, now) {
      const [row] = await db
        .select()
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now), eq(users.disabled, false)));
      if (!row) return undefined;
      return {
        user: userRecord(row.users),
        createdAt: row.sessions.createdAt,
        lastSeenAt: row.sessions.lastSeenAt,
        expiresAt: row.sessions.expiresAt,
      };
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
