/**
 * EXPLAIN ANALYZE of the queries behind the hot API reads (and the job queue) on PostgreSQL, with
 * enough rows that the planner prefers an index where one fits: 2,000 scenarios, 20,000 jobs with
 * their results, and an empty alerts table. The SQL is the repositories' own, captured
 * from Drizzle's logger as the repositories run it — not a hand-written copy.
 *
 *   CHIPROAD_TEST_DATABASE_URL=postgres://… node --import tsx packages/db/bench/explain.ts
 *
 * Prints, per query, its plan's node types and whether any sequential scan is left, and the
 * execution time PostgreSQL reports.
 */
import { randomBytes } from "node:crypto";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import type { Drizzle } from "../src/connection.ts";
import { openDatabase } from "../src/database.ts";
import { dropSchema } from "../src/testing.ts";
import { jobRepository } from "../src/jobs.ts";
import { planRepository } from "../src/plans.ts";
import { programmeRepository } from "../src/programme-members.ts";
import { scenarioRepository } from "../src/scenarios.ts";
import { alertRepository } from "../src/alerts.ts";
import { sessionRepository } from "../src/sessions.ts";
import { apiTokenRepository } from "../src/api-tokens.ts";
import * as schema from "../src/schema.ts";

const url = process.env.CHIPROAD_TEST_DATABASE_URL;
if (!url) {
  process.stderr.write("set CHIPROAD_TEST_DATABASE_URL to a PostgreSQL database\n");
  process.exit(2);
}
const name = `chiproad_explain_${randomBytes(5).toString("hex")}`;
const db = await openDatabase({ url, schema: name });
const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${name}`, max: 2 });

try {
  const actor = { user: "u_bench", role: "admin" };
  // Bulk rows with plain SQL (the repositories' inserts would take minutes at this size).
  await pool.query(`
    INSERT INTO scenarios (id, name, current_version, country)
      SELECT 's' || i, 'scenario ' || i, 1, 'RUS' FROM generate_series(1, 2000) i;
    INSERT INTO scenario_versions (scenario_id, version, name, content, format, parsed, created_by)
      SELECT 's' || i, 1, 'scenario ' || i, 'x', 'yaml', '{}'::jsonb, 'u1' FROM generate_series(1, 2000) i;
    INSERT INTO jobs (id, kind, status, scenario_id, scenario_version, params, created_by, priority, created_at)
      SELECT 'j' || i, CASE WHEN i % 4 = 0 THEN 'sweep' ELSE 'plan' END,
             CASE WHEN i % 100 = 0 THEN 'queued' ELSE 'succeeded' END,
             's' || (i % 2000 + 1), 1, '{}'::jsonb, 'u' || (i % 50), CASE WHEN i % 4 = 0 THEN 0 ELSE 10 END,
             now() - (i || ' seconds')::interval
        FROM generate_series(1, 20000) i;
    INSERT INTO plans (id, job_id, scenario_id, scenario_version, kind, status, result, created_at)
      SELECT 'p' || i, 'j' || i, 's' || (i % 2000 + 1), 1, 'plan', 'feasible', '{}'::jsonb, now() - (i || ' seconds')::interval
        FROM generate_series(1, 20000) i WHERE i % 100 <> 0;
    ANALYZE;
  `);

  const captured: { sql: string; params: unknown[] }[] = [];
  const logged = drizzle({
    client: pool,
    schema,
    logger: { logQuery: (sql, params) => captured.push({ sql, params }) },
  }) as unknown as Drizzle;
  const reads: [string, () => Promise<unknown>][] = [
    ["GET /api/scenarios: list", () => scenarioRepository(logged).list()],
    ["GET /api/scenarios: hidden programmes", () => programmeRepository(logged).hiddenFrom("u7")],
    ["GET /api/scenarios/:id", () => scenarioRepository(logged).get("s1234")],
    ["GET …/plans/latest", () => planRepository(logged).latest("s1234", "plan")],
    ["GET /api/jobs/:id result", () => planRepository(logged).byJob("j777")],
    ["the gate: programme access by scenario", () => programmeRepository(logged).access("s1234", "u7")],
    ["the gate: programme access by job", () => programmeRepository(logged).accessViaJob("j777", "u7")],
    [
      "the gate: API token with programme access",
      () => apiTokenRepository(logged).find("nohash", new Date(), { by: "scenario", id: "s1234" }),
    ],
    ["GET …/jobs (by scenario)", () => jobRepository(logged).list({ scenarioId: "s1234", limit: 50 })],
    ["job admission: active jobs of a user", () => jobRepository(logged).activeCount("u7")],
    ["embedded queue: next job", () => jobRepository(logged).claim("explain", 1000)],
    ["GET /api/alerts (open)", () => alertRepository(logged).list({ status: "open", limit: 50 })],
    ["session cookie", () => sessionRepository(logged).find("nohash", new Date())],
    ["API token", () => apiTokenRepository(logged).find("nohash", new Date())],
  ];
  console.log("| read | plan nodes | sequential scan | execution ms |\n|---|---|---|---:|");
  for (const [label, run] of reads) {
    captured.length = 0;
    await run();
    for (const q of captured.filter((c) => /^\s*select/i.test(c.sql))) {
      const { rows } = await pool.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${q.sql}`, q.params);
      const plan = rows[0]["QUERY PLAN"][0];
      const nodes: string[] = [];
      const walk = (n: {
        "Node Type": string;
        "Relation Name"?: string;
        "Index Name"?: string;
        Plans?: unknown[];
      }) => {
        nodes.push(
          n["Index Name"]
            ? `${n["Node Type"]} ${n["Index Name"]}`
            : n["Relation Name"]
              ? `${n["Node Type"]} ${n["Relation Name"]}`
              : n["Node Type"],
        );
        for (const c of (n.Plans ?? []) as (typeof n)[]) walk(c);
      };
      walk(plan.Plan);
      const seq = nodes.filter((n) => n.startsWith("Seq Scan"));
      console.log(
        `| ${label} | ${nodes.join(" → ")} | ${seq.length ? seq.join(", ") : "none"} | ${plan["Execution Time"].toFixed(2)} |`,
      );
    }
  }
  void actor;
} finally {
  await pool.end();
  await db.close();
  await dropSchema(url, name);
}
