import { type Database, POSTGRES_SKIPPED_WARNING, postgresRequired, testBackends } from "@chiproad/db";
import { afterAll, beforeAll, describe, it } from "vitest";

/**
 * Runs `suite` once per storage backend (Hono-style shared contract suite). PostgreSQL runs when
 * CHIPROAD_TEST_DATABASE_URL is set; otherwise a loud warning, and a failure if CHIPROAD_REQUIRE_POSTGRES=1.
 */
export function forEachBackend(title: string, suite: (db: () => Database) => void): void {
  for (const backend of testBackends()) {
    if (backend.skipReason) {
      if (postgresRequired()) {
        describe(`${title} [${backend.name}]`, () => {
          it("runs because CHIPROAD_REQUIRE_POSTGRES=1", () => {
            throw new Error(`CHIPROAD_REQUIRE_POSTGRES=1 but ${backend.skipReason}`);
          });
        });
      } else {
        console.warn(`\n*** ${POSTGRES_SKIPPED_WARNING} (${title}) ***\n`);
        describe.skip(`${title} [${backend.name}]`, () => {
          it("needs PostgreSQL", () => {});
        });
      }
      continue;
    }
    describe(`${title} [${backend.name}]`, () => {
      let db: Database | undefined;
      beforeAll(async () => {
        db = await backend.open();
      });
      afterAll(async () => {
        await db?.close();
      });
      suite(() => {
        if (!db) throw new Error("database not open");
        return db;
      });
    });
  }
}
