import { randomBytes } from "node:crypto";
import { openDatabase, postgresRequired, queueSchemaOf } from "@chiproad/db";
import { sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it } from "vitest";

const OWNER = process.env.CHIPROAD_TEST_OWNER_URL?.trim();
const APP = process.env.CHIPROAD_TEST_APP_URL?.trim();
const SKIPPED =
  "two-role PostgreSQL test SKIPPED: set CHIPROAD_TEST_OWNER_URL and CHIPROAD_TEST_APP_URL (.ci/run does)";

if (!(OWNER && APP)) {
  if (postgresRequired()) {
    describe("PostgreSQL owner and application roles", () => {
      it("runs because CHIPROAD_REQUIRE_POSTGRES=1", () => {
        throw new Error(`CHIPROAD_REQUIRE_POSTGRES=1 but ${SKIPPED}`);
      });
    });
  } else console.warn(`\n*** ${SKIPPED} ***\n`);
}

describe.runIf(OWNER && APP)("PostgreSQL owner and application roles", () => {
  it("migrates as the owner; the application role writes but cannot TRUNCATE, ALTER, DROP or rewrite history", async () => {
    const schema = `chiproad_roles_${randomBytes(5).toString("hex")}`;
    const owner = new pg.Client({ connectionString: OWNER });
    await owner.connect();
    await owner.query(`CREATE SCHEMA ${schema}`);
    try {
      const db = await openDatabase({ url: APP, ownerUrl: OWNER, schema });
      try {
        const actor = { user: "u_test", role: "analyst" };
        const s = await db.scenarios.create({ name: "x", content: "x", format: "yaml", parsed: {} }, actor);
        expect(s.version).toBe(1);
        expect(await db.audit.count()).toBeGreaterThan(0);
        // The workspace tables are written by the application role too.
        const party = { id: "a", name: "A", country: "RUS", origin: "domestic", kind: "firm" } as const;
        const a = await db.agreements.create(
          s.id,
          { kind: "mou", title: "t", parties: [party], obligations: [] },
          [],
          "2024-01-01",
          actor,
        );
        await db.agreements.transition(s.id, a.id, { to: "negotiating", on: "2024-01-02" }, actor);
        await db.agreements.addDocument(
          s.id,
          a.id,
          { filename: "a.txt", contentType: "text/plain", content: new Uint8Array([65]) },
          actor,
        );
        // Jobs go through pg-boss, installed by the owner and used by the application role.
        expect(db.queue).toBe("pg-boss");
        const job = await db.jobs.enqueue(
          { kind: "plan", scenarioId: s.id, scenarioVersion: 1, params: {} },
          actor,
        );
        expect((await db.jobs.claim("w1", 10_000))?.id).toBe(job.id);
        expect(await db.jobs.complete(job.id, "w1", { result: { ok: true } })).toBe(true);
        for (const statement of [
          "TRUNCATE audit_log",
          "TRUNCATE scenario_versions",
          "DELETE FROM audit_log",
          "UPDATE audit_log SET actor = 'someone else'",
          "UPDATE scenario_versions SET content = 'rewritten'",
          "DELETE FROM dataset_rows",
          "ALTER TABLE audit_log DISABLE TRIGGER ALL",
          "DROP TABLE jobs",
          "DELETE FROM chiproad_migrations",
          "UPDATE agreement_status_changes SET to_status = 'signed'",
          "DELETE FROM agreement_status_changes",
        ]) {
          const refusal = await db.drizzle.execute(sql.raw(statement)).then(
            () => "allowed",
            (e: { cause?: { message?: string }; message: string }) => e.cause?.message ?? e.message,
          );
          expect({ statement, refusal }).toEqual({
            statement,
            refusal: expect.stringMatching(/permission denied|must be owner/),
          });
        }
      } finally {
        await db.close();
      }
    } finally {
      await owner.query(`DROP SCHEMA IF EXISTS ${schema}, ${queueSchemaOf(schema)} CASCADE`);
      await owner.end();
    }
  });
});
