import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { pgTable, text } from "drizzle-orm/pg-core";
import type { Drizzle } from "./connection.ts";

/** The committed SQL migrations, shared by PGlite and PostgreSQL. */
export const MIGRATIONS_DIR = join(import.meta.dirname, "..", "migrations");

// Any fixed number: all chiproad processes serialize migrations on this advisory lock.
const MIGRATION_LOCK = 74_261_001;

const migrationsTable = pgTable("chiproad_migrations", { name: text("name").primaryKey() });

export interface Migration {
  name: string;
  statements: string[];
}

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort()
    .map((name) => ({
      name,
      statements: readFileSync(join(dir, name), "utf8")
        .split("--> statement-breakpoint")
        .map((s) => s.trim())
        .filter((s) => s.replace(/--.*$/gm, "").trim().length > 0),
    }));
}

/** Applies pending migrations, each in its own transaction; returns the names applied now. */
export async function migrate(db: Drizzle, migrations: Migration[] = readMigrations()): Promise<string[]> {
  const applied: string[] = [];
  await db.execute(
    sql`CREATE TABLE IF NOT EXISTS chiproad_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  for (const migration of migrations) {
    await db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      const done = await tx
        .select({ name: migrationsTable.name })
        .from(migrationsTable)
        .where(eq(migrationsTable.name, migration.name));
      if (done.length > 0) return;
      for (const statement of migration.statements) await tx.execute(sql.raw(statement));
      await tx.execute(sql`INSERT INTO chiproad_migrations (name) VALUES (${migration.name})`);
      applied.push(migration.name);
    });
  }
  return applied;
}
