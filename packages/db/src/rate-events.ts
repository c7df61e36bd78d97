import { and, desc, eq, gt, lte } from "drizzle-orm";
import type { Drizzle } from "./connection.ts";
import { rateEvents } from "./schema.ts";

/** One limit: at most `limit` events per key in any `windowMs`; `bucket` names it (e.g. "login.account"). */
export interface RateLimit {
  bucket: string;
  limit: number;
  windowMs: number;
}

/**
 * The events rate limits count, shared by every process on the database. `key` is what is counted,
 * already reduced by the caller to a digest (the table never holds a username or an address).
 */
export interface RateEventRepository {
  /** Seconds until another event is allowed for `key` under `rule`, or 0 when it is allowed now. */
  retryAfter(rule: RateLimit, key: string, now: Date): Promise<number>;
  /** Records an event, and deletes this limit's events older than its window. */
  record(rule: RateLimit, key: string, now: Date): Promise<void>;
  /** Forgets the key's events (e.g. the failures of an account that then signed in). */
  reset(rule: RateLimit, key: string): Promise<void>;
}

export function rateEventRepository(db: Drizzle): RateEventRepository {
  return {
    async retryAfter(rule, key, now) {
      const since = new Date(now.getTime() - rule.windowMs);
      const recent = await db
        .select({ at: rateEvents.at })
        .from(rateEvents)
        .where(and(eq(rateEvents.bucket, rule.bucket), eq(rateEvents.key, key), gt(rateEvents.at, since)))
        .orderBy(desc(rateEvents.at))
        .limit(rule.limit);
      if (recent.length < rule.limit) return 0;
      // The oldest of the newest `limit` events leaves the window first.
      const oldest = recent[recent.length - 1]!.at.getTime();
      return Math.max(1, Math.ceil((oldest + rule.windowMs - now.getTime()) / 1000));
    },
    async record(rule, key, now) {
      const expired = new Date(now.getTime() - rule.windowMs);
      await db.transaction(async (tx) => {
        await tx
          .delete(rateEvents)
          .where(and(eq(rateEvents.bucket, rule.bucket), lte(rateEvents.at, expired)));
        await tx.insert(rateEvents).values({ bucket: rule.bucket, key, at: now });
      });
    },
    async reset(rule, key) {
      await db.delete(rateEvents).where(and(eq(rateEvents.bucket, rule.bucket), eq(rateEvents.key, key)));
    },
  };
}
