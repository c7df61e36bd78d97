// Database round trips per read request on PostgreSQL: a count of work, not of time, so it compares
// two versions of the code exactly on any machine. Every query node-postgres sends is counted while
// each GET endpoint of the read benchmark is asked 20 times (after one request that fills the caches),
// signed in by bearer token as the read benchmark is. Needs CHIPROAD_TEST_DATABASE_URL; uses a fresh
// schema and drops it. Usage: npx tsx bench/round-trips.ts
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dropSchema, openDatabase } from "@chiproad/db";
import pg from "pg";
import { createApp } from "../src/app.ts";
import { digest } from "../src/auth/secrets.ts";
import { createLogger } from "../src/logger.ts";
import { referenceProvider } from "../src/reference-data.ts";
import { readEndpoints } from "./support.ts";

const url = process.env.CHIPROAD_TEST_DATABASE_URL?.trim();
if (!url) {
  console.error("round trips SKIPPED: set CHIPROAD_TEST_DATABASE_URL");
  process.exit(2);
}
const REPEAT = 20;
let queries = 0;
const send = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  queries++;
  return (send as (...a: unknown[]) => unknown).apply(this, args);
} as typeof send;

const schema = `chiproad_trips_${randomBytes(4).toString("hex")}`;
const db = await openDatabase({ url, schema });
try {
  const app = createApp({ db, logger: createLogger("silent"), reference: referenceProvider(db) });
  const user = await db.users.create({ username: "trips", passwordHash: "x", role: "admin" }, undefined);
  const token = `cr_${randomBytes(32).toString("base64url")}`;
  await db.tokens.create(
    {
      userId: user.id,
      name: "trips",
      role: "admin",
      tokenHash: digest(token),
      expiresAt: new Date(Date.now() + 3_600_000),
    },
    { user: user.id, role: "admin" },
  );
  const headers = { authorization: `Bearer ${token}`, "accept-encoding": "gzip" };
  const fixture = readFileSync(join(import.meta.dirname, "..", "test", "fixtures", "minimal.yaml"), "utf8");
  const created = await app.request("/api/scenarios", {
    method: "POST",
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify({ name: "trips", content: fixture }),
  });
  const id = ((await created.json()) as { id: string }).id;
  // A stored plan for /plans/latest (its content does not matter to the count).
  const job = await db.jobs.enqueue(
    { kind: "plan", scenarioId: id, scenarioVersion: 1, params: { seed: 1 } },
    { user: user.id, role: "admin" },
  );
  await db.jobs.claim("trips", 60_000);
  await db.jobs.complete(job.id, "trips", { result: { activities: [] }, status: "feasible" });
  const endpoints = readEndpoints(id);
  console.log("| endpoint | queries per request (mean of 20, caches warm) |\n|---|---:|");
  for (const path of endpoints) {
    const first = await app.request(path, { headers });
    if (first.status !== 200) throw new Error(`${path}: ${first.status} ${await first.text()}`);
    // Dataset versions are cached for 1 s: wait it out so every side counts the same state.
    await new Promise((r) => setTimeout(r, 1100));
    await app.request(path, { headers });
    queries = 0;
    for (let i = 0; i < REPEAT; i++) await (await app.request(path, { headers })).arrayBuffer();
    console.log(`| \`${path.replace(id, ":id")}\` | ${(queries / REPEAT).toFixed(2)} |`);
  }
} finally {
  await db.close();
  await dropSchema(url, schema);
}
