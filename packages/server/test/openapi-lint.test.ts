import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { openDatabase } from "@chiproad/db";
import { describe, expect, it } from "vitest";
import { harness } from "./harness.ts";

const CLI = join(
  dirname(createRequire(import.meta.url).resolve("@redocly/cli/package.json")),
  "bin",
  "cli.js",
);

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string; location?: { pointer?: string }[] }[];
}

describe("the OpenAPI document under Redocly's recommended rules", () => {
  it("has 0 errors in `redocly lint`", async () => {
    const db = await openDatabase({});
    const dir = mkdtempSync(join(tmpdir(), "chiproad-openapi-"));
    try {
      const doc = await (
        await harness(db, undefined, { as: "anonymous" }).request("GET", "/openapi.json")
      ).text();
      const file = join(dir, "openapi.json");
      writeFileSync(file, doc);
      const run = spawnSync(process.execPath, [CLI, "lint", file, "--format=json"], {
        encoding: "utf8",
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
        timeout: 120_000,
      });
      const start = run.stdout.indexOf("{");
      const report = JSON.parse(run.stdout.slice(start)) as LintReport;
      const errors = report.problems
        .filter((p) => p.severity === "error")
        .map((p) => `${p.ruleId} ${p.location?.[0]?.pointer ?? ""}: ${p.message}`);
      expect(errors).toEqual([]);
      expect(report.totals.errors).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await db.close();
    }
  }, 180_000);
});
