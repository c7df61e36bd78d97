import { asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Drizzle } from "./connection.ts";
import { oidcLogins } from "./schema.ts";

/** What a single sign-on callback must match, as its start left it. */
export interface OidcLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  expiresAt: Date;
}

/**
 * Logins in progress, shared by every server process on the database. `flowKey` is the digest of the
 * browser's flow cookie, computed by the caller; the cookie itself is never stored.
 */
export interface OidcLoginRepository {
  /**
   * Stores a new login, after deleting the expired ones; when `max` unexpired logins are already
   * held, the oldest make room (a flood of starts pushes out starts, never finished sessions).
   */
  put(flowKey: string, login: OidcLogin, options: { now: Date; max: number }): Promise<void>;
  /** Takes the login (once: it is deleted whatever follows); undefined if unknown or expired at `now`. */
  take(flowKey: string, now: Date): Promise<OidcLogin | undefined>;
}

export function oidcLoginRepository(db: Drizzle): OidcLoginRepository {
  return {
    async put(flowKey, login, { now, max }) {
      await db.transaction(async (tx) => {
        await tx.delete(oidcLogins).where(lte(oidcLogins.expiresAt, now));
        const [held] = await tx.select({ n: sql<number>`count(*)::int` }).from(oidcLogins);
        const excess = (held?.n ?? 0) - max + 1;
        if (excess > 0) {
          const oldest = tx
            .select({ flowKey: oidcLogins.flowKey })
            .from(oidcLogins)
            .orderBy(asc(oidcLogins.expiresAt), asc(oidcLogins.flowKey))
            .limit(excess);
          await tx.delete(oidcLogins).where(inArray(oidcLogins.flowKey, oldest));
        }
        await tx.insert(oidcLogins).values({ flowKey, ...login });
      });
    },
    async take(flowKey, now) {
      const [row] = await db.delete(oidcLogins).where(eq(oidcLogins.flowKey, flowKey)).returning();
      if (!row || row.expiresAt <= now) return undefined;
      return { state: row.state, nonce: row.nonce, codeVerifier: row.codeVerifier, expiresAt: row.expiresAt };
    },
  };
}
