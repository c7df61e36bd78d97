import { randomUUID } from "node:crypto";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { type Actor, appendAudit } from "./audit.ts";
import type { Drizzle } from "./connection.ts";
import { ChiproadError } from "@chiproad/data";
import {
  type AccessScope,
  accessFields,
  accessOf,
  accessQuery,
  type ProgrammeAccess,
} from "./programme-members.ts";
import { apiTokens, users } from "./schema.ts";
import { type UserRecord, type UserRole, userRecord } from "./users.ts";

export interface ApiTokenRecord {
  id: string;
  userId: string;
  name: string;
  role: UserRole;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface NewApiToken {
  userId: string;
  name: string;
  role: UserRole;
  /** SHA-256 digest of the token; the token itself is shown to its owner once and never stored. */
  tokenHash: string;
  expiresAt: Date;
}

export interface ApiTokenRepository {
  create(input: NewApiToken, actor: Actor): Promise<ApiTokenRecord>;
  /**
   * The live (unexpired, unrevoked) token and its enabled user; with `scope`, in the same query, the
   * user's access to that programme (`access` undefined: no such scenario or job).
   */
  find(
    tokenHash: string,
    now: Date,
    scope?: AccessScope,
  ): Promise<{ token: ApiTokenRecord; user: UserRecord; access?: ProgrammeAccess | undefined } | undefined>;
  list(userId: string): Promise<ApiTokenRecord[]>;
  /** Revokes a token of `userId` (any user's when `userId` is undefined); NOT_FOUND otherwise. */
  revoke(id: string, userId: string | undefined, actor: Actor): Promise<ApiTokenRecord>;
  markUsed(id: string, now: Date): Promise<void>;
}

type Row = typeof apiTokens.$inferSelect;

function record(r: Row): ApiTokenRecord {
  return {
    id: r.id,
    userId: r.userId,
    name: r.name,
    role: r.role,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    revokedAt: r.revokedAt?.toISOString() ?? null,
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  };
}

export function apiTokenRepository(db: Drizzle): ApiTokenRepository {
  // Asked on every request that carries a token: built once (see README, "Prepared reads").
  const isLive = and(
    eq(apiTokens.tokenHash, sql.placeholder("tokenHash")),
    isNull(apiTokens.revokedAt),
    gt(apiTokens.expiresAt, sql.placeholder("now")),
    eq(users.disabled, false),
  );
  const live = db
    .select()
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(isLive)
    .prepare("chiproad_token_live");
  // The same, with the programme access of a scenario-scoped request: one round trip instead of two.
  const liveWithAccess = (by: AccessScope["by"]) => {
    const access = accessQuery(db, by, users.id).as("access");
    return db
      .select({ api_tokens: apiTokens, users, access: accessFields(access) })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .leftJoinLateral(access, sql`true`)
      .where(isLive)
      .prepare(`chiproad_token_live_${by}`);
  };
  const withAccess = { scenario: liveWithAccess("scenario"), job: liveWithAccess("job") };
  return {
    async create(input, actor) {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(apiTokens)
          .values({ id: `t_${randomUUID()}`, ...input })
          .returning();
        const created = record(row!);
        await appendAudit(tx, actor, {
          action: "token.create",
          targetType: "token",
          targetId: created.id,
          detail: { name: created.name, role: created.role, expiresAt: created.expiresAt },
        });
        return created;
      });
    },
    async find(tokenHash, now, scope) {
      if (scope) {
        const [row] = await withAccess[scope.by].execute({ tokenHash, now: now.toISOString(), id: scope.id });
        if (!row) return undefined;
        return { token: record(row.api_tokens), user: userRecord(row.users), access: accessOf(row.access) };
      }
      const [row] = await live.execute({ tokenHash, now: now.toISOString() });
      if (!row) return undefined;
      return {
        token: record(row.api_tokens),
        user: userRecord(row.users),
      };
    },
    async list(userId) {
      const rows = await db
        .select()
        .from(apiTokens)
        .where(eq(apiTokens.userId, userId))
        .orderBy(desc(apiTokens.createdAt));
      return rows.map(record);
    },
    async revoke(id, userId, actor) {
      return db.transaction(async (tx) => {
        const owned =
          userId === undefined
            ? eq(apiTokens.id, id)
            : and(eq(apiTokens.id, id), eq(apiTokens.userId, userId));
        const [row] = await tx.select().from(apiTokens).where(owned).for("update");
        if (!row)
          throw new ChiproadError(
            "NOT_FOUND",
            `token "${id}" does not exist; list yours with GET /api/auth/tokens`,
          );
        const [updated] = await tx
          .update(apiTokens)
          .set({ revokedAt: row.revokedAt ?? new Date() })
          .where(eq(apiTokens.id, id))
          .returning();
        await appendAudit(tx, actor, { action: "token.revoke", targetType: "token", targetId: id });
        return record(updated!);
      });
    },
    async markUsed(id, now) {
      await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
    },
  };
}
