import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Database, openDatabase } from "./database.ts";
import { queueSchemaOf } from "./queue.ts";

/**
 * Test support for the shared storage contract suite (used by db and server tests): every backend
 * the suite must run on. PGlite always; PostgreSQL when CHIPROAD_TEST_DATABASE_URL is set, each
 * database in a fresh schema dropped afterwards.
 */
export interface TestBackend {
  name: "pglite" | "postgres";
  /** Set when this backend cannot run here; the suite is skipped (or fails, see postgresRequired). */
  skipReason?: string;
  open(): Promise<Database>;
}

/** Drops a test's or benchmark's PostgreSQL schema and its pg-boss schema (`<schema>_queue`). */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema}, ${queueSchemaOf(schema)} CASCADE`);
  } finally {
    await admin.end();
  }
}

export const POSTGRES_SKIPPED_WARNING = "PostgreSQL suite SKIPPED: set CHIPROAD_TEST_DATABASE_URL";

export function postgresRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CHIPROAD_REQUIRE_POSTGRES === "1";
}

export function testBackends(env: NodeJS.ProcessEnv = process.env): TestBackend[] {
  const url = env.CHIPROAD_TEST_DATABASE_URL?.trim();
  const postgres: TestBackend = url
    ? { name: "postgres", open: () => openFreshPostgres(url) }
    : {
        name: "postgres",
        skipReason: POSTGRES_SKIPPED_WARNING,
        open: () => Promise.reject(new Error(POSTGRES_SKIPPED_WARNING)),
      };
  return [{ name: "pglite", open: () => openDatabase({}) }, postgres];
}

async function openFreshPostgres(url: string): Promise<Database> {
  const schema = `chiproad_test_${randomBytes(6).toString("hex")}`;
  const db = await openDatabase({ url, schema, maxConnections: 20 });
  return {
    ...db,
    async close() {
      await db.close();
      await dropSchema(url, schema);
    },
  };
}
