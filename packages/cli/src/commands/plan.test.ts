import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../test/run-cli.ts";

const root = join(import.meta.dirname, "../../../..");
const examples = join(root, "examples");
const exampleFiles = readdirSync(examples).filter((f) => f.endsWith(".yaml"));
const ISO = /^\d{4}-\d{2}-\d{2}$/;

const run = runCli;

describe("chiproad plan", () => {
  for (const file of exampleFiles) {
    it(`plans examples/${file} and prints the JSON contract with ISO dates`, async () => {
      const r = await run(
        "plan",
        join(examples, file),
        "--format",
        "json",
        "--profile",
        "quick",
        "--seed",
        "3",
      );
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      const plan = JSON.parse(r.stdout);
      expect(plan.status).toMatch(/^(optimal|feasible)$/);
      expect(plan.completion.date).toMatch(ISO);
      expect(plan.activities.length).toBeGreaterThan(0);
      for (const a of plan.activities) {
        expect(Object.keys(a)).toEqual(
          expect.arrayContaining([
            "id",
            "name",
            "phase",
            "partner",
            "model",
            "start",
            "finish",
            "explanation",
          ]),
        );
        expect(a.start).toMatch(ISO);
        expect(a.finish >= a.start).toBe(true);
      }
      for (const x of plan.rejected)
        expect(Object.keys(x)).toEqual(expect.arrayContaining(["activity", "partner", "model", "reason"]));
      for (const b of plan.budget) expect(b.date).toMatch(ISO);
      for (const w of plan.workforce) expect(w.required).toBeLessThanOrEqual(w.available);
    });
  }

  it("writes plan.json, plan.md and plan.html with --out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chiproad-plan-"));
    const r = await run(
      "plan",
      join(examples, "russia-coprocessor.yaml"),
      "--out",
      dir,
      "--profile",
      "quick",
    );
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["plan.html", "plan.json", "plan.md"]);
    expect(readFileSync(join(dir, "plan.html"), "utf8")).toContain("<svg");
    expect(JSON.parse(readFileSync(join(dir, "plan.json"), "utf8")).status).toBe("feasible");
  });

  it("exits 1 with the proof in dates when the programme is infeasible", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chiproad-plan-"));
    const file = join(dir, "late.yaml");
    const text = readFileSync(join(examples, "russia-coprocessor.yaml"), "utf8");
    writeFileSync(file, text.replace(/(\n {4}dueDate: [0-9-]+)/, "$1\n    deadline: 2025-10-10"));
    const r = await run("plan", file, "--format", "json", "--profile", "quick");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^chiproad: infeasible: the deadline 2025-10-10 of target .* \(coprocessor\) is before its earliest possible date \d{4}-\d{2}-\d{2}/,
    );
    expect(JSON.parse(r.stdout).status).toBe("infeasible");
  });

  it("exits 2 on a bad option value", async () => {
    const r = await run("plan", join(examples, "russia-coprocessor.yaml"), "--time-limit", "soon");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--time-limit: expected seconds in \(0, 86400\], got "soon"/);
  });
});

describe("chiproad whatif", () => {
  it("prints the new plan with a diff against the baseline", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chiproad-whatif-"));
    const change = join(dir, "change.yaml");
    const base = JSON.parse(
      (await run("plan", join(examples, "russia-coprocessor.yaml"), "--format", "json", "--profile", "quick"))
        .stdout,
    );
    const partner = base.decisions[0].partner;
    writeFileSync(change, `changes:\n  - { type: block-partner, partner: ${partner} }\n`);
    const r = await run(
      "whatif",
      join(examples, "russia-coprocessor.yaml"),
      "--change",
      change,
      "--format",
      "json",
      "--profile",
      "quick",
    );
    expect([0, 1]).toContain(r.status);
    const result = JSON.parse(r.stdout);
    expect(Array.isArray(result.diff)).toBe(true);
    expect(result.diff.length).toBeGreaterThan(0);
    for (const d of result.diff)
      expect(Object.keys(d).sort()).toEqual(["activity", "after", "before", "field"]);
    if (result.status !== "infeasible") {
      expect(result.activities.every((a: { partner: string | null }) => a.partner !== partner)).toBe(true);
    }
  });

  it("exits 2 with file:line:col for a bad change set", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chiproad-whatif-"));
    const change = join(dir, "bad.yaml");
    writeFileSync(change, "changes:\n  - { type: teleport, partner: x }\n");
    const r = await run("whatif", join(examples, "russia-coprocessor.yaml"), "--change", change);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${change}:2:`);
  });
});

describe("chiproad risk", () => {
  it("prints percentiles and due-date probabilities, the same for the same seed", async () => {
    const args = [
      "risk",
      join(examples, "russia-coprocessor.yaml"),
      "--samples",
      "30",
      "--seed",
      "4",
      "--format",
      "json",
    ];
    const a = await run(...args);
    const b = await run(...args);
    expect(a.status).toBe(0);
    const report = JSON.parse(a.stdout);
    expect(report.p50 <= report.p80 && report.p80 <= report.p95).toBe(true);
    expect(report.samples).toBe(30);
    expect(report.completed + report.noPlan.count + report.searchFailures).toBe(30);
    expect(report.dueDates.length).toBeGreaterThan(0);
    expect(b.stdout).toBe(a.stdout);
  });
});
