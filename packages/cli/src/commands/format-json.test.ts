/**
 * `--format json` on every command that prints a result: stdout is one JSON document. `serve` and
 * `worker` print no result (they run the server or a job worker, whose output is its log).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../test/run-cli.ts";
import { COMMANDS } from "./index.ts";

const root = join(import.meta.dirname, "../../../..");
const examples = join(root, "examples");
const russia = join(examples, "russia-coprocessor.yaml");
const india = join(examples, "india-mcu-osat.yaml");
const psplib = join(root, "packages/scheduler/test/fixtures/psplib");
const quick = ["--profile", "quick"];

/** Arguments (before `--format json`) of a cheap run of each command, keyed by the top-level name. */
const CASES: Record<string, string[][]> = {
  validate: [["validate", russia]],
  gaps: [["gaps", russia]],
  partners: [["partners", russia]],
  solve: [["solve", join(psplib, "j301_1.sm"), "--max-schedules", "300"]],
  bench: [["bench", join(psplib, "j301_1.sm"), "--max-schedules", "300"]],
  market: [["market", "report", "--importer", "IND", "--from", "2021", "--to", "2022"]],
  chain: [
    ["chain", "gaps", "--country", "IND"],
    ["chain", "chokepoints", "--top", "1", "--threshold", "95"],
  ],
  screen: [["screen", "--name", "Kalashnikov Concern", "--country", "RU"]],
  plan: [["plan", india, ...quick]],
  whatif: [
    ["whatif", india, "--change", join(examples, "changes/india-mcu-osat.cut-tranche.yaml"), ...quick],
  ],
  risk: [["risk", india, "--samples", "5", ...quick]],
  brief: [["brief", india, "--samples", "5", ...quick]],
  sweep: [
    ["sweep", india, "--grid", join(examples, "sweeps/india-mcu-osat.grid.yaml"), "--samples", "3", ...quick],
  ],
};

describe("--format json", () => {
  it("has a case for every command but serve and worker", () => {
    expect(Object.keys(CASES).sort()).toEqual(
      COMMANDS.map((c) => c.name)
        .filter((n) => n !== "serve" && n !== "worker")
        .sort(),
    );
  });

  for (const cases of Object.values(CASES)) {
    for (const args of cases) {
      it(`${args
        .slice(0, 2)
        .filter((a) => /^[a-z]+$/.test(a))
        .join(" ")} prints one JSON document`, async () => {
        const r = await runCli(...args, "--format", "json");
        expect(r.stderr).toBe("");
        expect(r.status).toBe(0);
        expect(() => JSON.parse(r.stdout)).not.toThrow();
      });
    }
  }

  it("validate: a valid scenario's programme and counts", async () => {
    const r = await runCli("validate", russia, "--format", "json");
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      file: russia,
      valid: true,
      program: { id: "ru-coprocessor", country: "RUS" },
    });
    expect(out.counts.partners).toBeGreaterThan(0);
  });

  it("validate: every issue with file, line, column and path on stdout, exit 2", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "chiproad-validate-")), "bad.yaml");
    writeFileSync(file, readFileSync(russia, "utf8").replace("timeUnit: week", "timeUnit: fortnight"));
    const r = await runCli("validate", file, "--format", "json");
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.valid).toBe(false);
    expect(out.issues).toContainEqual(
      expect.objectContaining({ file, path: "program.timeUnit", line: expect.any(Number), column: 13 }),
    );
    expect(r.stderr).toContain("program.timeUnit");
  });

  it("rejects a format a command does not have, with exit 2", async () => {
    const r = await runCli("screen", "--name", "x", "--format", "md");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format <format>' argument 'md' is invalid/);
  });
});
