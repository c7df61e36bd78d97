/**
 * Every scenario command, run as a user would: with its default options on every shipped example
 * (the default-budget bug of the past landed because only non-default paths were tested).
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../test/run-cli.ts";

const root = join(import.meta.dirname, "../../../..");
const examples = join(root, "examples");
const scenarios = readdirSync(examples).filter((f) => f.endsWith(".yaml"));
const changeSets = readdirSync(join(examples, "changes")).filter((f) => f.endsWith(".yaml"));
const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe("every scenario command with its default options on every example", () => {
  it("ships at least two examples, each with a change set", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(2);
    for (const f of scenarios) {
      expect(changeSets.some((c) => c.startsWith(f.replace(/\.yaml$/, ".")))).toBe(true);
    }
  });

  for (const file of scenarios) {
    const path = join(examples, file);
    it(`validate, gaps, partners: ${file}`, async () => {
      for (const cmd of ["validate", "gaps", "partners"]) {
        const r = await runCli(cmd, path);
        expect({ cmd, status: r.status, stderr: r.stderr }).toEqual({ cmd, status: 0, stderr: "" });
        expect(r.stdout.length).toBeGreaterThan(0);
      }
    });

    it(`plan (default profile, default format and JSON): ${file}`, async () => {
      const md = await runCli("plan", path);
      expect(md.stderr).toBe("");
      expect(md.status).toBe(0);
      expect(md.stdout).toMatch(/^# Roadmap: /);
      expect(md.stdout).toContain("## Sources and provenance");
      const json = await runCli("plan", path, "--format", "json");
      expect(json.status).toBe(0);
      const plan = JSON.parse(json.stdout);
      expect(plan.status).toMatch(/^(optimal|feasible)$/);
      expect(plan.completion.date).toMatch(ISO);
      expect(plan.stats.profile).toBe("standard");
      expect(plan.stats.earliestCompletionDate <= plan.completion.date).toBe(true);
      expect(plan.provenance.scenario.sha256).toMatch(/^[0-9a-f]{64}$/);
      // The critical path names real activities and ends at the reported completion.
      const byId = new Map(plan.activities.map((a: { id: string }) => [a.id, a]));
      for (const id of plan.criticalPath) expect(byId.has(id)).toBe(true);
      const last = byId.get(plan.criticalPath.at(-1)) as { finish: string };
      expect(last.finish).toBe(plan.completion.date);
    });

    it(`whatif with the example change set: ${file}`, async () => {
      const change = changeSets.find((c) => c.startsWith(file.replace(/\.yaml$/, ".")))!;
      const r = await runCli("whatif", path, "--change", join(examples, "changes", change));
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("## Changes against the baseline");
    });

    it(`risk (default samples, profile and seed): ${file}`, async () => {
      const r = await runCli("risk", path, "--format", "json");
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const risk = JSON.parse(r.stdout);
      expect(risk.samples).toBe(200);
      expect(risk.searchFailures).toBe(0);
      expect(risk.completed + risk.noPlan.count).toBe(200);
      expect(risk.noPlan.reasons.reduce((s: number, x: { count: number }) => s + x.count, 0)).toBe(
        risk.noPlan.count,
      );
      if (risk.completed > 0) expect(risk.p50 <= risk.p80 && risk.p80 <= risk.p95).toBe(true);
    });
  }
});
