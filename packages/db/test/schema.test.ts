import { openDatabase, schema } from "@chiproad/db";
import { is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";

// The SQL migrations are the source of truth; the Drizzle schema the repositories query through must
// describe exactly the same tables and columns.
describe("Drizzle schema", () => {
  it("matches the tables and columns the SQL migrations create", async () => {
    const db = await openDatabase({});
    try {
      const result = await db.drizzle.execute(
        sql`SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = current_schema()`,
      );
      const rows = (
        result as unknown as { rows: { table_name: string; column_name: string; is_nullable: string }[] }
      ).rows;
      const tables = (Object.values(schema) as unknown[]).filter((v) => is(v, PgTable)) as Parameters<
        typeof getTableConfig
      >[0][];
      expect(tables.length).toBeGreaterThanOrEqual(9);
      for (const table of tables) {
        const config = getTableConfig(table);
        const actual = rows
          .filter((r) => r.table_name === config.name)
          .map((r) => `${r.column_name}${r.is_nullable === "NO" ? "!" : ""}`)
          .sort();
        const declared = config.columns.map((c) => `${c.name}${c.notNull ? "!" : ""}`).sort();
        expect(actual, config.name).toEqual(declared);
      }
    } finally {
      await db.close();
    }
  });
});
