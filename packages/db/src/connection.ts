import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import { type ChangeFeed, changeFeed, committingClient } from "./changes.ts";
import { lockDataDir } from "./data-dir-lock.ts";
import { PgliteThread } from "./pglite-thread/client.ts";
import * as schema from "./schema.ts";

/** Drizzle over either backend; repositories only use what both drivers share. */
export type Drizzle = PgDatabase<PgQueryResultHKT, typeof schema>;

export type BackendKind = "pglite" | "postgres";

export interface Connection {
  kind: BackendKind;
  db: Drizzle;
  /** PostgreSQL only: committed changes, this process's and every other's (./changes.ts). */
  changes?: ChangeFeed;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  url?: string | undefined;
  /** PGlite data directory; `undefined` or "memory://" keeps the database in memory. */
  dataDir?: string | undefined;
  /** PostgreSQL schema to use (created if missing) — lets each test run get a fresh namespace. */
  schema?: string | undefined;
  /** Pool size for PostgreSQL. */
  maxConnections?: number | undefined;
  /** Create `schema` if missing (default true); false for a role that may not create schemas. */
  createSchema?: boolean | undefined;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function connect(options: ConnectOptions): Promise<Connection> {
  if (options.url) return connectPostgres(options.url, options);
  return connectPglite(options.dataDir);
}

/**
 * Creates a new PGlite cluster beside `dataDir` and moves it into place only once initialised, so a
 * process killed during the (slow) first start never leaves a half-initialised database behind.
 */
async function initPgliteDir(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, "PG_VERSION"))) return;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw Object.assign(
      new Error(
        `${dataDir} is not empty and holds no database: point CHIPROAD_DATA_DIR at an empty or chiproad directory`,
      ),
      { code: "BAD_INPUT" },
    );
  }
  mkdirSync(dirname(dataDir), { recursive: true });
  const staging = `${dataDir}.init-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  await (await openThread(staging)).close();
  rmSync(dataDir, { recursive: true, force: true });
  renameSync(staging, dataDir);
}

/**
 * PGlite on a thread of its own (pglite-thread/), offered to Drizzle's PGlite driver in the shape of
 * a PGlite client: `query` and `transaction` are all that driver calls.
 */
async function openThread(dataDir: string | undefined): Promise<PgliteThread & PGlite> {
  const thread = await PgliteThread.start(dataDir);
  try {
    await thread.waitReady;
  } catch (error) {
    await thread.close().catch(() => {});
    throw error;
  }
  return thread as PgliteThread & PGlite;
}

async function connectPglite(dataDir: string | undefined): Promise<Connection> {
  const inMemory = dataDir === undefined || dataDir.startsWith("memory://");
  if (inMemory) {
    const client = await openThread(undefined);
    const db = drizzlePglite({ client, schema }) as unknown as Drizzle;
    return { kind: "pglite", db, close: () => client.close() };
  }
  const release = lockDataDir(dataDir);
  try {
    await initPgliteDir(dataDir);
    const client = await openThread(dataDir);
    const db = drizzlePglite({ client, schema }) as unknown as Drizzle;
    return {
      kind: "pglite",
      db,
      async close() {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function connectPostgres(url: string, options: ConnectOptions): Promise<Connection> {
  const schemaName = options.schema;
  if (schemaName !== undefined && !SCHEMA_NAME.test(schemaName))
    throw new Error(`invalid PostgreSQL schema name "${schemaName}"`);
  if (schemaName !== undefined && options.createSchema !== false) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schemaName}`);
    } finally {
      await admin.end();
    }
  }
  const changes = changeFeed(url, schemaName);
  const pool = new pg.Pool({
    Client: committingClient(changes),
    connectionString: url,
    max: options.maxConnections ?? 10,
    ...(schemaName !== undefined ? { options: `-c search_path=${schemaName}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  const db = drizzlePg({ client: pool, schema }) as unknown as Drizzle;
  return {
    kind: "postgres",
    db,
    changes,
    async close() {
      try {
        await changes.close();
      } finally {
        await pool.end();
      }
    },
  };
}
