// Shared by the tests of what is kept between requests (read-cache.test.ts, response-cache.test.ts).
import { randomBytes } from "node:crypto";
import {
  type ChangeEvent,
  type ChangeFeed,
  type Database,
  dropSchema,
  openDatabase,
  POSTGRES_SKIPPED_WARNING,
  postgresRequired,
} from "@chiproad/db";
import pg from "pg";
import { afterAll, beforeAll, describe, it } from "vitest";
import { digest } from "../src/auth/secrets.ts";

/** A feed the test drives by hand. */
export function handFeed(): ChangeFeed & { say(event: ChangeEvent): void } {
  let on: ((event: ChangeEvent) => void) | undefined;
  return {
    subscribe(listener) {
      on = listener;
      return () => {
        on = undefined;
      };
    },
    async close() {},
    say: (event) => on?.(event),
  };
}

/** Asks `read` until `done` holds (at most 5 s); returns the last answer. */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Resolves once `db`'s change feed listens. */
export async function listening(db: Database): Promise<void> {
  await new Promise<void>((resolve) => {
    const stop = db.changes?.subscribe((event) => {
      if (event === "listening") {
        queueMicrotask(() => stop?.());
        resolve();
      }
    });
  });
}

/**
 * A suite on real PostgreSQL (CHIPROAD_TEST_DATABASE_URL): with CHIPROAD_REQUIRE_POSTGRES=1 and no
 * database it fails, otherwise it says loudly that it is skipped.
 */
export function describeOnPostgres(title: string, suite: (url: string) => void): void {
  const url = process.env.CHIPROAD_TEST_DATABASE_URL?.trim();
  if (url) {
    describe(title, () => suite(url));
    return;
  }
  if (postgresRequired())
    describe(title, () => {
      it("runs because CHIPROAD_REQUIRE_POSTGRES=1", () => {
        throw new Error(`CHIPROAD_REQUIRE_POSTGRES=1 but ${POSTGRES_SKIPPED_WARNING}`);
      });
    });
  else console.warn(`\n*** ${POSTGRES_SKIPPED_WARNING} (${title}) ***\n`);
}

/**
 * Inside a suite: the server's database and another process's on one new schema (dropped after),
 * and a count of the queries either sends (`queries`, reset by assigning 0).
 */
export function twoProcesses(
  url: string,
  prefix: string,
): { db: Database; other: Database; queries: number } {
  const schema = `${prefix}_${randomBytes(5).toString("hex")}`;
  const state = { db: undefined as unknown as Database, other: undefined as unknown as Database, queries: 0 };
  const send = pg.Client.prototype.query;
  beforeAll(async () => {
    state.db = await openDatabase({ url, schema });
    state.other = await openDatabase({ url, schema, migrate: false });
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      state.queries++;
      return (send as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof send;
  });
  afterAll(async () => {
    pg.Client.prototype.query = send;
    await Promise.all([state.db?.close(), state.other?.close()]);
    await dropSchema(url, schema);
  });
  return state;
}

/** A bearer token of a new account with `role` in `db`: its request headers, the token's and the account's ids. */
export async function bearer(
  db: Database,
  role: "admin" | "viewer",
): Promise<{ headers: Record<string, string>; id: string; userId: string }> {
  const user = await db.users.create(
    { username: `reader-${randomBytes(3).toString("hex")}`, passwordHash: "x", role },
    undefined,
  );
  const token = `cr_${randomBytes(32).toString("base64url")}`;
  const created = await db.tokens.create(
    {
      userId: user.id,
      name: "reads",
      role,
      tokenHash: digest(token),
      expiresAt: new Date(Date.now() + 3_600_000),
    },
    { user: user.id, role: "admin" },
  );
  return { headers: { authorization: `Bearer ${token}`, origin: "" }, id: created.id, userId: user.id };
}
