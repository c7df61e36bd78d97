/**
 * One scenario, seed and profile give the same plan through every door: the CLI and a server job
 * (on its worker thread, with the server's reference data and its stored copy of the scenario)
 * return the same plan JSON, timing fields and the stored version number aside, for every example.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Database, openDatabase } from "@chiproad/db";
import { PlanSchema } from "@chiproad/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../packages/cli/test/run-cli.ts";
import { JobRunner } from "../packages/server/src/jobs/runner.ts";
import { createLogger } from "../packages/server/src/logger.ts";
import { type Harness, harness, json, waitForJob } from "../packages/server/test/harness.ts";

const examples = join(import.meta.dirname, "..", "examples");
const files = readdirSync(examples).filter((f) => f.endsWith(".yaml"));

/** The plan without timing fields, keys sorted (the database stores JSON with its own key order). */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      if (key !== "elapsedMs") out[key] = comparable((value as Record<string, unknown>)[key]);
    }
    return out;
  }
  return value;
}

describe("the same plan through every door", () => {
  let db: Database;
  let runner: JobRunner;
  let h: Harness;

  beforeAll(async () => {
    db = await openDatabase({});
    runner = new JobRunner({ db, logger: createLogger("silent"), pollMs: 50, heartbeatMs: 200 });
    await runner.start();
    h = harness(db, runner);
  });
  afterAll(async () => {
    await runner.stop();
    await db.close();
  });

  it("finds the examples", () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of files) {
    it(`${file}: CLI plan = server plan job (quick profile, seed 11)`, async () => {
      const path = join(examples, file);
      const cli = await runCli("plan", path, "--profile", "quick", "--seed", "11", "--format", "json");
      expect(cli.stderr).toBe("");
      const created = await json(
        h.request("POST", "/api/scenarios", { content: readFileSync(path, "utf8") }),
      );
      expect(created.id, JSON.stringify(created)).toBeTypeOf("string");
      const { jobId } = await json<{ jobId: string }>(
        h.request("POST", `/api/scenarios/${String(created.id)}/plans`, { profile: "quick", seed: 11 }),
      );
      const job = await waitForJob(h, jobId, 180_000);
      expect(job.status).toBe("succeeded");
      // The answer fits the response contract exactly (strict schemas: no field the schema lacks).
      PlanSchema.parse(job.result);
      const server = job.result as { provenance: { scenario: { version: number | null; sha256: string } } };
      const local = JSON.parse(cli.stdout) as typeof server;
      // The one thing that differs by door: a stored version has a number, a file has none.
      expect([server.provenance.scenario.version, local.provenance.scenario.version]).toEqual([1, null]);
      expect(server.provenance.scenario.sha256).toBe(local.provenance.scenario.sha256);
      server.provenance.scenario.version = null;
      expect(comparable(server)).toEqual(comparable(local));
    }, 240_000);
  }
});
