import type { ChangeFeed } from "@chiproad/db";

/** More credentials than this at once: the oldest kept is dropped first. */
const CAPACITY = 10_000;

/**
 * Database reads kept between requests while PostgreSQL's change feed is listening and has announced no
 * change (`@chiproad/db` ChangeFeed: any committed change to accounts, tokens, sessions, programmes,
 * members, restrictions, plans or jobs, in any process). Only what is read from those tables may be
 * kept: the gate's read of a credential — the account, the token or session, and with a programme-scoped
 * request the caller's access to that programme and its head — and the programme list. A read that hits
 * makes no database round trip.
 *
 * Everything is dropped on every notice and when the feed is lost (nothing is kept until it listens
 * again). This process's own commits are heard before the committing call returns, and a read that was
 * under way across any notice is not kept, so a read that begins after a write of this process returned
 * sees it. A change committed by another process is heard within PostgreSQL's notice delivery (well
 * under a millisecond on one machine); a read answered in that window sees what was true just before,
 * as a read already under way when the change committed would. Writes never use it: their credential
 * and access are read from the database. Without a feed (the embedded database) nothing is kept.
 */
export class ReadCache<T> {
  #entries = new Map<string, T>();
  /** Bumped by every clear: a value read across a clear may be stale and is not kept. */
  #generation = 0;
  #live = false;

  constructor(feed: ChangeFeed | undefined) {
    feed?.subscribe((event) => {
      this.clear();
      this.#live = event !== "lost";
    });
  }

  clear(): void {
    this.#generation++;
    this.#entries.clear();
  }

  get(key: string): T | undefined {
    return this.#live ? this.#entries.get(key) : undefined;
  }

  /** Reads `key` from the database and keeps it if found and nothing changed while it was read. */
  async load<V extends T | undefined>(key: string, read: () => Promise<V>): Promise<V> {
    const generation = this.#generation;
    const value = await read();
    if (value !== undefined && this.#live && generation === this.#generation) {
      if (this.#entries.size >= CAPACITY) {
        const oldest = this.#entries.keys().next();
        if (!oldest.done) this.#entries.delete(oldest.value);
      }
      this.#entries.set(key, value);
    }
    return value;
  }
}
