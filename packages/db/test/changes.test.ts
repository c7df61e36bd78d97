import { randomBytes } from "node:crypto";
import {
  type ChangeEvent,
  type Database,
  dropSchema,
  openDatabase,
  POSTGRES_SKIPPED_WARNING,
  postgresRequired,
} from "@chiproad/db";
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FEED_APPLICATION_NAME, onlyReads, QUEUE_STATEMENT } from "../src/changes.ts";
import { accessQuery } from "../src/programme-members.ts";

describe("onlyReads", () => {
  it("reads the first word past blanks and comments; anything but a read may write", () => {
    expect(onlyReads("SELECT 1")).toBe(true);
    expect(onlyReads("  \n-- a note\n/* block\n */ select * from t")).toBe(true);
    for (const read of ["SET search_path = x", "LISTEN c", "SAVEPOINT s", "RELEASE SAVEPOINT s", "SHOW x"])
      expect(onlyReads(read), read).toBe(true);
    for (const write of [
      "insert into t values (1)",
      "UPDATE t SET a = 1",
      "delete from t",
      "TRUNCATE t",
      "WITH upd AS (UPDATE t SET a = 1 RETURNING *) SELECT * FROM upd",
      "CREATE TABLE x (a int)",
      "EXPLAIN ANALYZE DELETE FROM t",
      "begin",
      "BEGIN; INSERT INTO t VALUES (1); COMMIT;",
      "commit",
      "",
    ])
      expect(onlyReads(write), write).toBe(false);
  });
});

const URL = process.env.CHIPROAD_TEST_DATABASE_URL?.trim();
if (!URL) {
  if (postgresRequired()) {
    describe("change feed [postgres]", () => {
      it("runs because CHIPROAD_REQUIRE_POSTGRES=1", () => {
        throw new Error(`CHIPROAD_REQUIRE_POSTGRES=1 but ${POSTGRES_SKIPPED_WARNING}`);
      });
    });
  } else console.warn(`\n*** ${POSTGRES_SKIPPED_WARNING} (change feed) ***\n`);
}

