import type { RateEventRepository, RateLimit } from "@chiproad/db";
import { digest } from "./secrets.ts";

/**
 * Counts events per key in a sliding window, in the database: every chiproad process on it enforces
 * the same limit together, so running several does not loosen it. Keys (a username, an address, a
 * user id) are stored only as their SHA-256 digest. A check and the record that follows it are two
 * statements: concurrent requests may pass a limit by the few that were checked at the same moment.
 */
export class SlidingWindow {
  private readonly rule: RateLimit;

  constructor(
    private readonly events: RateEventRepository,
    bucket: string,
    limit: number,
    windowMs: number,
  ) {
    this.rule = { bucket, limit, windowMs };
  }

  /** Seconds until another event is allowed for `key`, or 0 when it is allowed now. */
  retryAfter(key: string, now = Date.now()): Promise<number> {
    return this.events.retryAfter(this.rule, digest(key), new Date(now));
  }

  record(key: string, now = Date.now()): Promise<void> {
    return this.events.record(this.rule, digest(key), new Date(now));
  }

  reset(key: string): Promise<void> {
    return this.events.reset(this.rule, digest(key));
  }
}
