import { randomUUID } from "node:crypto";
import { asc, count, eq } from "drizzle-orm";
import { type Actor, appendAudit } from "./audit.ts";
import type { Drizzle } from "./connection.ts";
import { ChiproadError } from "@chiproad/data";
import { apiTokens, sessions, type USER_ROLES, users } from "./schema.ts";

export type UserRole = (typeof USER_ROLES)[number];

/** A local account as the rest of chiproad sees it: never with its password hash. */
export interface UserRecord {
  id: string;
  username: string;
  role: UserRole;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface NewUser {
  username: string;
  passwordHash: string;
  role: UserRole;
}

export interface UserChange {
  role?: UserRole;
  passwordHash?: string;
  disabled?: boolean;
}

export interface UserRepository {
  /** Creates an account; CONFLICT when the username is taken. `actor` undefined = the first-start admin. */
  create(input: NewUser, actor: Actor | undefined): Promise<UserRecord>;
  get(id: string): Promise<UserRecord | undefined>;
  /** The account and its password hash, for login only. */
  credentials(username: string): Promise<(UserRecord & { passwordHash: string }) | undefined>;
  list(): Promise<UserRecord[]>;
  /**
   * Changes role, password or disabled flag. A new password, a new role or disabling ends every
   * session and revokes every API token of the account, in the same transaction.
   */
  update(id: string, change: UserChange, actor: Actor): Promise<UserRecord>;
  count(): Promise<number>;
}

type Row = typeof users.$inferSelect;

/** A users row as the record every repository returns (sessions and tokens use it too). */
export function userRecord(r: Row): UserRecord {
  return {
    id: r.id,
    username: r.username,
    role: r.role,
    disabled: r.disabled,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function userRepository(db: Drizzle): UserRepository {
  return {
    async create(input, actor) {
      return db.transaction(async (tx) => {
        const [taken] = await tx
          .select({ id: users.id })
          .from(users)
          .where(eq(users.username, input.username));
        if (taken)
          throw new ChiproadError("CONFLICT", `the username "${input.username}" is taken; choose another`);
        const [row] = await tx
          .insert(users)
          .values({ id: `u_${randomUUID()}`, ...input })
          .returning();
        const created = userRecord(row!);
        await appendAudit(tx, actor ?? { user: created.id, role: "system" }, {
          action: "user.create",
          targetType: "user",
          targetId: created.id,
          detail: { username: created.username, role: created.role },
        });
        return created;
      });
    },
    async get(id) {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row ? userRecord(row) : undefined;
    },
    async credentials(username) {
      const [row] = await db.select().from(users).where(eq(users.username, username));
      return row ? { ...userRecord(row), passwordHash: row.passwordHash } : undefined;
    },
    async list() {
      return (await db.select().from(users).orderBy(asc(users.username))).map(userRecord);
    },
    async update(id, change, actor) {
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(users).where(eq(users.id, id)).for("update");
        if (!before)
          throw new ChiproadError("NOT_FOUND", `user "${id}" does not exist; list them with GET /api/users`);
        const [row] = await tx
          .update(users)
          .set({ ...change, updatedAt: new Date() })
          .where(eq(users.id, id))
          .returning();
        const endsCredentials =
          change.passwordHash !== undefined ||
          change.disabled === true ||
          (change.role !== undefined && change.role !== before.role);
        if (endsCredentials) {
          await tx.delete(sessions).where(eq(sessions.userId, id));
          await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.userId, id));
        }
        await appendAudit(tx, actor, {
          action: "user.update",
          targetType: "user",
          targetId: id,
          detail: {
            ...(change.role !== undefined ? { role: change.role, previousRole: before.role } : {}),
            ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
            ...(change.passwordHash !== undefined ? { passwordChanged: true } : {}),
          },
        });
        return userRecord(row!);
      });
    },
    async count() {
      const [row] = await db.select({ n: count() }).from(users);
      return row?.n ?? 0;
    },
  };
}