/** Records a feed's events; `next(kind)` resolves on the next one of that kind (or fails after 5 s). */
function recorder(db: Database) {
  const events: ChangeEvent[] = [];
  const waiting: { kind: ChangeEvent; done: () => void }[] = [];
  db.changes?.subscribe((event) => {
    events.push(event);
    for (const w of waiting.splice(0)) {
      if (w.kind === event) w.done();
      else waiting.push(w);
    }
  });
  const next = (kind: ChangeEvent) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "${kind}" within 5 s`)), 5000);
      waiting.push({
        kind,
        done: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  return {
    events,
    /** Resolves once the feed listens (at once when it already did as this recorder subscribed). */
    ready: () =>
      events.filter((e) => e !== "changed").at(-1) === "listening" ? Promise.resolve() : next("listening"),
    count: (kind: ChangeEvent) => events.filter((e) => e === kind).length,
    next,
  };
}

const user = (name: string) => ({ username: name, passwordHash: "x", role: "viewer" as const });

describe.runIf(URL)("change feed [postgres]", () => {
  const schema = `chiproad_feed_${randomBytes(5).toString("hex")}`;
  const other = `chiproad_feed_${randomBytes(5).toString("hex")}`;
  let a: Database;
  let b: Database;
  let elsewhere: Database;
  beforeAll(async () => {
    a = await openDatabase({ url: URL, schema });
    // Another process on the same database and schema, and one on another schema.
    b = await openDatabase({ url: URL, schema, migrate: false });
    elsewhere = await openDatabase({ url: URL, schema: other });
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close(), elsewhere?.close()]);
    await dropSchema(URL as string, schema);
    await dropSchema(URL as string, other);
  });

  it("announces every table a read's credential and programme access come from", async () => {
    // The access query's tables, read from its SQL (a table added to it without a trigger fails here),
    // and the credential tables the gate reads beside it.
    const tables = new Set(["users", "api_tokens", "sessions"]);
    for (const by of ["scenario", "job"] as const) {
      const text = accessQuery(a.drizzle, by, sql.placeholder("userId")).toSQL().sql;
      for (const m of text.matchAll(/\b(?:from|join)\s+"(\w+)"/gi)) tables.add(m[1]!);
    }
    expect([...tables].sort()).toEqual([
      "api_tokens",
      "jobs",
      "plans",
      "programme_members",
      "programme_restrictions",
      "scenarios",
      "sessions",
      "users",
    ]);
    const announced = await announcedTables(a, schema);
    for (const t of tables) expect(announced).toContain(t);
  });

  it("announces every table but the three no read answers from (migrations/0014)", async () => {
    const { rows } = (await a.drizzle.execute(
      sql`SELECT table_name AS t FROM information_schema.tables
           WHERE table_schema = ${schema} AND table_type = 'BASE TABLE' AND table_name <> 'chiproad_migrations'`,
    )) as unknown as { rows: { t: string }[] };
    const announced = new Set(await announcedTables(a, schema));
    const silent = rows.map((r) => r.t).filter((t) => !announced.has(t));
    expect(silent.sort()).toEqual(["idempotency_keys", "oidc_logins", "rate_events"]);
    // Every kind of change: a job's progress is an UPDATE.
    const { rows: events } = (await a.drizzle.execute(
      sql`SELECT event_manipulation AS e FROM information_schema.triggers
           WHERE trigger_name = 'chiproad_changes' AND event_object_schema = ${schema} AND event_object_table = 'jobs'`,
    )) as unknown as { rows: { e: string }[] };
    expect(events.map((r) => r.e).sort()).toEqual(["DELETE", "INSERT", "UPDATE"]);
  });

  it("exists on PostgreSQL only", async () => {
    expect(a.changes).toBeDefined();
    const embedded = await openDatabase({});
    try {
      expect(embedded.changes).toBeUndefined();
    } finally {
      await embedded.close();
    }
  });

  it("hears another process's commit, and not another schema's", async () => {
    const heard = recorder(a);
    await heard.ready();
    await elsewhere.users.create(user("elsewhere"), undefined);
    const changed = heard.next("changed");
    await b.users.create(user("from-b"), undefined);
    await changed;
    // Notices reach a listener in commit order: the other schema's, committed first, was not taken.
    expect(heard.count("changed")).toBe(1);
  });

  it("hears this process's own commit before the committing call returns", async () => {
    const heard = recorder(a);
    await heard.ready();
    const before = heard.count("changed");
    // rate_events announce nothing through PostgreSQL (no trigger): only this process's hook can.
    await a.rateEvents.record({ bucket: "feed-test", limit: 5, windowMs: 60_000 }, "k", new Date());
    expect(heard.count("changed")).toBe(before + 1);
  });

  it("hears a transaction of this process at its commit, not at its statements", async () => {
    const heard = recorder(a);
    await heard.ready();
    const before = heard.count("changed");
    let during = -1;
    await a.drizzle.transaction(async (tx) => {
      await tx.execute(sql`UPDATE users SET role = 'analyst' WHERE username = 'from-a'`);
      during = heard.count("changed");
    });
    expect(during).toBe(before);
    const after = heard.count("changed");
    // Heard at once; PostgreSQL's own notice of the commit may have come first or come later.
    expect(after).toBeGreaterThanOrEqual(before + 1);
    expect(after).toBeLessThanOrEqual(before + 2);
    if (after === before + 1) await heard.next("changed");
    // Reads announce nothing.
    await a.users.credentials("from-a");
    expect(heard.count("changed")).toBe(before + 2);
  });

  it("hears a whole transaction sent as one string, and the writes after it", async () => {
    const heard = recorder(a);
    await heard.ready();
    const before = heard.count("changed");
    // rate_events have no trigger: only this process's own hook can announce these.
    await a.drizzle.execute(
      sql.raw("BEGIN; INSERT INTO rate_events (bucket, key, at) VALUES ('feed-test', 'one', now()); COMMIT;"),
    );
    expect(heard.count("changed")).toBe(before + 1);
    await a.drizzle.execute(
      sql.raw("INSERT INTO rate_events (bucket, key, at) VALUES ('feed-test', 'two', now())"),
    );
    expect(heard.count("changed")).toBe(before + 2);
    await a.drizzle.execute(sql.raw("SELECT count(*) FROM rate_events"));
    expect(heard.count("changed")).toBe(before + 2);
  });

  it("does not announce pg-boss's own statements, but a chiproad write beside them", async () => {
    const heard = recorder(a);
    await heard.ready();
    const before = heard.count("changed");
    // Marked as the queue's executor marks pg-boss's SQL (src/queue.ts), on a table with no trigger.
    await a.drizzle.execute(
      sql.raw(`${QUEUE_STATEMENT}INSERT INTO rate_events (bucket, key, at) VALUES ('feed-test', 'q', now())`),
    );
    expect(heard.count("changed")).toBe(before);
    await a.drizzle.transaction(async (tx) => {
      await tx.execute(sql.raw(`${QUEUE_STATEMENT}DELETE FROM rate_events WHERE key = 'q'`));
      await tx.execute(sql.raw("INSERT INTO rate_events (bucket, key, at) VALUES ('feed-test', 'r', now())"));
    });
    expect(heard.count("changed")).toBe(before + 1);
  });

  it("says when its connection is lost and listens again", async () => {
    const heard = recorder(a);
    await heard.ready();
    const admin = new pg.Client({ connectionString: URL });
    await admin.connect();
    try {
      const lost = heard.next("lost");
      const back = heard.next("listening");
      const killed = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()",
        [`${FEED_APPLICATION_NAME} ${schema}`],
      );
      expect(killed.rowCount).toBeGreaterThan(0);
      await lost;
      await back;
      // And hears changes again.
      const changed = heard.next("changed");
      await b.users.create(user("after-reconnect"), undefined);
      await changed;
    } finally {
      await admin.end();
    }
  });
});

async function announcedTables(db: Database, schema: string): Promise<string[]> {
  const { rows } = (await db.drizzle.execute(
    sql`SELECT DISTINCT event_object_table AS t FROM information_schema.triggers
         WHERE trigger_name = 'chiproad_changes' AND event_object_schema = ${schema}`,
  )) as unknown as { rows: { t: string }[] };
  return rows.map((r) => r.t).sort();
}
