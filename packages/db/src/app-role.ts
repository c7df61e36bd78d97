import { sql } from "drizzle-orm";
import type { Drizzle } from "./connection.ts";

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** The PostgreSQL role a connection string logs in as. */
export function roleOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * Grants the application role what chiproad needs and nothing more. Run by the owner role after
 * migrating: the application role does not own the tables, so it cannot ALTER, DROP or TRUNCATE them,
 * and it gets no UPDATE/DELETE on the append-only history (audit log, scenario versions, dataset rows).
 */
export async function grantApplicationRole(db: Drizzle, role: string, queueSchema?: string): Promise<void> {
  if (!IDENTIFIER.test(role))
    throw new Error(`PostgreSQL role "${role}" is not a plain lower-case identifier`);
  const r = sql.raw(role);
  const result = (await db.execute(sql`SELECT current_schema() AS s`)) as unknown as {
    rows: { s: string }[];
  };
  const schema = result.rows[0]?.s ?? "public";
  if (!IDENTIFIER.test(schema)) throw new Error(`PostgreSQL schema "${schema}" is not a plain identifier`);
  const s = sql.raw(schema);
  await db.execute(sql`GRANT USAGE ON SCHEMA ${s} TO ${r}`);
  await db.execute(sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${s} TO ${r}`);
  await db.execute(sql`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${s} TO ${r}`);
  await db.execute(
    sql`REVOKE UPDATE, DELETE ON audit_log, scenario_versions, dataset_rows, agreement_status_changes FROM ${r}`,
  );
  await db.execute(sql`REVOKE INSERT, UPDATE, DELETE ON chiproad_migrations FROM ${r}`);
  if (queueSchema !== undefined) {
    // pg-boss: the application role queues, fetches, completes and archives jobs (rows only); the
    // owner installed the schema and created the queues (and their partitions).
    if (!IDENTIFIER.test(queueSchema))
      throw new Error(`PostgreSQL schema "${queueSchema}" is not a plain identifier`);
    const q = sql.raw(queueSchema);
    await db.execute(sql`GRANT USAGE ON SCHEMA ${q} TO ${r}`);
    await db.execute(sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${q} TO ${r}`);
  }
}
