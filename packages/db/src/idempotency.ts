import { and, eq, isNull, lt } from "drizzle-orm";
import type { Drizzle } from "./connection.ts";
import { idempotencyKeys } from "./schema.ts";

export type IdempotencyClaim =
  /** First use of the key: run the request, then `complete` (or `release` on failure). */
  | { state: "new" }
  /** The same request was answered before: send this response again. */
  | { state: "replay"; status: number; response: unknown }
  /** The key was used for a different request. */
  | { state: "mismatch" }
  /** The first request with this key is still running. */
  | { state: "pending" };

/** Idempotency-Key bookkeeping (draft-ietf-httpapi-idempotency-key-header), per user. */
export interface IdempotencyRepository {
  claim(userId: string, key: string, requestHash: string): Promise<IdempotencyClaim>;
  complete(userId: string, key: string, status: number, response: unknown): Promise<void>;
  release(userId: string, key: string): Promise<void>;
  /** Forgets keys older than `before`. */
  prune(before: Date): Promise<void>;
}

export function idempotencyRepository(db: Drizzle): IdempotencyRepository {
  const where = (userId: string, key: string) =>
    and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));
  return {
    async claim(userId, key, requestHash) {
      // The primary key makes the insert the arbiter between concurrent first uses.
      const inserted = await db
        .insert(idempotencyKeys)
        .values({ userId, key, requestHash })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key });
      if (inserted.length > 0) return { state: "new" };
      const [row] = await db.select().from(idempotencyKeys).where(where(userId, key));
      if (!row) return { state: "pending" };
      if (row.requestHash !== requestHash) return { state: "mismatch" };
      if (row.status === null) return { state: "pending" };
      return { state: "replay", status: row.status, response: row.response };
    },
    async complete(userId, key, status, response) {
      await db.update(idempotencyKeys).set({ status, response }).where(where(userId, key));
    },
    async release(userId, key) {
      await db.delete(idempotencyKeys).where(and(where(userId, key), isNull(idempotencyKeys.status)));
    },
    async prune(before) {
      await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before));
    },
  };
}
